import { signToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import pg from 'pg';
import { benchRecordReadings } from './readings';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuMs, load, printTable, spawnBuiltGateway, writeResults, type LoadResult } from './support';

/**
 * `npm run bench:logs`: what the gateway's own logs cost. `{ me { id } }` against the built gateway
 * with REQUEST_LOG on and off, three alternating rounds, and how many api_request_log entries the
 * logging gateway reported written and dropped (its /metrics). Then recordReadings on the logging
 * gateway: readings per second and latency per call of 1,000 readings (bench/readings.ts).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 16;
const ME = JSON.stringify({ query: '{ me { id } }' });

async function main() {
  const config = loadConfig();
  const db = new pg.Client(config.PG_URL);
  await db.connect();
  const { rows: [alice] } = await db.query<{ id: string; tenant_id: string; roles: string[] }>(`SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`);
  if (!alice) throw new Error('run `make seed` first: the benchmark reads the demo tenant');
  const { rows: assets } = await db.query<{ id: string }>('SELECT id FROM assets WHERE tenant_id = $1 ORDER BY tag LIMIT 8', [alice.tenant_id]);
  await db.end();
  const auth = { authorization: `Bearer ${await signToken(config.JWT_SECRET!, { userId: alice.id, tenantId: alice.tenant_id, roles: alice.roles })}` };

  const logging = await spawnBuiltGateway({ REQUEST_LOG: 'true' });
  const silent = await spawnBuiltGateway({ REQUEST_LOG: 'false' });
  // The local test MongoDB (scripts/services.sh's), when it is ours: its CPU shares the two cores.
  const mongoPidFile = join(__dirname, '..', '.services', 'mongo', 'mongo.pid');
  const mongoPid = existsSync(mongoPidFile) ? Number(readFileSync(mongoPidFile, 'utf8').trim()) : undefined;
  const runs: { logs: 'on' | 'off'; round: number; result: LoadResult; gatewayCpuMsPerReq: number; mongoCpuMsPerReq?: number }[] = [];
  try {
    // Long enough for both JITs (the gateway's, and the test MongoDB's JVM taking the inserts).
    for (const gateway of [logging, silent]) await load(gateway.url, ME, auth, 3, CONNECTIONS);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [logs, gateway] of [['on', logging], ['off', silent]] as const) {
        const [gatewayBefore, mongoBefore] = [cpuMs(gateway.pid), mongoPid ? cpuMs(mongoPid) : 0];
        const result = await load(gateway.url, ME, auth, SECONDS, CONNECTIONS);
        const { requests } = result;
        runs.push({
          logs, round, result, gatewayCpuMsPerReq: (cpuMs(gateway.pid) - gatewayBefore) / requests,
          ...(mongoPid && { mongoCpuMsPerReq: (cpuMs(mongoPid) - mongoBefore) / requests }),
        });
        process.stdout.write(`round ${round}, logs ${logs}: ${runs.at(-1)!.result.requestsPerSecond} req/s\n`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the last batch
    const metrics = await (await fetch(logging.url.replace('/graphql', '/metrics'))).text();
    const entries = (outcome: string) => Number(metrics.match(new RegExp(`gateway_log_entries_total\\{kind="request",outcome="${outcome}"\\} (\\d+)`))?.[1] ?? 0);
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const of = (logs: 'on' | 'off') => runs.filter((r) => r.logs === logs).map((r) => r.result);
    const cpu = (logs: 'on' | 'off', of: 'gatewayCpuMsPerReq' | 'mongoCpuMsPerReq') =>
      median(runs.filter((r) => r.logs === logs).map((r) => r[of] ?? 0)).toFixed(3);
    const table = (['on', 'off'] as const).map((logs) => ({
      'request log': logs,
      'req/s (median)': median(of(logs).map((r) => r.requestsPerSecond)),
      'p50 ms': median(of(logs).map((r) => r.p50Ms)),
      'p99 ms': median(of(logs).map((r) => r.p99Ms)),
      errors: of(logs).reduce((sum, r) => sum + r.errors, 0),
      'gateway CPU ms/req': cpu(logs, 'gatewayCpuMsPerReq'),
      ...(mongoPid && { 'test MongoDB CPU ms/req': cpu(logs, 'mongoCpuMsPerReq') }),
    }));
    const ratios = of('on').map((r, i) => r.requestsPerSecond / of('off')[i]!.requestsPerSecond);
    const cost = 1 - median(ratios);
    printTable(`{ me { id } }, ${ROUNDS} alternating rounds of ${SECONDS}s, ${CONNECTIONS} connections`, table);
    // Throughput on two shared cores swings from run to run; what each operation's entry costs in
    // CPU, the gateway's and the test MongoDB's (on the same cores here), is the steadier figure.
    const extraUs = (of: 'gatewayCpuMsPerReq' | 'mongoCpuMsPerReq') => Math.round((Number(cpu('on', of)) - Number(cpu('off', of))) * 1000);
    const perEntryUs = { gateway: extraUs('gatewayCpuMsPerReq'), ...(mongoPid && { testMongoDB: extraUs('mongoCpuMsPerReq') }) };
    const share = perEntryUs.gateway / (Number(cpu('off', 'gatewayCpuMsPerReq')) * 1000);
    process.stdout.write(`\nlogging costs ${(cost * 100).toFixed(1)} % of throughput (aim: under 10 %); entries written ${entries('written')}, dropped ${entries('dropped')}\n`);
    process.stdout.write(`each entry costs the gateway ${perEntryUs.gateway} µs of CPU (${(share * 100).toFixed(1)} % of an operation's)`
      + `${perEntryUs.testMongoDB === undefined ? '' : ` and the test MongoDB ${perEntryUs.testMongoDB} µs`}\n`);
    const readings = await benchRecordReadings(logging.url, auth, assets.map((a) => a.id), { url: config.MONGO_URL, db: config.MONGO_DB, tenantId: alice.tenant_id }, { rounds: ROUNDS });
    const readingsRow = [{
      operation: 'recordReadings',
      'readings/s (median)': median(readings.map((r) => r.readingsPerSecond)),
      'p50 ms per call': median(readings.map((r) => r.p50Ms)),
      'p99 ms per call': median(readings.map((r) => r.p99Ms)),
      errors: readings.reduce((sum, r) => sum + r.errors, 0),
    }];
    printTable(`recordReadings, ${ROUNDS} rounds of ${readings[0]?.calls} calls of 1,000 readings, 2 writers`, readingsRow);
    writeResults('logs', {
      generatedAt: new Date().toISOString(), seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, rows: table,
      throughputCost: Math.round(cost * 1000) / 1000,
      cpuPerEntryUs: perEntryUs,
      entriesWritten: entries('written'), entriesDropped: entries('dropped'),
      runs: runs.map((r) => ({ logs: r.logs, round: r.round, ...r.result, gatewayCpuMsPerReq: r.gatewayCpuMsPerReq, mongoCpuMsPerReq: r.mongoCpuMsPerReq })),
      recordReadings: { readingsPerCall: 1_000, writers: 2, rows: readingsRow, rounds: readings },
    });
  } finally {
    await Promise.all([logging.stop(), silent.stop()]);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
