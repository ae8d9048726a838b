// First: the tracing instrumentations patch the drivers as they are loaded.
import { stopTracing } from './tracing';
import { tokenVerifierFor } from './auth/tokens';
import { openBackends } from './backends';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startGateway } from './server';

/** Entry point: validate config, connect, serve, and drain cleanly on SIGTERM/SIGINT. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const backends = await openBackends(config);
  const gateway = await startGateway({ config, logger, ...backends, verifyToken: tokenVerifierFor(config, backends.authPg) });
  logger.info({ url: gateway.url }, 'gateway ready (HTTP and graphql-ws)');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining');
    const deadline = setTimeout(() => {
      logger.error('drain took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_MS).unref();
    await gateway.stop();
    await backends.close();
    await stopTracing();
    clearTimeout(deadline);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
