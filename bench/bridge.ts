import { randomUUID } from 'node:crypto';
import type { CommandStartedEvent } from 'mongodb';
import { signToken, tokenVerifierFor } from '../src/auth/tokens';
import { openBackends, type OpenBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startGateway } from '../src/server';
import { load, printTable, spawnGateway, UNLIMITED, writeResults } from './support';

/**
 * `npm run bench:bridge`: a query returning N change-log documents with their entities and
 * each entity's latest 3 comments, served with loaders and by the same resolvers with batching
 * off (the naive baseline), in one run. Prints round trips, requests/s and p50/p99 latency.
 */
const SIZES = [10, 100, 1000];
const PROJECTS = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const QUERY = `query($n: Int) { changelog(entityType: PROJECT, first: $n) { edges { node {
  operation changedAt entity { id ... on Project { name comments(first: 3) { edges { node { body createdAt } } } } } } } } }`;

async function seed(backends: OpenBackends) {
  const tenantId = randomUUID();
  const userId = randomUUID();
  const { pg, mongo } = backends;
  await pg.query(`INSERT INTO tenants (id, slug, name) VALUES ($1, $2, 'Bridge benchmark')`, [tenantId, `bench-${tenantId.slice(0, 8)}`]);
  await pg.query(`INSERT INTO users (id, tenant_id, email, name) VALUES ($1, $2, $3, 'Bench')`, [userId, tenantId, `bench-${userId}@bench.example`]);
  const projects = Array.from({ length: PROJECTS }, () => randomUUID());
  await pg.query(
    `INSERT INTO projects (id, tenant_id, owner_id, code, name)
     SELECT id, $2, $3, 'B-' || ord, 'Project ' || ord FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, ord)`,
    [projects, tenantId, userId],
  );
  const now = Date.now();
  await mongo.collection('entity_changelog').insertMany(Array.from({ length: 1000 }, (_, i) => ({
    tenant_id: tenantId, entity_type: 'project', entity_id: projects[i % PROJECTS], operation: 'UPDATE',
    old_value: { i }, new_value: { i: i + 1 }, changed_by: userId, changed_at: new Date(now - i * 1000),
  })));
  await mongo.collection('comment_thread').insertMany(projects.flatMap((id, p) => Array.from({ length: 5 }, (_, c) => ({
    tenant_id: tenantId, entity_type: 'project', entity_id: id, author_id: userId, body: `comment ${c} on ${p}`,
    created_at: new Date(now - c * 60_000), reactions: [],
  }))));
  return {
    tenantId, userId,
    async remove() {
      await mongo.collection('entity_changelog').deleteMany({ tenant_id: tenantId });
      await mongo.collection('comment_thread').deleteMany({ tenant_id: tenantId });
      await pg.query('DELETE FROM tenants WHERE id = $1', [tenantId]);
    },
  };
}

/** Round trips of one request, counted in-process on the gateway's own pool and client. */
async function roundTrips(batchLoads: boolean, token: string) {
  const config = loadConfig({ ...process.env, ...UNLIMITED, PORT: '0', HOST: '127.0.0.1', MAX_PAGE_SIZE: '1000' });
  const backends = await openBackends(config, { monitorCommands: true });
  const gateway = await startGateway({ config, logger: createLogger('silent'), ...backends, verifyToken: tokenVerifierFor(config, backends.authPg), batchLoads });
  let sql = 0;
  let mongo = 0;
  const query = backends.pg.query.bind(backends.pg) as (...args: unknown[]) => unknown;
  (backends.pg as unknown as { query: unknown }).query = (...args: unknown[]) => (sql++, query(...args));
  backends.mongoClient.on('commandStarted', (e: CommandStartedEvent) => void (['find', 'aggregate'].includes(e.commandName) && mongo++));
  const counts: Record<number, { sql: number; mongo: number }> = {};
  for (const n of SIZES) {
    sql = mongo = 0;
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY, variables: { n } }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: { changelog: { edges: unknown[] } } };
    if (body.errors || body.data?.changelog.edges.length !== n) throw new Error(`bad response: ${JSON.stringify(body).slice(0, 300)}`);
    counts[n] = { sql, mongo };
  }
  await gateway.stop();
  await backends.close();
  return counts;
}

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const data = await seed(backends);
  const token = await signToken(config.JWT_SECRET!, { userId: data.userId, tenantId: data.tenantId, roles: [] });
  const results: Record<string, unknown>[] = [];
  try {
    const trips = { loaders: await roundTrips(true, token), naive: await roundTrips(false, token) };
    for (const [mode, args] of [['loaders', []], ['naive', ['--naive']]] as const) {
      const server = await spawnGateway([...args], { MAX_PAGE_SIZE: '1000' });
      try {
        for (const n of SIZES) {
          const body = JSON.stringify({ query: QUERY, variables: { n } });
          await load(server.url, body, { authorization: `Bearer ${token}` }, 1, 2); // warm-up
          const result = await load(server.url, body, { authorization: `Bearer ${token}` }, SECONDS);
          results.push({ N: n, resolvers: mode, sql: trips[mode][n]!.sql, mongo: trips[mode][n]!.mongo, ...result });
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await data.remove();
    await backends.close();
  }
  const rows = SIZES.flatMap((n) => {
    const [batched, naive] = ['loaders', 'naive'].map((m) => results.find((r) => r.N === n && r.resolvers === m)!);
    return [batched!, naive!].map((r) => ({
      N: n, resolvers: String(r.resolvers), 'SQL/op': Number(r.sql), 'Mongo/op': Number(r.mongo),
      'req/s': Number(r.requestsPerSecond), 'p50 ms': Number(r.p50Ms), 'p99 ms': Number(r.p99Ms),
      'vs naive': r === batched ? `${(Number(batched!.requestsPerSecond) / Math.max(Number(naive!.requestsPerSecond), 0.1)).toFixed(1)}x` : '1.0x',
    }));
  });
  printTable(`Bridge: N change-log documents + entity + latest 3 comments each (${SECONDS}s per cell, 8 connections)`, rows);
  writeResults('bridge', { generatedAt: new Date().toISOString(), seconds: SECONDS, query: QUERY, rows });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
