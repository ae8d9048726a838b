import { tokenVerifierFor } from '../src/auth/tokens';
import { openBackends } from '../src/backends';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { startGateway } from '../src/server';

/**
 * A gateway for benchmarks, in its own process so the load generator does not share its event
 * loop. `--naive` serves the same schema with batching and caching of loads turned off;
 * `--no-outbox` writes rows without their change records (the writes benchmark's baseline).
 * Prints `listening <url>` once ready; its logs are silent unless BENCH_LOG_LEVEL asks for them.
 */
async function main() {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  const backends = await openBackends(config);
  const gateway = await startGateway({
    config,
    logger: createLogger((process.env.BENCH_LOG_LEVEL as 'warn' | undefined) ?? 'silent'),
    ...backends,
    verifyToken: tokenVerifierFor(config, backends.authPg),
    batchLoads: !process.argv.includes('--naive'),
    captureChanges: !process.argv.includes('--no-outbox'),
  });
  process.stdout.write(`listening ${gateway.url}\n`);
  process.on('SIGTERM', () => void gateway.stop().then(() => backends.close()).then(() => process.exit(0)));
}

void main();
