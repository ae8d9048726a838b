/**
 * Tests use their own PostgreSQL database, MongoDB database and Redis key prefix on the local
 * services, so `make demo` data is never touched. Explicit URLs in the environment win.
 */
export const testEnv: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  PG_URL: process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:55432/polyglot_test',
  MONGO_URL: process.env.MONGO_URL ?? 'mongodb://127.0.0.1:57017/?directConnection=true',
  MONGO_DB: 'polyglot_test',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:56379',
  REDIS_KEY_PREFIX: 'test:',
  // Off but where a test turns it on (test/logs): other tests read the catalogue's collections,
  // which these logs would add to a second later.
  REQUEST_LOG: 'false',
  // Off but where a test turns it on (test/analytics): a run would rewrite other tests' rollups.
  ROLLUP_INTERVAL_MS: '0',
};

export function applyTestEnv() {
  Object.assign(process.env, testEnv);
}
