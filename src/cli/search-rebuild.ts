import { parseArgs } from 'node:util';
import { openBackends } from '../backends';
import { loadConfig } from '../config';
import { rebuildSearchIndex } from '../search/rebuild';
import { GatewayLogs } from '../stores/gateway-logs';
import { tenantIds } from '../stores/tenants';

/**
 * `npm run search:rebuild -- [--tenant <id or slug>] [--batch-size 500]`: recreates the search
 * index (search_index_cache) of one tenant or of all from PostgreSQL, removing the entries of rows
 * that are gone. Idempotent and safe while gateways run; the run is logged in background_job_log
 * as `reindex-search`.
 */
async function main() {
  const { values } = parseArgs({ options: { tenant: { type: 'string' }, 'batch-size': { type: 'string', default: '500' } } });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error('--batch-size must be 1 to 10000');
  const config = loadConfig();
  const backends = await openBackends(config);
  const jobs = new GatewayLogs(backends.mongo);
  const startedAt = new Date();
  const params = { tenant: values.tenant ?? 'all', batchSize };
  try {
    const tenants = await tenantIds(backends.pg, values.tenant);
    if (values.tenant !== undefined && tenants.length === 0) throw new Error(`no tenant with id or slug ${values.tenant}`);
    const result = await rebuildSearchIndex({ pg: backends.pg, mongo: backends.mongo, tenantIds: tenants, batchSize });
    jobs.job({ jobName: 'reindex-search', status: 'succeeded', params, output: { ...result }, startedAt, finishedAt: new Date() });
    process.stdout.write(`search:rebuild: ${result.tenants} tenant(s), ${result.indexed} entries written, ${result.removed} removed\n`);
  } catch (error) {
    jobs.job({ jobName: 'reindex-search', status: 'failed', params, error: error instanceof Error ? error.message : String(error), startedAt, finishedAt: new Date() });
    throw error;
  } finally {
    await jobs.stop();
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
