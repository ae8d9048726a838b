import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import type { RedisClient } from '../db/redis';

type Check = () => Promise<unknown>;

async function within(ms: number, check: Check): Promise<'ok' | string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms))),
    ]);
    return 'ok';
  } catch (error) {
    return error instanceof Error ? error.message : 'unreachable';
  } finally {
    clearTimeout(timer);
  }
}

/** /readyz: each backend answers a trivial command within a second. */
export async function readiness(backends: { pg: Pool; mongo: Db; redis: RedisClient }) {
  const [postgres, mongodb, redis] = await Promise.all([
    within(1000, () => backends.pg.query('SELECT 1')),
    within(1000, () => backends.mongo.command({ ping: 1 })),
    within(1000, () => backends.redis.ping()),
  ]);
  const checks = { postgres, mongodb, redis };
  return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
}
