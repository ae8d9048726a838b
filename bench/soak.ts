import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { signToken } from '../src/auth/tokens';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { Subscribers } from './live-clients';
import { startMongoWire } from './mongo-wire';
import { load, printTable, spawnGateway, writeResults } from './support';

/**
 * `npm run soak -- [--minutes 30] [--sockets 1000]`: a gateway under steady mixed load for a while
 * (sockets subscribed to notifications, notifications sent to them, queries, mutations), with one
 * row per minute of what the gateway process says of itself on /metrics: heap, event-loop delay
 * p99, open handles, and the errors of that minute. A leak shows as heap and handles that climb.
 */
const QUERY = '{ me { id name } projects(first: 5) { edges { node { name tasks(first: 3) { totalCount } } } } notifications(first: 5) { totalCount } }';
const SEND = 'mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }';

/** One gauge of the gateway's /metrics text. */
const metric = (text: string, name: string) => Number(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN);

async function main() {
  const { values } = parseArgs({ options: { minutes: { type: 'string', default: '30' }, sockets: { type: 'string', default: '1000' } } });
  const minutes = Number(values.minutes);
  const sockets = Number(values.sockets);
  // A MongoDB-wire server of its own: the test server keeps every oplog entry in memory.
  const mongoWire = process.env.MONGO_URL ? null : await startMongoWire();
  const env: Record<string, string> = mongoWire ? { MONGO_URL: mongoWire.url } : {};
  const config = loadConfig({ ...process.env, ...env });
  const backends = await openBackends(config);

  const tenantId = randomUUID();
  const users = Array.from({ length: Math.max(1, sockets / 10) }, () => randomUUID());
  const senderId = randomUUID();
  await backends.pg.query(`INSERT INTO tenants (id, slug, name) VALUES ($1, $2, 'Soak')`, [tenantId, `soak-${tenantId.slice(0, 8)}`]);
  await backends.pg.query(
    `INSERT INTO users (id, tenant_id, email, name, roles) SELECT id, $2, id || '@soak.test', 'Soak ' || ord, '{admin,sender}'
     FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord)`, [[...users, senderId], tenantId],
  );
  await backends.pg.query(`INSERT INTO projects (tenant_id, owner_id, code, name) VALUES ($1, $2, 'SOAK-1', 'Soak project')`, [tenantId, senderId]);
  const token = (userId: string) => signToken(config.JWT_SECRET!, { userId, tenantId, roles: ['admin', 'sender'] }, '24h');
  const auth = { authorization: `Bearer ${await token(senderId)}` };

  const gateway = await spawnGateway([], env);
  const metricsUrl = gateway.url.replace('/graphql', '/metrics');
  const subscribers = new Subscribers();
  const rows: Record<string, string | number>[] = [];
  try {
    const tokens = await Promise.all(users.map(token));
    await subscribers.open(gateway.url, Array.from({ length: sockets }, (_, i) => tokens[i % tokens.length]!));
    let sent = 0;
    // Every notification goes to all users, so each reaches every socket.
    const send = async () => {
      subscribers.sent(++sent);
      const res = await fetch(gateway.url, {
        method: 'POST', headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ query: SEND, variables: { input: { recipientIds: users, title: `bench ${sent}`, body: 'steady' } } }),
      });
      await res.text();
    };
    for (let minute = 1; minute <= minutes; minute++) {
      const until = Date.now() + 60_000;
      let httpErrors = 0;
      let requests = 0;
      while (Date.now() < until) {
        const [queries] = await Promise.all([load(gateway.url, JSON.stringify({ query: QUERY }), auth, 5, 4), send()]);
        requests += queries.requests;
        httpErrors += queries.errors;
      }
      const text = await (await fetch(metricsUrl)).text();
      rows.push({
        minute,
        'heap MB': Math.round(metric(text, 'nodejs_heap_size_used_bytes') / 1e6),
        'rss MB': Math.round(metric(text, 'process_resident_memory_bytes') / 1e6),
        'event-loop p99 ms': Math.round(metric(text, 'nodejs_eventloop_lag_p99_seconds') * 1000),
        'open handles': metric(text, 'nodejs_active_handles_total'),
        subscriptions: metric(text, 'subscriptions_held'),
        'queries/s': Math.round(requests / 60),
        'query errors': httpErrors,
        'deliveries': subscribers.received,
        'socket errors': subscribers.errors,
      });
      subscribers.reset();
      process.stdout.write(`minute ${minute}: ${JSON.stringify(rows.at(-1))}\n`);
    }
  } finally {
    subscribers.close();
    await gateway.stop();
    await backends.pg.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
    await backends.close();
    await mongoWire?.stop();
  }
  printTable(`soak: ${sockets} sockets, ${minutes} min, queries and notifications throughout`, rows);
  writeResults('soak', { minutes, sockets, rows });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
