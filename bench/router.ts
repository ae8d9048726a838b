import { signToken } from '../src/auth/tokens';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { load, printTable, spawnGateway, writeResults, type LoadResult } from './support';

/**
 * `npm run bench:router`: `{ me { id } }` and the overview dashboard (a Redis hit), sent directly
 * to a gateway and through Hive Gateway in front of 1 and then 2 gateway instances, in one run.
 * Each gateway and the router run in processes of their own; the load comes from this one.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 16;
const ROUTER_SECRET = 'bench-router-secret-0123456789abcdefghijkl';
const QUERIES = {
  '{ me { id } }': '{ me { id } }',
  dashboard: '{ dashboard(id: "overview") { tiles { id kind snapshot { data computedAt expiresAt source } } } }',
};

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const { rows } = await backends.pg.query<{ id: string; tenant_id: string; roles: string[] }>(`SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`);
  await backends.close();
  if (!rows[0]) throw new Error('run `make seed` first: the benchmark reads the demo tenant');
  const auth = { authorization: `Bearer ${await signToken(config.JWT_SECRET!, { userId: rows[0].id, tenantId: rows[0].tenant_id, roles: rows[0].roles })}` };

  const env = { ROUTER_SECRET };
  const gateways = [await spawnGateway([], env), await spawnGateway([], env)];
  const results: (LoadResult & { path: string; query: string })[] = [];
  const run = async (path: string, url: string) => {
    for (const [name, query] of Object.entries(QUERIES)) {
      const body = JSON.stringify({ query });
      const check = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body })).json() as { errors?: unknown };
      if (check.errors) throw new Error(`${path}: ${JSON.stringify(check.errors)}`);
      await load(url, body, auth, 1, CONNECTIONS);
      results.push({ path, query: name, ...(await load(url, body, auth, SECONDS, CONNECTIONS)) });
      process.stdout.write(`${path}, ${name}: ${results.at(-1)!.requestsPerSecond} req/s\n`);
    }
  };
  try {
    await run('direct, 1 gateway', gateways[0]!.url);
    for (const count of [1, 2]) {
      const router = await spawnGateway([], { SUBGRAPH_URLS: gateways.slice(0, count).map((g) => g.url).join(','), ROUTER_SECRET }, 'router-server.ts');
      try {
        await run(`Hive Gateway, ${count} gateway${count > 1 ? 's' : ''}`, router.url);
      } finally {
        await router.stop();
      }
    }
  } finally {
    await Promise.all(gateways.map((g) => g.stop()));
  }

  const direct = (query: string) => results.find((r) => r.path === 'direct, 1 gateway' && r.query === query)!.requestsPerSecond;
  const table = results.map((r) => ({
    path: r.path, query: r.query, 'req/s': r.requestsPerSecond, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, errors: r.errors,
    'vs direct': `${((r.requestsPerSecond / direct(r.query)) * 100).toFixed(0)}%`,
  }));
  printTable(`Direct and through Hive Gateway, ${SECONDS}s per row, ${CONNECTIONS} connections`, table);
  writeResults('router', { generatedAt: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, rows: table });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
