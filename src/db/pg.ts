import pg from 'pg';

// `date` columns are calendar days, not instants: keep them as 'YYYY-MM-DD' instead of letting
// node-postgres shift them into a local-time Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createPgPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  return pool;
}

export type { Pool } from 'pg';
