import { createHash, randomUUID } from 'node:crypto';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { jwksIssuer, load, printTable, spawnBuiltGateway, spawnGateway, writeResults, type LoadResult } from './support';

/**
 * `npm run bench:cache`: the overview dashboard served from each layer, in one run, next to a
 * bare Node handler that returns the same bytes from Redis.
 * - Redis hit: the gateway as `npm start` runs it in production (built, NODE_ENV=production,
 *   tokens checked against a JWKS endpoint), entries warm.
 * - response cache: the same query persisted, answered whole from Redis without executing.
 * - MongoDB hit: a gateway whose Redis is unreachable (every read falls through to MongoDB).
 * - computed: `refreshDashboard`, which drops and recomputes every tile from PostgreSQL.
 * A `{ __typename }` row shows the fixed cost of an authenticated GraphQL request on this server.
 * The gateways run without their request log (REQUEST_LOG=false), like the baseline: what the log
 * costs is `bench:logs`'s to measure.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WITHOUT_LOG = { REQUEST_LOG: 'false' };
const DASHBOARD = '{ dashboard(id: "overview") { tiles { id kind snapshot { data computedAt expiresAt source } } } }';
const REFRESH = 'mutation { refreshDashboard(id: "overview") { tiles { id kind snapshot { data computedAt expiresAt source } } } }';

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const { rows } = await backends.pg.query<{ id: string; tenant_id: string; roles: string[] }>(
    `SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`,
  );
  if (!rows[0]) throw new Error('run `make seed` first: the benchmark reads the demo tenant');
  const issuer = await jwksIssuer();
  const auth = { authorization: `Bearer ${await issuer.sign(rows[0])}` };
  const production = { ...WITHOUT_LOG, NODE_ENV: 'production', JWT_JWKS_URL: issuer.url };
  const results: Record<string, LoadResult & { bytes: number }> = {};
  const baselineKey = `bench:baseline:${randomUUID()}`;

  const gateway = await spawnBuiltGateway(production);
  try {
    const warm = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: DASHBOARD }) });
    await warm.text();
    const hit = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: DASHBOARD }) });
    const bytes = await hit.text();
    if (!bytes.includes('"source":"REDIS"')) throw new Error(`expected a Redis hit, got ${bytes.slice(0, 200)}`);
    await backends.redis.set(baselineKey, bytes, 'EX', 600);

    const body = JSON.stringify({ query: DASHBOARD });
    await load(gateway.url, body, auth, 1);
    results['Redis hit'] = { ...(await load(gateway.url, body, auth, SECONDS)), bytes: bytes.length };
    // The same query persisted (sent by its hash): answered whole from the response cache.
    const sha256Hash = createHash('sha256').update(DASHBOARD).digest('hex');
    const persisted = (query?: string) => JSON.stringify({ ...(query ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } });
    await (await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: persisted(DASHBOARD) })).text();
    await load(gateway.url, persisted(), auth, 1);
    results['response cache (persisted query)'] = { ...(await load(gateway.url, persisted(), auth, SECONDS)), bytes: bytes.length };
    // Where the rest of the time goes: the same server answering the cheapest authenticated operation.
    results['floor: Apollo pipeline, { __typename }'] = { ...(await load(gateway.url, JSON.stringify({ query: '{ __typename }' }), auth, SECONDS)), bytes: 0 };
    const refresh = JSON.stringify({ query: REFRESH });
    results['computed (refreshDashboard)'] = { ...(await load(gateway.url, refresh, auth, SECONDS, 4)), bytes: bytes.length };
  } finally {
    await gateway.stop();
  }

  const withoutRedis = await spawnBuiltGateway({ ...production, REDIS_URL: 'redis://127.0.0.1:1' });
  try {
    const body = JSON.stringify({ query: DASHBOARD });
    await load(withoutRedis.url, body, auth, 1);
    results['MongoDB hit (Redis down)'] = { ...(await load(withoutRedis.url, body, auth, SECONDS)), bytes: 0 };
  } finally {
    await withoutRedis.stop();
  }

  const baseline = await spawnGateway([], { BASELINE_KEY: `${config.REDIS_KEY_PREFIX}${baselineKey}`, REDIS_URL: config.REDIS_URL }, 'baseline-server.ts');
  try {
    await load(baseline.url, undefined, {}, 1);
    results['baseline: bare Node + Redis GET'] = { ...(await load(baseline.url, undefined, {}, SECONDS)), bytes: 0 };
  } finally {
    await baseline.stop();
    await backends.redis.del(baselineKey);
    await backends.close();
    issuer.close();
  }

  const floor = results['baseline: bare Node + Redis GET']!.requestsPerSecond;
  const rowsOut = Object.entries(results).map(([path, r]) => ({
    path, 'req/s': r.requestsPerSecond, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, errors: r.errors,
    'vs baseline': `${((r.requestsPerSecond / floor) * 100).toFixed(0)}%`,
  }));
  printTable(`Dashboard "overview" (3 tiles), ${SECONDS}s per row, 8 connections (4 for refresh)`, rowsOut);
  writeResults('cache', { generatedAt: new Date().toISOString(), seconds: SECONDS, query: DASHBOARD, rows: rowsOut });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
