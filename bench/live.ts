import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { signToken } from '../src/auth/tokens';
import { openBackends, type OpenBackends } from '../src/backends';
import { loadConfig, type Config } from '../src/config';
import { migrateMongo } from '../src/migrate/mongo';
import { percentile, Subscribers } from './live-clients';
import { startMongoWire } from './mongo-wire';
import { printTable, spawnGateway, UNLIMITED, writeResults } from './support';

/**
 * `npm run bench:live`: 1,000 graphql-ws subscribers (100 users, 10 sockets each) receiving
 * notifications sent with `sendNotification` to all 100 users (a "round": 1,000 deliveries), in
 * one run, next to a bare `ws` server broadcasting the same message to the same sockets.
 *
 * - paced: ROUNDS_PER_SECOND rounds a second for SECONDS (10/s = the 10,000 deliveries/s aim);
 * - as fast as it goes: the next round is sent as soon as fewer than WINDOW rounds are in flight.
 *
 * Latency is per delivery: from just before the bench sends the round's request to the moment a
 * socket receives the notification (same clock: the bench does both). The gateway rows include
 * its whole write path (token check, recipients looked up in PostgreSQL, one insertMany into
 * MongoDB, the Redis publish) and one GraphQL execution per user per event (its 10 sockets share
 * it). The "another
 * instance" rows send through a second gateway process, so every delivery crosses Redis.
 *
 * "first p50" is the median time to a round's first delivery: the write path (request, recipients
 * checked in PostgreSQL, the insertMany, the publish), before the fan-out to the other sockets.
 * BENCH_DUMP_ROUNDS=1 prints, for every round, when its first and its last delivery arrived, to
 * tell a slow write (late first) from a slow fan-out (late last).
 *
 * Without MONGO_URL the benchmark starts a MongoDB-wire server of its own (see mongo-wire.ts).
 */
const USERS = 100;
const SOCKETS_PER_USER = 10;
const SUBSCRIBERS = USERS * SOCKETS_PER_USER;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS_PER_SECOND = Number(process.env.BENCH_ROUNDS_PER_SECOND ?? 10);
const WINDOW = 4;
const WARM_UP_SECONDS = 5;
const BODY = 'The purchase order you approved has been received at the site; the invoice is due in 30 days.';
const SEND = 'mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }';

interface Target {
  path: string;
  send(round: number): Promise<void>;
  /** Before a row, once the previous row's notifications are cleared: what must be quiet first. */
  settle?(): Promise<void>;
}

async function seed(backends: OpenBackends, config: Config) {
  const tenantId = randomUUID();
  const users = Array.from({ length: USERS }, () => randomUUID());
  const senderId = randomUUID();
  await backends.pg.query(`INSERT INTO tenants (id, slug, name) VALUES ($1, $2, 'Live benchmark')`, [tenantId, `live-${tenantId.slice(0, 8)}`]);
  await backends.pg.query(
    `INSERT INTO users (id, tenant_id, email, name) SELECT id, $2, id || '@live.bench', 'Subscriber ' || ord
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)`,
    [[...users, senderId], tenantId],
  );
  const tokenOf = (userId: string, roles: string[]) => signToken(config.JWT_SECRET!, { userId, tenantId, roles });
  const userTokens = await Promise.all(users.map((id) => tokenOf(id, ['member'])));
  return {
    users,
    subscriberTokens: userTokens.flatMap((token) => Array<string>(SOCKETS_PER_USER).fill(token)),
    senderToken: await tokenOf(senderId, ['sender']),
    /** Between rows: the test server scans whole collections, so a growing one would slow later rows. */
    clear: () => backends.mongo.collection('notification_delivery').deleteMany({ tenant_id: tenantId }),
    /** A notification to the first user written in MongoDB directly, as another service would. */
    writeDirectly: (title: string) => backends.mongo.collection('notification_delivery').insertOne({
      tenant_id: tenantId, recipient_id: users[0], sender_id: senderId, title, body: BODY, channels: ['in_app'],
      status: 'sent', priority: 'normal', created_at: new Date(),
    }),
    async remove() {
      await this.clear();
      await backends.pg.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
    },
  };
}

