import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import { RollupJob } from '../analytics/rollup-job';
import { openBackends } from '../backends';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { buildSchema } from '../schema';
import { GatewayLogs } from '../stores/gateway-logs';

/**
 * `npm run rollup -- [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: recomputes the analytics rollups of
 * every period between the two days (default: the last 90 days to now), as far as the raw logs
 * still go back, e.g. after a metric was added. Waits for a run of the gateways in progress; the
 * run is logged in background_job_log like theirs. Safe to run any number of times.
 */
async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  const day = (value: string | undefined, fallback: Date, name: string) => {
    if (value === undefined) return fallback;
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new Error(`--${name} must be a date, YYYY-MM-DD`);
    return date;
  };
  const to = day(values.to, new Date(), 'to');
  const from = day(values.from, new Date(to.getTime() - 90 * 86_400_000), 'from');
  if (from > to) throw new Error('--from must not be after --to');

  const config = loadConfig();
  const backends = await openBackends(config);
  const logs = new GatewayLogs(backends.mongo);
  try {
    const job = new RollupJob({
      mongo: backends.mongo, redis: backends.redis, logger: createLogger(config.LOG_LEVEL), owner: `${hostname()}:rollup:${randomUUID().slice(0, 8)}`,
      intervalMs: config.ROLLUP_INTERVAL_MS, mutationNames: Object.keys(buildSchema().getMutationType()?.getFields() ?? {}), jobs: logs,
    });
    const run = await job.backfill(from, to);
    process.stdout.write(`rollup: ${run.windows} window(s), ${run.rollups} rollup(s), ${run.written} written, ${run.unchanged} unchanged, ${run.tenants} tenant(s) changed\n`);
  } finally {
    await logs.stop();
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`rollup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
