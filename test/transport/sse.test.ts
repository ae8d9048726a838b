import { createClient, type Client } from 'graphql-sse';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { connect, eventually, liveEnv, prepareDatabase, stopAndDropDatabase } from '../live/support';

/** graphql-sse (distinct connections, as Hive Gateway uses it) on the GraphQL path, through the same pipeline as graphql-ws. */
let gw: TestGateway;
let tenant: FixtureTenant;
const clients: Client[] = [];

beforeAll(async () => {
  gw = await startTestGateway({ ...liveEnv('sse'), MAX_SUBSCRIPTIONS_PER_USER: '2' });
  await prepareDatabase(gw.backends.mongo);
  tenant = await createTenant(gw.backends.pg, 'sse', 1);
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.dispose();
  await dropTenant(gw.backends.pg, tenant);
  await stopAndDropDatabase(gw);
});

function sseClient(token: string | null) {
  const client = createClient({
    url: gw.url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  clients.push(client);
  return client;
}

/** Every result of one operation until it completes or fails. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: any[] = [];
  const ended = new Promise<{ results: any[]; error?: unknown }>((resolve) => {
    client.subscribe({ query, variables }, {
      next: (value) => void results.push(value),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
  return { results, ended };
}

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }`;

describe('graphql-sse', () => {
  it('runs a query on an event stream', async () => {
    const { ended } = collect(sseClient(await gw.tokenFor(tenant.member)), '{ me { id } }');
    expect((await ended).results).toEqual([{ data: { me: { id: tenant.member.id } } }]);
  });

  it('delivers a subscription live', async () => {
    const feed = collect(sseClient(await gw.tokenFor(tenant.member)), 'subscription { notificationAdded { title recipient { id } } }');
    const sender = await gw.tokenFor({ ...tenant.admin, roles: ['admin', 'sender'] });
    // The stream is open once the gateway answers; keep sending until the first one arrives.
    for (let i = 0; feed.results.length === 0 && i < 50; i++) {
      await gw.query(SEND, { input: { recipientIds: [tenant.member.id], title: `over SSE ${i}`, body: '' } }, sender);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(feed.results[0]).toEqual({ data: { notificationAdded: { title: expect.stringMatching(/^over SSE/), recipient: { id: tenant.member.id } } } });
  });

  it('refuses a request without a valid token with 401 and UNAUTHENTICATED', async () => {
    const res = await fetch(gw.url, {
      method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errors: [{ message: 'A valid bearer token is required.', extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('answers a refused operation with its coded errors, then ends the stream', async () => {
    const { ended } = collect(sseClient(await gw.tokenFor(tenant.member)), '{ me { nope } }');
    const { results, error } = await ended;
    expect(error).toBeUndefined();
    expect(results[0].errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts the subscriptions of one user over sockets and event streams together', async () => {
    const token = await gw.tokenFor(tenant.admin);
    const socket = connect(gw.url, token);
    clients.push({ dispose: () => socket.dispose() } as Client);
    await socket.connected;
    const onSocket = socket.subscribe('subscription { notificationUpdated { id } }');
    const first = collect(sseClient(token), 'subscription { notificationUpdated { id } }');
    // Both are held once the feed has both subscribers (this process's gauge).
    const metricsUrl = gw.url.replace('/graphql', '/metrics');
    await eventually(async () => (await (await fetch(metricsUrl)).text()).includes('live_subscribers{subscription="updated"} 2'));
    const third = await collect(sseClient(token), 'subscription { notificationUpdated { id } }').ended;
    expect(third.results[0].errors[0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(onSocket.completed).toBe(false);
    expect(first.results).toEqual([]);
  });
});
