import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import { MongoClient, ObjectId } from 'mongodb';
import pg from 'pg';
import WebSocket from 'ws';
import { signToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { startPostgres } from '../test/support/postgres';
import { freePort, startRedis } from '../test/support/processes';
import { startMongoWire } from './mongo-wire';
import { percentile } from './live-clients';
import { printTable, spawnGateway, writeResults } from './support';

/**
 * `npm run faults -- [--seconds 10]`: PostgreSQL, MongoDB and Redis of the script's own (MongoDB
 * with a data file, so a restart keeps its documents), two gateways, and steady mixed load on
 * both: queries of rows, of documents and of a cached dashboard, createTask and sendNotification,
 * and 20 sockets subscribed to notificationAdded that resubscribe with `after` whenever they are
 * dropped. Each service in turn is stopped and started again `seconds` later, then paused
 * (SIGSTOP) for `seconds`. One row per fault and operation: what succeeded and failed meanwhile
 * (codes, slowest answer), how soon it succeeded again once the service was back, and what
 * /readyz said. Then the ledger: every acknowledged write is found, every acknowledged
 * notification reached every subscriber exactly once.
 */
const MEMBERS = 10;
const ADDED = 'subscription($after: String) { notificationAdded(after: $after) { id cursor } }';

type Outcome = { kind: string; at: number; ms: number; code: string };

async function main() {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, only: { type: 'string' } } });
  const faultMs = Number(values.seconds) * 1000;
  const mongoDb = `faults_${randomUUID().slice(0, 8)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'gateway-faults-'));
  const mongoPort = await freePort();
  const mongoFile = join(dataDir, 'mongo.mv.db');
  let mongo = await startMongoWire(mongoPort, mongoFile);
  const redisPort = await freePort();
  let redis = await startRedis(redisPort);
  const postgres = await startPostgres(mongoDb, { MONGO_URL: mongo.url });
  const env = {
    PG_URL: postgres.url, MONGO_URL: mongo.url, MONGO_DB: mongoDb, REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    PG_QUERY_TIMEOUT_MS: '2000', MONGO_SOCKET_TIMEOUT_MS: '2000', MONGO_SERVER_SELECTION_TIMEOUT_MS: '2000',
    CHANGE_STREAM_LEASE_MS: '5000',
  };
  const config = loadConfig({ ...process.env, ...env });

  const db = new pg.Client(postgres.url);
  await db.connect();
  const tenantId = randomUUID();
  const senderId = randomUUID();
  const members = Array.from({ length: MEMBERS }, () => randomUUID());
  await db.query(`INSERT INTO tenants (id, slug, name) VALUES ($1, 'faults', 'Faults')`, [tenantId]);
  await db.query(
    `INSERT INTO users (id, tenant_id, email, name, roles) SELECT id, $2, id || '@faults.test', 'Faults ' || ord, '{member}'
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)`, [[senderId, ...members], tenantId],
  );
  await db.query(`UPDATE users SET roles = '{admin,sender}' WHERE id = $1`, [senderId]);
  const { rows: [project] } = await db.query(
    `INSERT INTO projects (tenant_id, owner_id, code, name) VALUES ($1, $2, 'FAULTS-1', 'Faults') RETURNING id`, [tenantId, senderId],
  );
  await db.end();
  const token = (userId: string, roles: string[]) => signToken(config.JWT_SECRET!, { userId, tenantId, roles }, '24h');
  const senderToken = await token(senderId, ['admin', 'sender']);
  const memberTokens = await Promise.all(members.map((id) => token(id, ['member'])));

  const gateways = [await spawnGateway([], env), await spawnGateway([], env)];
  const urls = gateways.map((g) => g.url);

  // ---------------------------------------------------------------- the load ---
  const outcomes: Outcome[] = [];
  const createdTasks: string[] = [];
  /** Acknowledged notifications by recipient. */
  const sentNotifications = new Map(members.map((id) => [id, [] as string[]]));
  /** When each acknowledged notification was sent, and the faults' windows: to say where a miss happened. */
  const sentAt = new Map<string, number>();
  const windows: { name: string; from: number; to: number }[] = [];
  let running = true;
  let turn = 0;
  const post = async (query: string, variables: Record<string, unknown>, auth: string) => {
    const url = urls[turn++ % urls.length]!;
    try {
      const res = await fetch(url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
        body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(60_000),
      });
      const body = await res.json() as { data?: any; errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code ?? (res.status >= 400 ? `HTTP ${res.status}` : 'ok');
      return { code: res.status >= 500 && code !== 'SERVICE_UNAVAILABLE' ? `${code} (HTTP ${res.status})` : code, data: body.data };
    } catch (error) {
      return { code: (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK', data: undefined };
    }
  };
  const operations: Record<string, () => Promise<string>> = {
    'rows': async () => (await post('{ projects(first: 5) { totalCount edges { node { name } } } }', {}, memberTokens[0]!)).code,
    'documents': async () => (await post('{ notifications(first: 5) { totalCount } }', {}, memberTokens[1]!)).code,
    'dashboard': async () => (await post('{ dashboard(id: "overview") { tiles { snapshot { source } } } }', {}, memberTokens[2]!)).code,
    'createTask': async () => {
      const { code, data } = await post('mutation($input: CreateTaskInput!, $key: String) { createTask(input: $input, idempotencyKey: $key) { id } }',
        { input: { projectId: project.id, title: `task ${createdTasks.length}` }, key: randomUUID() }, senderToken);
      if (code === 'ok') createdTasks.push(data.createTask.id);
      return code;
    },
    'sendNotification': async () => {
      const { code, data } = await post('mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id recipient { id } } }',
        { input: { recipientIds: members, title: 'faults', body: '' } }, senderToken);
      if (code === 'ok') {
        for (const n of data.sendNotification) {
          sentNotifications.get(n.recipient.id)!.push(n.id);
          sentAt.set(n.id, performance.now());
        }
      }
      return code;
    },
  };
  const loops = Object.entries(operations).map(async ([kind, run]) => {
    while (running) {
      const started = performance.now();
      const code = await run();
      outcomes.push({ kind, at: started, ms: performance.now() - started, code });
      await sleep(25);
    }
  });

  // Every member subscribed on each gateway; a dropped subscription comes back with `after`.
  const subscribers = members.flatMap((member, i) => urls.map((url) => new Subscriber(url, memberTokens[i]!, sentNotifications.get(member)!)));
  subscribers.forEach((s) => s.start());

  const readiness: { at: number; status: number; failing: string }[] = [];
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(urls[0]!.replace('/graphql', '/readyz'), { signal: AbortSignal.timeout(5000) }).catch(() => null);
      const checks = res ? (await res.json() as { checks: Record<string, string> }).checks : {};
      readiness.push({ at: started, status: res?.status ?? 0, failing: Object.keys(checks).filter((k) => checks[k] !== 'ok').join('+') });
      await sleep(500);
    }
  })();

  // -------------------------------------------------------------- the faults ---
  const services = {
    postgresql: { stop: () => postgres.restart(faultMs), pause: () => pauseFor(postgres, faultMs) },
    mongodb: {
      stop: async () => { await mongo.stop(); await sleep(faultMs); mongo = await startMongoWire(mongoPort, mongoFile); },
      pause: () => pauseFor(mongo, faultMs),
    },
    redis: {
      stop: async () => { await redis.stop(); await sleep(faultMs); redis = await startRedis(redisPort); },
      pause: () => pauseFor(redis, faultMs),
    },
  };
  const rows: Record<string, string | number>[] = [];
  await sleep(5000); // warm: caches filled, sockets subscribed
  for (const [service, faults] of Object.entries(services).filter(([name]) => !values.only || name === values.only)) {
    for (const [fault, inflict] of Object.entries(faults)) {
      await sleep(3000);
      const from = performance.now();
      await inflict();
      const back = performance.now();
      // Recovered: each operation has succeeded again after the service came back.
      const deadline = back + 60_000;
      while (performance.now() < deadline && Object.keys(operations).some((kind) => !outcomes.some((o) => o.kind === kind && o.at >= back && o.code === 'ok'))) {
        await sleep(100);
      }
      const ready = readiness.filter((r) => r.at >= from && r.at < back);
      const name = `${service} ${fault === 'stop' ? 'stopped' : 'paused'} ${faultMs / 1000} s`;
      windows.push({ name, from, to: performance.now() });
      for (const kind of Object.keys(operations)) {
        const during = outcomes.filter((o) => o.kind === kind && o.at >= from && o.at < back);
        const failed = during.filter((o) => o.code !== 'ok');
        const firstOk = outcomes.find((o) => o.kind === kind && o.at >= back && o.code === 'ok');
        const latencies = during.map((o) => o.ms).sort((a, b) => a - b);
        rows.push({
          fault: name,
          operation: kind,
          'ok during': during.length - failed.length,
          'failed during': failed.length,
          codes: countBy(failed.map((o) => o.code)) || '-',
          'p99 ms': Math.round(percentile(latencies, 99)),
          'max ms': Math.round(latencies.at(-1) ?? NaN),
          'ok again after ms': firstOk ? Math.round(firstOk.at + firstOk.ms - back) : 'never',
          '/readyz during': countBy(ready.map((r) => (r.status === 200 ? '200' : `${r.status} ${r.failing}`))),
        });
      }
      process.stdout.write(`${service} ${fault}: done\n`);
    }
  }
  running = false;
  await Promise.all([...loops, probe]);

  // ------------------------------------------------------------- the ledger ---
  // Late deliveries still count (the relay may be catching up); wait while they keep coming.
  const missingNow = () => subscribers.reduce((n, s) => n + s.missing().length, 0);
  const missingAtEnd = missingNow();
  for (let last = missingAtEnd, quietSince = Date.now(); last > 0 && Date.now() - quietSince < 20_000;) {
    await sleep(500);
    const now = missingNow();
    if (now < last) quietSince = Date.now();
    last = now;
  }
  const acknowledged = [...sentNotifications.values()].flat();
  const mongoClient = await MongoClient.connect(mongo.url);
  const documents = mongoClient.db(mongoDb);
  await until(async () => await documents.collection('entity_changelog').countDocuments({ entity_id: { $in: createdTasks } }) >= createdTasks.length, 60_000);
  const check = new pg.Client(postgres.url);
  await check.connect();
  const { rows: [{ count: tasksFound }] } = await check.query('SELECT count(*)::int AS count FROM tasks WHERE id = ANY($1::uuid[])', [createdTasks]);
  const changes = await documents.collection('entity_changelog').distinct('entity_id', { entity_id: { $in: createdTasks }, operation: 'INSERT' });
  await check.end();
  const stored = await documents.collection('notification_delivery').countDocuments({ _id: { $in: acknowledged.map((id) => new ObjectId(id)) } });
  await mongoClient.close();
  const sum = (of: (s: Subscriber) => number) => subscribers.reduce((n, s) => n + of(s), 0);
  const ledger = [
    { what: 'createTask acknowledged', count: createdTasks.length, found: `${tasksFound} rows, ${changes.length} changelog entries` },
    { what: 'notifications acknowledged', count: acknowledged.length, found: `${stored} stored` },
    {
      what: `deliveries due (${subscribers.length} sockets)`, count: sum((s) => s.due.length),
      found: `${sum((s) => s.missing().length)} missing, ${sum((s) => s.duplicates)} twice, ${sum((s) => s.resubscribed)} resubscriptions`
        + `, errors: ${countBy(subscribers.flatMap((s) => s.errors)) || 'none'}`,
    },
    { what: 'deliveries still due when the load stopped', count: missingAtEnd, found: `${missingAtEnd - sum((s) => s.missing().length)} arrived later` },
    {
      what: 'missing, sent during', count: sum((s) => s.missing().length),
      found: countBy(subscribers.flatMap((s) => s.missing()).map((id) => windows.find((w) => sentAt.get(id)! >= w.from && sentAt.get(id)! < w.to)?.name ?? 'steady load')) || '-',
    },
    {
      what: 'missing, by gateway of the socket', count: sum((s) => s.missing().length),
      found: countBy(subscribers.flatMap((s) => s.missing().map(() => `gateway ${urls.indexOf(s.url) + 1}`))) || '-',
    },
  ];

  subscribers.forEach((s) => s.stop());
  await Promise.all(gateways.map((g) => g.stop()));
  await postgres.stop();
  await Promise.all([mongo.stop(), redis.stop()]);
  rmSync(dataDir, { recursive: true, force: true });

  printTable(`faults: each service stopped, then paused, for ${faultMs / 1000} s, under steady load on 2 gateways`, rows);
  printTable('ledger: what was acknowledged, and what is there', ledger);
  writeResults('faults', { seconds: faultMs / 1000, rows, ledger });
}

/**
 * One socket's subscription to notificationAdded, as a front end keeps it: when it is dropped
 * (the server closed it or an error ended it), it subscribes again with the cursor of the last
 * notification received, so the replay fills the gap.
 */
class Subscriber {
  readonly seen = new Set<string>();
  /** Codes of errors received in place of an event. */
  readonly errors: string[] = [];
  duplicates = 0;
  resubscribed = -1;
  private cursor: string | undefined;
  private stopped = false;
  private client: Client | undefined;

  /** `due`: the notifications acknowledged for this socket's user, as they are sent. */
  constructor(readonly url: string, private readonly token: string, readonly due: string[]) {}

  missing() {
    return this.due.filter((id) => !this.seen.has(id));
  }

  async start() {
    while (!this.stopped) {
      this.resubscribed++;
      await new Promise<void>((resolve) => {
        const client = this.client = createClient({
          url: this.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0,
          connectionParams: { authorization: `Bearer ${this.token}` },
        });
        client.subscribe<{ notificationAdded: { id: string; cursor: string } }>({ query: ADDED, variables: { after: this.cursor } }, {
          next: ({ data, errors }) => {
            if (errors) this.errors.push(...errors.map((e) => String(e.extensions?.code ?? e.message)));
            if (!data) return;
            const { id, cursor } = data.notificationAdded;
            if (this.seen.has(id)) this.duplicates++;
            this.seen.add(id);
            this.cursor = cursor;
          },
          error: () => (client.dispose(), resolve()),
          complete: () => (client.dispose(), resolve()),
        });
      });
      await sleep(250);
    }
  }

  stop() {
    this.stopped = true;
    void this.client?.dispose();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pauseFor(service: { pause(): void; resume(): void }, ms: number) {
  service.pause();
  await sleep(ms);
  service.resume();
}

async function until(check: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (!(await check()) && Date.now() < deadline) await sleep(200);
}

/** "SERVICE_UNAVAILABLE ×12, TIMEOUT ×1" */
const countBy = (codes: string[]) => {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${code} ×${n}`).join(', ');
};

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
