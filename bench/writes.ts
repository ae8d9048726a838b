import type { Pool } from 'pg';
import { signToken } from '../src/auth/tokens';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { load, printTable, spawnGateway, writeResults, type LoadResult } from './support';

/**
 * `npm run bench:writes`: `updateTask` writing PostgreSQL alone, then with its change record in
 * the outbox (the relay on another instance: OUTBOX_RELAY=false here), then with the relay in the
 * serving process too, in one run; and how long the relay takes to move the changes made under
 * that last load to entity_changelog (relayed_at − changed_at per outbox row, p50/p99). Each
 * request renames one of the demo tenant's tasks at random, so every write is a change.
 *
 * On this machine the relay shares two cores with PostgreSQL, the load generator and the local
 * MongoDB test server (Java, in memory), so the last row is a floor, not what a deployment sees.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Rows alternate, round after round, and each reports its median round: the machine is noisy. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 8;
const UPDATE = 'mutation($id: ID!, $title: String!) { updateTask(id: $id, input: { title: $title }) { id version } }';

async function main() {
  const config = loadConfig();
  const backends = await openBackends(config);
  const { rows: [alice] } = await backends.pg.query<{ id: string; tenant_id: string; roles: string[] }>(
    `SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`,
  );
  if (!alice) throw new Error('run `make seed` first: the benchmark writes the demo tenant\'s tasks');
  const { rows: tasks } = await backends.pg.query<{ id: string }>('SELECT id FROM tasks WHERE tenant_id = $1', [alice.tenant_id]);
  const auth = { authorization: `Bearer ${await signToken(config.JWT_SECRET!, { userId: alice.id, tenantId: alice.tenant_id, roles: alice.roles })}` };
  let serial = 0;
  const rename = () => JSON.stringify({
    query: UPDATE, variables: { id: tasks[Math.floor(Math.random() * tasks.length)]!.id, title: `Benchmark rename ${++serial}` },
  });

  const rounds: Record<string, LoadResult[]> = {};
  const run = async (name: string, args: string[], env: Record<string, string> = {}) => {
    const gateway = await spawnGateway(args, env);
    try {
      await load(gateway.url, rename, auth, 1, CONNECTIONS);
      (rounds[name] ??= []).push(await load(gateway.url, rename, auth, SECONDS, CONNECTIONS));
    } finally {
      await gateway.stop();
    }
  };

  let started = new Date();
  for (let round = 0; round < ROUNDS; round++) {
    await run('PostgreSQL alone (no change record)', ['--no-outbox']);
    await run('outbox, relayed by another instance', [], { OUTBOX_RELAY: 'false' });
    // A relay drains what that run left, so that the next row's lag is its own.
    const catchUp = await spawnGateway();
    await drain(backends.pg, new Date(0)).finally(() => catchUp.stop());
    started = new Date();
    await run('outbox, relayed by this instance too', []);
  }
  const results = Object.fromEntries(Object.entries(rounds).map(([name, runs]) => [name, median(runs)]));
  const relay = await spawnGateway();
  let lag: { p50: number | null; p99: number | null; rows: number; pending: number };
  try {
    await drain(backends.pg, started);
    const { rows: [stats] } = await backends.pg.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM relayed_at - changed_at) * 1000) AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM relayed_at - changed_at) * 1000) AS p99,
              count(*) FILTER (WHERE relayed_at IS NOT NULL)::int AS rows, count(*) FILTER (WHERE relayed_at IS NULL)::int AS pending
         FROM entity_outbox WHERE changed_at >= $1 AND entity_type = 'task'`,
      [started],
    );
    lag = stats;
  } finally {
    await relay.stop();
    await backends.close();
  }

  const baseline = results['PostgreSQL alone (no change record)']!;
  printTable(`updateTask, ${CONNECTIONS} connections, ${SECONDS} s per row and round, median of ${ROUNDS} alternating rounds`, Object.entries(results).map(([name, r]) => ({
    row: name, 'req/s': r.requestsPerSecond, 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, errors: r.errors,
    'vs PostgreSQL alone': `${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}x`,
  })));
  const ms = (value: number | null) => (value === null ? '-' : Math.round(value));
  printTable('relay lag under the last round of the last row (outbox row committed → in entity_changelog)', [
    { 'changes relayed': lag.rows, 'still pending': lag.pending, 'p50 ms': ms(lag.p50), 'p99 ms': ms(lag.p99) },
  ]);
  writeResults('writes', {
    seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, results, allRounds: rounds,
    relayLagMs: { lastRound: true, p50: lag.p50, p99: lag.p99, relayed: lag.rows, pending: lag.pending },
  });
}

/** The round with the median throughput. */
const median = (runs: LoadResult[]) => [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)]!;

/** Waits, while a relaying gateway is up, until no change since `since` is pending (at most 60 s). */
async function drain(pg: Pool, since: Date) {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const { rows: [pending] } = await pg.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM entity_outbox WHERE relayed_at IS NULL AND changed_at >= $1', [since],
    );
    if (pending!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
