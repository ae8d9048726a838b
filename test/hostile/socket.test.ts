import { once } from 'node:events';
import WebSocket from 'ws';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { connect, eventually } from '../live/support';

/**
 * Hostile graphql-ws clients, spoken to in raw frames: each is closed with the protocol's code or
 * answered with a coded result, the gateway stays up, and nothing of it is logged as an error.
 */
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway({ SOCKET_INIT_TIMEOUT_MS: '300', MAX_SUBSCRIPTIONS_PER_USER: '5' }, { logs: true });
  tenant = await createTenant(gw.backends.pg, 'hostile-ws', 0);
  token = await gw.tokenFor(tenant.member);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

/** A raw socket speaking graphql-transport-ws; resolves its close code and everything it received. */
async function raw(frames: (string | Buffer)[], { afterAck = false } = {}) {
  const socket = new WebSocket(gw.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const received: any[] = [];
  socket.on('message', (data) => received.push(JSON.parse(String(data))));
  await once(socket, 'open');
  if (afterAck) {
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
    await new Promise<void>((resolve) => socket.once('message', () => resolve()));
  }
  for (const frame of frames) socket.send(frame);
  const [code] = (await once(socket, 'close')) as [number];
  return { code, received };
}

const subscribe = (id: string, query: string) => JSON.stringify({ id, type: 'subscribe', payload: { query } });

describe('a graphql-ws client', () => {
  it('that never sends connection_init is closed with 4408', async () => {
    expect((await raw([])).code).toBe(4408);
  });

  it('that sends a malformed message is closed with 4400', async () => {
    expect((await raw(['{not json'])).code).toBe(4400);
    expect((await raw([JSON.stringify({ type: 'connection_init', payload: 'no' })])).code).toBe(4400);
  });

  it('that subscribes before its connection is acknowledged is closed with 4401', async () => {
    expect((await raw([subscribe('1', '{ me { id } }')])).code).toBe(4401);
  });

  it('that reuses a running subscription id is closed with 4409', async () => {
    const frames = [subscribe('1', 'subscription { notificationUpdated { id } }'), subscribe('1', 'subscription { notificationUpdated { id } }')];
    expect((await raw(frames, { afterAck: true })).code).toBe(4409);
  });

  it('that sends a frame over 1 MiB is closed (1009)', async () => {
    expect((await raw([subscribe('1', `{ me { id } } # ${'x'.repeat(1_100_000)}`)], { afterAck: true })).code).toBe(1009);
  });

  it('that floods subscribe and complete keeps to its cap and leaves the gateway answering', async () => {
    const socket = connect(gw.url, token);
    await socket.connected;
    const feeds = Array.from({ length: 200 }, () => socket.subscribe('subscription { notificationUpdated { id } }'));
    const refused = feeds.slice(5);
    await Promise.all(refused.map((feed) => feed.waitFor(1)));
    expect(refused.every((feed) => feed.results[0]?.errors?.[0]?.extensions?.code === 'TOO_MANY_SUBSCRIPTIONS')).toBe(true);
    expect(feeds.slice(0, 5).every((feed) => feed.results.length === 0)).toBe(true);
    socket.dispose();
    // The socket's subscriptions end with it, and so does their count: a new socket may hold five again.
    const metricsUrl = gw.url.replace('/graphql', '/metrics');
    await eventually(async () => /\nsubscriptions_held 0\n/.test(await (await fetch(metricsUrl)).text()));
    const next = connect(gw.url, token);
    await next.connected;
    const again = Array.from({ length: 5 }, () => next.subscribe('subscription { notificationUpdated { id } }'));
    const [answer] = await next.subscribe('{ me { id } }').waitFor(1);
    expect(answer!.data).toEqual({ me: { id: tenant.member.id } });
    expect(again.every((feed) => feed.results.length === 0)).toBe(true);
    next.dispose();
  });

  it('left nothing logged as an error', () => {
    expect(gw.logs.filter((line) => line.level >= 50 || line.err?.stack).map((line) => line.msg)).toEqual([]);
  });
});
