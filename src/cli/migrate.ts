import { openBackends } from '../backends';
import { loadConfig } from '../config';
import { migrateMongo } from '../migrate/mongo';
import { migratePostgres } from '../migrate/pg';

/** `npm run migrate`: PostgreSQL schema, then the MongoDB catalogue. Safe to run any number of times. */
async function main() {
  const config = loadConfig();
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const applied = await migratePostgres(config.PG_URL, log);
  const backends = await openBackends(config);
  try {
    const mongo = await migrateMongo(backends.mongo);
    log(
      `migrate: postgres ${applied.length} migration(s) applied; mongodb ${mongo.created.length} collection(s) ` +
        `created, ${mongo.indexesCreated} index(es) created, ${mongo.indexesReplaced} replaced`,
    );
  } finally {
    await backends.close();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
