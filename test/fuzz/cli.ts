import { parseArgs } from 'node:util';
import { printTable } from '../../bench/support';
import { buildSchema } from '../../src/schema';
import { applyTestEnv } from '../support/env';
import { createTenant, dropTenant } from '../support/fixtures';
import { startTestGateway } from '../support/gateway';
import { fuzz } from './run';
import type { FuzzReport } from './run';

/**
 * `npm run fuzz -- [--count 10000] [--seed N]`: N random bodies and N random schema-valid operations
 * against a gateway on the local test services (`bash scripts/services.sh up` first), counted by
 * HTTP status and error code. Exits 1 when any request broke the contract (a 5xx, an unexpected
 * error, an error without a code, a stack trace), printing the first of them.
 */
async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '20261201' } } });
  applyTestEnv();
  const gw = await startTestGateway({ RATE_LIMIT_USER_PER_MINUTE: '1000000000', RATE_LIMIT_TENANT_PER_MINUTE: '1000000000' });
  const acme = await createTenant(gw.backends.pg, 'fuzz', 5);
  const globex = await createTenant(gw.backends.pg, 'fuzz-other', 1);
  try {
    const token = await gw.tokenFor({ ...acme.admin, roles: ['admin', 'sender'] });
    const ids = [...acme.projects.map((p) => p.id), acme.member.id, globex.projects[0]!.id, globex.admin.id];
    const count = Number(values.count);
    const started = Date.now();
    const { bodies, operations } = await fuzz(gw.url, token, buildSchema(), { ids }, count, Number(values.seed));
    const table = (report: FuzzReport) => [...report.outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, n]) => ({ outcome, requests: n }));
    printTable(`${count} random bodies (seed ${values.seed})`, table(bodies));
    printTable(`${count} random schema-valid operations (seed ${values.seed})`, table(operations));
    const failures = [...bodies.failures, ...operations.failures];
    process.stdout.write(`\n${failures.length === 0 ? 'no' : failures.length} contract failures; ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    for (const failure of failures.slice(0, 5)) process.stdout.write(`${JSON.stringify(failure)}\n`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    await dropTenant(gw.backends.pg, acme);
    await dropTenant(gw.backends.pg, globex);
    await gw.stop();
  }
}

void main();
