import { join } from 'node:path';

export const PG_MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations', 'pg');

/**
 * Applies pending SQL migrations with node-pg-migrate: recorded in `pgmigrations`, one
 * transaction each, under an advisory lock so concurrent starts cannot race. A second run
 * applies nothing.
 */
export async function migratePostgres(databaseUrl: string, log: (line: string) => void = () => {}) {
  // node-pg-migrate is an ES module; a dynamic import keeps this file loadable as CommonJS.
  const { runner } = await import('node-pg-migrate');
  const applied = await runner({
    databaseUrl,
    dir: PG_MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    count: Infinity,
    checkOrder: true,
    log: () => {},
    logger: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
  for (const migration of applied) log(`postgres: applied ${migration.name}`);
  return applied.map((migration) => migration.name);
}