const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`send failed: ${res.status} ${text.slice(0, 300)}`);
};

const input = (users: string[], round: number) => ({ recipientIds: users, title: `bench ${round}`, body: BODY });

/** Ample: on the test server the relay caught up in 0.3 to 4.4 s after a row as fast as it goes. */
const RELAY_CATCH_UP_MS = 120_000;

/**
 * Waits until the gateways' change-stream relay has read every change written so far: a
 * notification written in MongoDB directly reaches the subscribers through the relay alone, and
 * only after every change before it.
 *
 * Every delivery is an insert and then a DELIVERED update (receipts.ts), and the relay reads both.
 * On the test server that reading is slow (each read scans the whole oplog, and each update is
 * looked up by a scan of the collection), so a row as fast as it goes leaves the relay seconds
 * behind, and without this the next row, the paced one through another instance, was measured
 * while the relay caught up, competing with that row's inserts for the server.
 */
async function relayCaughtUp(writeDirectly: (title: string) => Promise<unknown>, subscribers: Subscribers, path: string) {
  const title = `relayed ${randomUUID()}`;
  const started = performance.now();
  const arrived = subscribers.arrival(title);
  await writeDirectly(title);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${path}: the change-stream relay did not catch up in ${RELAY_CATCH_UP_MS / 1000} s`)), RELAY_CATCH_UP_MS);
  });
  await Promise.race([arrived, late]).finally(() => clearTimeout(timer));
  process.stderr.write(`${path}: the change-stream relay caught up in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

async function run(target: Target, subscribers: Subscribers, mode: 'paced' | 'max', clear: () => Promise<unknown>) {
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let the previous row's receipts settle
  await clear();
  await target.settle?.();
  subscribers.reset();
  let round = 0;
  const failures: unknown[] = [];
  const send = (n: number) => {
    subscribers.sent(n);
    target.send(n).catch((error: unknown) => failures.push(error));
  };
  const started = performance.now();
  const end = started + SECONDS * 1000;
  if (mode === 'paced') {
    const rounds = SECONDS * ROUNDS_PER_SECOND;
    for (; round < rounds; round++) {
      const due = started + (round * 1000) / ROUNDS_PER_SECOND;
      if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
      send(round);
    }
  } else {
    while (performance.now() < end) {
      const inFlight = [...subscribers.rounds.values()].filter((r) => r.received < SUBSCRIBERS).length;
      if (inFlight < WINDOW) send(round++);
      else await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  await subscribers.drained(SUBSCRIBERS, 20_000);
  if (failures.length > 0) throw failures[0];
  const latencies = [...subscribers.latencies].sort((a, b) => a - b);
  if (process.env.BENCH_DUMP_ROUNDS) {
    const perRound = [...subscribers.rounds.entries()].map(([n, r]) => [n, Math.round(r.firstAt! - r.sentAt), Math.round(r.lastAt! - r.sentAt)]);
    process.stderr.write(`${target.path}, ${mode}: [round, first ms, last ms] ${JSON.stringify(perRound)}\n`);
  }
  const firsts = [...subscribers.rounds.values()].map((r) => (r.firstAt ?? Number.NaN) - r.sentAt).sort((a, b) => a - b);
  const expected = round * SUBSCRIBERS;
  return {
    path: target.path,
    load: mode === 'paced' ? `${ROUNDS_PER_SECOND * SUBSCRIBERS}/s offered` : `max (${WINDOW} rounds in flight)`,
    subscribers: SUBSCRIBERS,
    'deliveries/s': Math.round((subscribers.received / (subscribers.lastReceivedAt - started)) * 1000),
    'p50 ms': Number(percentile(latencies, 50).toFixed(1)),
    'p99 ms': Number(percentile(latencies, 99).toFixed(1)),
    'first p50 ms': Number(percentile(firsts, 50).toFixed(1)),
    delivered: subscribers.received,
    missing: expected - subscribers.received,
    errors: subscribers.errors,
  };
}

/** Checks every subscriber is listening, then warms both JITs (V8's and the test server's JVM) at the paced rate. */
async function warmUp(target: Target, subscribers: Subscribers) {
  subscribers.reset();
  subscribers.sent(-1);
  await target.send(-1);
  await subscribers.drained(SUBSCRIBERS, 10_000);
  if (subscribers.received !== SUBSCRIBERS) throw new Error(`warm-up reached ${subscribers.received} of ${SUBSCRIBERS} subscribers`);
  // A failed send is thrown once the others are in, not left unhandled: that would end the process
  // at once, leaving the gateways and the MongoDB-wire server running.
  const failures: unknown[] = [];
  for (let i = 2; i <= WARM_UP_SECONDS * ROUNDS_PER_SECOND; i++) {
    subscribers.sent(-i);
    target.send(-i).catch((error: unknown) => failures.push(error));
    await new Promise((resolve) => setTimeout(resolve, 1000 / ROUNDS_PER_SECOND));
  }
  await subscribers.drained(SUBSCRIBERS, 20_000);
  if (failures.length > 0) throw failures[0];
}

/** Stopped on failure too: the server is a child process that would outlive this one. */
let ownMongoWire: Awaited<ReturnType<typeof startMongoWire>> | null = null;

async function main() {
  const mongoWire = process.env.MONGO_URL ? null : await startMongoWire();
  ownMongoWire = mongoWire;
  const env: Record<string, string> = mongoWire ? { MONGO_URL: mongoWire.url } : {};
  const config = loadConfig({ ...process.env, ...UNLIMITED, ...env });
  const backends = await openBackends(config);
  if (mongoWire) await migrateMongo(backends.mongo);
  const data = await seed(backends, config);
  const auth = { authorization: `Bearer ${data.senderToken}` };
  const rows: Awaited<ReturnType<typeof run>>[] = [];
  const subscribers = new Subscribers();
  const gateway = await spawnGateway([], env);
  const sender = await spawnGateway([], env);
  try {
    await subscribers.open(gateway.url, data.subscriberTokens);
    for (const [path, url] of [['gateway', gateway.url], ['gateway, sent through another instance', sender.url]] as const) {
      const target: Target = {
        path,
        send: (n) => post(url, { query: SEND, variables: { input: input(data.users, n) } }, auth),
        settle: () => relayCaughtUp(data.writeDirectly, subscribers, path),
      };
      await warmUp(target, subscribers);
      rows.push(await run(target, subscribers, 'paced', data.clear));
      rows.push(await run(target, subscribers, 'max', data.clear));
    }
  } finally {
    subscribers.close();
    await sender.stop();
    await gateway.stop();
  }

  const baseline = await spawnGateway([], {}, 'broadcast-server.ts');
  try {
    await subscribers.open(baseline.url, data.subscriberTokens);
    const target: Target = { path: 'baseline: bare ws broadcast', send: (n) => post(`${baseline.url}send`, input(data.users, n)) };
    await warmUp(target, subscribers);
    rows.push(await run(target, subscribers, 'paced', data.clear));
    rows.push(await run(target, subscribers, 'max', data.clear));
  } finally {
    subscribers.close();
    await baseline.stop();
    await data.remove();
    await backends.close();
    await mongoWire?.stop();
  }

  printTable(`Live notifications: ${SUBSCRIBERS} graphql-ws subscribers (${USERS} users x ${SOCKETS_PER_USER} sockets), one round = one notification to every user, ${SECONDS}s per row`, rows);
  writeResults('live', { generatedAt: new Date().toISOString(), seconds: SECONDS, subscribers: SUBSCRIBERS, users: USERS, subscription: 'notificationAdded { id cursor title body status priority createdAt }', rows });
}

main().catch(async (error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  await ownMongoWire?.stop();
  process.exit(1);
});
