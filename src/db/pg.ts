import pg from 'pg';

// `date` columns are calendar days, not instants: keep them as 'YYYY-MM-DD' instead of letting
// node-postgres shift them into a local-time Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * A pool whose waits are bounded: a connection within 2 s, an answer within `queryTimeoutMs`
 * (client-side, so it holds when PostgreSQL is paused or unreachable, not just slow), so a request
 * that needs PostgreSQL fails fast while it is away instead of hanging.
 */
export function createPgPool(url: string, max: number, queryTimeoutMs = 5_000): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000, query_timeout: queryTimeoutMs,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

export type { Pool } from 'pg';
