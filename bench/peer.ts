import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { cpuMs, jwksIssuer, load, printTable, spawnBuiltGateway, spawnGateway, writeResults, type LoadResult } from './support';

/**
 * `npm run bench:peer`: this gateway in production mode (built, as `npm start` runs it) next to
 * PostGraphile 5 on the same demo database, and next to a bare Apollo Server 5, in one run: three
 * alternating rounds of each query per server, every answer checked byte for byte. All three run
 * as plain JavaScript under node. Per run it reads the CPU time of the server
 * process and of PostgreSQL's processes (/proc), PostgreSQL's active time (pg_stat_database) and
 * the statements it executed and planned (pg_stat_statements, which scripts/services.sh preloads).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 20;

const Q1 = '{ projects(first: 20) { edges { node { id name status budget tasks(first: 5) { totalCount edges { node { id title status } } } } } } }';
/** The same page in PostGraphile's naming, in our order (newest first, id as tie-breaker), for our tenant. */
const peerQ1 = (tenantId: string) =>
  `{ allProjects(first: 20, orderBy: [CREATED_AT_DESC, ROW_ID_DESC], condition: { tenantId: "${tenantId}" }) { edges { node { rowId name status budget ` +
  'tasksByTenantIdAndProjectId(first: 5, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) { totalCount edges { node { rowId title status } } } } } } }';
const TYPENAME = '{ __typename }';
/** PostgreSQL rows joined to their MongoDB documents: what only this gateway serves. */
const BRIDGE = '{ projects(first: 20) { edges { node { id name comments(first: 3) { totalCount edges { node { body author { name } } } } } } } }';

type Server = 'ours' | 'PostGraphile' | 'bare Apollo Server';
interface Row { query: string; server: Server; round: number; result: LoadResult; cpu: Cpu }
interface Cpu { serverMs: number; postgresMs: number; activeMs: number; statements: number | null; plans: number | null }

const parentOf = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
/** CPU of every process the postmaster started (backends, writers); ones that exited are not counted. */
function postgresCpuMs(postmaster: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (parentOf(Number(entry)) === postmaster) total += cpuMs(Number(entry));
    } catch { /* the process ended while we read it */ }
  }
  return total;
}

/** PostGraphile in its own pinned package set (bench/peer), installed on first use. */
function installPeer() {
  const dir = join(__dirname, 'peer');
  if (existsSync(join(dir, 'node_modules', 'postgraphile'))) return;
  process.stdout.write('installing PostGraphile into bench/peer …\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
}

/** The peer's answer in our field names, to compare the two answers' data. */
const asOurs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asOurs);
  if (value === null || typeof value !== 'object') return value;
  const names: Record<string, string> = { allProjects: 'projects', rowId: 'id', tasksByTenantIdAndProjectId: 'tasks' };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [names[key] ?? key, asOurs(inner)]));
};

