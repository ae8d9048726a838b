import { createClient, type Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let tenant: FixtureTenant;
const clients: Client[] = [];

beforeAll(async () => {
  gw = await startTestGateway({ MAX_DEPTH: '6' });
  tenant = await createTenant(gw.backends.pg, 'socket', 1);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

/** A graphql-ws client on the gateway's port; resolves the close code if the server closes it. */
function connect(connectionParams: Record<string, unknown>) {
  let closed: (code: number) => void;
  const closedWith = new Promise<number>((resolve) => (closed = resolve));
  const client = createClient({
    url: gw.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closed((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  return { client, closedWith };
}

function run(client: Client, query: string) {
  return new Promise<{ data?: any; errors?: any[] }>((resolve, reject) => {
    let result: { data?: any; errors?: any[] } = {};
    client.subscribe({ query }, {
      next: (value) => void (result = value as typeof result),
      error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
      complete: () => resolve(result),
    });
  });
}

describe('graphql-ws on the HTTP port', () => {
  it('runs operations for a socket authenticated at connection_init', async () => {
    const token = await gw.tokenFor(tenant.member);
    const { client } = connect({ authorization: `Bearer ${token}` });
    const result = await run(client, '{ me { id } }');
    expect(result.data).toEqual({ me: { id: tenant.member.id } });
  });

  it('closes the socket with 4401 without a valid token, which a client does not retry', async () => {
    expect(await connect({}).closedWith).toBe(4401);
    expect(await connect({ authorization: 'Bearer nope' }).closedWith).toBe(4401);
    // graphql-ws's own client, with its default retries: it gives up at once, with the reason.
    const failed = await new Promise<{ code: number; reason: string }>((resolve) => {
      const client = createClient({
        url: gw.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { token: 'nope' }, lazy: false,
        onNonLazyError: (event) => resolve(event as { code: number; reason: string }),
      });
      clients.push(client);
    });
    expect(failed).toMatchObject({ code: 4401, reason: 'A valid bearer token is required' });
  });

  it('answers an operation refused before it runs with its errors, then completes it', async () => {
    const token = await gw.tokenFor(tenant.member);
    const { client } = connect({ token });
    const events: string[] = [];
    const result = await new Promise<any>((resolve) => {
      let last: unknown;
      client.subscribe({ query: 'subscription { notificationAdded { id' }, {
        next: (value) => (events.push('next'), (last = value)),
        error: () => (events.push('error'), resolve(null)),
        complete: () => (events.push('complete'), resolve(last)),
      });
    });
    expect(events).toEqual(['next', 'complete']);
    expect(result.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('applies the same role table as HTTP', async () => {
    const { client } = connect({ token: await gw.tokenFor(tenant.member) });
    const result = await run(client, 'mutation { refreshDashboard(id: "overview") { name } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('applies the same limits as HTTP', async () => {
    const token = await gw.tokenFor(tenant.member);
    const { client } = connect({ token });
    const result = await run(client, '{ me { preferences { defaultProject { owner { preferences { defaultProject { id } } } } } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('closes the socket with 4401 when the token expires', async () => {
    const token = await new SignJWT({ tenant_id: tenant.id })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(tenant.member.id)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(gw.config.JWT_SECRET));
    const { client, closedWith } = connect({ authorization: `Bearer ${token}` });
    expect((await run(client, '{ me { id } }')).data).toEqual({ me: { id: tenant.member.id } });
    expect(await closedWith).toBe(4401);
  });
});
