import { createServer } from 'node:http';
import { Redis } from 'ioredis';

/**
 * The floor for `bench:cache`: a bare Node HTTP handler that answers every request with bytes
 * it GETs from Redis, no GraphQL, no auth. Prints `listening <url>`.
 */
const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:56379');
const key = process.env.BASELINE_KEY ?? 'bench:baseline';

const server = createServer(async (_req, res) => {
  const body = (await redis.get(key)) ?? '';
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening http://127.0.0.1:${port}/\n`);
});
process.on('SIGTERM', () => server.close(() => redis.quit().then(() => process.exit(0))));