async function main() {
  installPeer();
  const config = loadConfig();
  const db = new pg.Client(config.PG_URL);
  await db.connect();
  const { rows: [alice] } = await db.query<{ id: string; tenant_id: string; roles: string[] }>(
    `SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`,
  );
  if (!alice) throw new Error('run `make seed` first: the benchmark reads the demo tenant');
  const statements = await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements').then(() => db.query('SELECT 1 FROM pg_stat_statements LIMIT 1'))
    .then(() => true, () => (process.stdout.write('pg_stat_statements is not loaded (restart the services): no statement counts\n'), false));
  const { rows: [backend] } = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = parentOf(backend!.pid);

  const issuer = await jwksIssuer();
  const auth = { authorization: `Bearer ${await issuer.sign(alice)}` };
  const servers: Record<Server, Awaited<ReturnType<typeof spawnGateway>>> = {
    // Without its request log, as the peers log nothing: what the log costs is bench:logs's to say.
    ours: await spawnBuiltGateway({ NODE_ENV: 'production', JWT_JWKS_URL: issuer.url, REQUEST_LOG: 'false' }),
    PostGraphile: await spawnGateway([], { PG_URL: config.PG_URL, PG_POOL_SIZE: String(config.PG_POOL_SIZE), NODE_ENV: 'production' }, 'peer/server.mjs'),
    'bare Apollo Server': await spawnGateway([], { NODE_ENV: 'production' }, 'apollo-server.mjs'),
  };
  const queries: { name: string; bodies: Partial<Record<Server, string>> }[] = [
    { name: 'Q1: 20 projects, 5 tasks each', bodies: { ours: Q1, PostGraphile: peerQ1(alice.tenant_id) } },
    { name: '{ __typename }', bodies: { ours: TYPENAME, PostGraphile: TYPENAME, 'bare Apollo Server': TYPENAME } },
    { name: 'bridge: 20 projects, 3 comments each', bodies: { ours: BRIDGE } },
  ];

  const post = async (server: Server, query: string) => {
    const res = await fetch(servers[server].url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query }) });
    return res.text();
  };
  /** Each server's exact answer, and the data of every server's answer the same as ours. */
  const expected = new Map<string, string>();
  for (const { name, bodies } of queries) {
    for (const [server, query] of Object.entries(bodies) as [Server, string][]) {
      const answer = await post(server, query);
      const parsed = JSON.parse(answer) as { data?: unknown; errors?: unknown };
      if (parsed.errors || !parsed.data) throw new Error(`${server}, ${name}: ${answer.slice(0, 300)}`);
      if (server !== 'ours' && !isDeepStrictEqual(asOurs(parsed.data), JSON.parse(expected.get(`${name}/ours`)!).data)) {
        throw new Error(`${server} answers ${name} differently from us: ${answer.slice(0, 300)}`);
      }
      expected.set(`${name}/${server}`, answer);
    }
  }

  const activeMs = async () => Number((await db.query<{ ms: number }>(
    'SELECT active_time AS ms FROM pg_stat_database WHERE datname = current_database()',
  )).rows[0]!.ms);
  const executed = async () => statements
    ? (await db.query<{ calls: string | null; plans: string | null }>(
      `SELECT sum(calls) AS calls, sum(plans) AS plans FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat%'`,
    )).rows[0]!
    : { calls: null, plans: null };

  const rows: Row[] = [];
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const { name, bodies } of queries) {
        for (const [server, query] of Object.entries(bodies) as [Server, string][]) {
          const { url, pid } = servers[server];
          const body = JSON.stringify({ query });
          await load(url, body, auth, 1, CONNECTIONS);
          if (statements) await db.query('SELECT pg_stat_statements_reset()');
          const before = { server: cpuMs(pid), postgres: postgresCpuMs(postmaster), active: await activeMs() };
          const result = await load(url, body, auth, SECONDS, CONNECTIONS, expected.get(`${name}/${server}`));
          const done = await executed();
          // (A PostgreSQL process that exited during the run takes its CPU time with it: never below 0.)
          const per = (ms: number) => Math.round((Math.max(0, ms) / result.requests) * 1000) / 1000;
          const cpu: Cpu = {
            serverMs: per(cpuMs(pid) - before.server),
            postgresMs: per(postgresCpuMs(postmaster) - before.postgres),
            activeMs: per((await activeMs()) - before.active),
            statements: done.calls === null ? null : Math.round((Number(done.calls) / result.requests) * 100) / 100,
            plans: done.plans === null ? null : Math.round((Number(done.plans) / result.requests) * 100) / 100,
          };
          rows.push({ query: name, server, round, result, cpu });
          process.stdout.write(`round ${round}, ${name}, ${server}: ${result.requestsPerSecond} req/s, ${result.errors} errors\n`);
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
    issuer.close();
    await db.end();
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const of = (query: string, server: Server) => rows.filter((r) => r.query === query && r.server === server);
  const range = (values: number[]) => `${Math.min(...values).toLocaleString('en')}–${Math.max(...values).toLocaleString('en')}`;
  const table = queries.flatMap(({ name, bodies }) => (Object.keys(bodies) as Server[]).map((server) => {
    const runs = of(name, server);
    const pick = (f: (r: Row) => number | null) => {
      const values = runs.map(f).filter((v): v is number => v !== null);
      return values.length ? median(values) : 'n/a';
    };
    return {
      query: name, server,
      'req/s (median)': median(runs.map((r) => r.result.requestsPerSecond)),
      'req/s (range)': range(runs.map((r) => r.result.requestsPerSecond)),
      'p50 ms': pick((r) => r.result.p50Ms), 'p99 ms': pick((r) => r.result.p99Ms),
      'server CPU ms/req': pick((r) => r.cpu.serverMs), 'PostgreSQL CPU ms/req': pick((r) => r.cpu.postgresMs),
      'PostgreSQL active ms/req': pick((r) => r.cpu.activeMs),
      'statements/req': pick((r) => r.cpu.statements), 'plans/req': pick((r) => r.cpu.plans),
      errors: runs.reduce((sum, r) => sum + r.result.errors, 0),
    };
  }));
  printTable(`Request cost, ${ROUNDS} alternating rounds of ${SECONDS}s, ${CONNECTIONS} connections (medians)`, table);

  /** Ours over the other server, per round (they ran back to back), then the median of those. */
  const ratio = (query: string, other: Server) =>
    median(of(query, 'ours').map((r, i) => r.result.requestsPerSecond / of(query, other)[i]!.result.requestsPerSecond));
  const aims = [
    { aim: 'Q1 ≥ 1.0× PostGraphile', ratio: ratio(queries[0]!.name, 'PostGraphile'), target: 1.0 },
    { aim: '{ __typename } ≥ 0.9× bare Apollo Server', ratio: ratio(TYPENAME, 'bare Apollo Server'), target: 0.9 },
    { aim: '{ __typename } ≥ 0.8× PostGraphile', ratio: ratio(TYPENAME, 'PostGraphile'), target: 0.8 },
  ].map((a) => ({ aim: a.aim, 'ours / peer': a.ratio.toFixed(2), met: a.ratio >= a.target ? 'yes' : 'no' }));
  printTable('Aims (req/s ratio per round, median)', aims);
  writeResults('peer', {
    generatedAt: new Date().toISOString(), seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS,
    queries: Object.fromEntries(queries.map((q) => [q.name, q.bodies])), rows: table, aims,
    runs: rows.map((r) => ({ query: r.query, server: r.server, round: r.round, ...r.result, ...r.cpu })),
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
