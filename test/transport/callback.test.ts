import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually, liveEnv, listeners, listening, prepareDatabase, stopAndDropDatabase } from '../live/support';

/**
 * Apollo's HTTP callback protocol for subscriptions, as Apollo Router speaks it: the router POSTs
 * the subscription with a callback URL, and the gateway POSTs `check`, `next` and `complete`
 * messages there. The router here is a local HTTP server that records what arrives.
 */
const ROUTER_SECRET = 'router-secret-for-the-callback-test-0123456789';
let gw: TestGateway;
let tenant: FixtureTenant;
let router: Server;
let routerUrl: string;
const messages: { action: string; id: string; verifier: string; payload?: any; errors?: any[] }[] = [];
/** Subscriptions the router has dropped: it answers 404 for them. */
const dropped = new Set<string>();

beforeAll(async () => {
  gw = await startTestGateway({ ...liveEnv('callback'), MAX_SUBSCRIPTIONS_PER_USER: '2', ROUTER_SECRET });
  await prepareDatabase(gw.backends.mongo);
  tenant = await createTenant(gw.backends.pg, 'callback', 0);
  router = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const message = JSON.parse(body);
      messages.push(message);
      res.writeHead(dropped.has(message.id) ? 404 : message.action === 'check' ? 204 : 200).end();
    });
  }).listen(0, '127.0.0.1');
  await once(router, 'listening');
  routerUrl = `http://127.0.0.1:${(router.address() as { port: number }).port}/callback`;
}, 60_000);

afterAll(async () => {
  router.close();
  await dropTenant(gw.backends.pg, tenant);
  await stopAndDropDatabase(gw);
});

const ADDED = 'subscription { notificationAdded { id title } }';

async function subscribe(id: string, token: string | null, query = ADDED, secret: string | null = ROUTER_SECRET) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json', accept: 'application/json;callbackSpec=1.0',
      ...(token ? { authorization: `Bearer ${token}` } : {}), ...(secret ? { 'x-router-secret': secret } : {}),
    },
    body: JSON.stringify({ query, extensions: { subscription: { callbackUrl: routerUrl, subscriptionId: id, verifier: `v-${id}`, heartbeatIntervalMs: 1000 } } }),
  });
  return { status: res.status, body: await res.json() as any };
}
const of = (id: string, action?: string) => messages.filter((m) => m.id === id && (!action || m.action === action));

it('checks the callback, then posts each event, heartbeats, and stops when the router drops it', async () => {
  const before = await listeners(gw.url, 'added');
  expect(await subscribe('s1', await gw.tokenFor(tenant.member))).toEqual({ status: 200, body: { data: null } });
  expect(of('s1')[0]).toMatchObject({ action: 'check', verifier: 'v-s1' });
  await listening(gw.url, 'added', before + 1);

  const sent = await gw.query('mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
    { input: { recipientIds: [tenant.member.id], title: 'by callback', body: '' } }, await gw.tokenFor({ ...tenant.admin, roles: ['sender'] }));
  expect(sent.errors).toBeUndefined();
  await eventually(() => of('s1', 'next').length === 1);
  expect(of('s1', 'next')[0]!.payload).toEqual({ data: { notificationAdded: { id: sent.data!.sendNotification[0].id, title: 'by callback' } } });
  await eventually(() => of('s1', 'check').length >= 2); // the heartbeat

  dropped.add('s1');
  await eventually(async () => (await listeners(gw.url, 'added')) === before); // ended, its place released
  expect(of('s1', 'complete')).toEqual([]);
});

it('refuses a bad token and a caller that is not the router at once, and sends a refused operation as a complete with its code', async () => {
  expect(await subscribe('s2', 'not-a-token')).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
  // The gateway POSTs to the URL it is given: nobody but the router may name one.
  expect(await subscribe('s2', await gw.tokenFor(tenant.member), ADDED, null)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
  expect(of('s2')).toEqual([]);

  const token = await gw.tokenFor(tenant.admin);
  expect((await subscribe('s3', token, 'subscription { notificationAdded { nope } }')).status).toBe(200);
  await eventually(() => of('s3', 'complete').length === 1);
  expect(of('s3', 'complete')[0]!.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);

  // The cap counts callback subscriptions with the others (2 per user here).
  await subscribe('s4', token);
  await subscribe('s5', token);
  await subscribe('s6', token);
  await eventually(() => of('s6', 'complete').length === 1);
  expect(of('s6', 'complete')[0]!.errors![0].extensions.code).toBe('TOO_MANY_SUBSCRIPTIONS');
  dropped.add('s4');
  dropped.add('s5');
});
