import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

/**
 * PostGraphile 5 with its recommended (amber) preset on the gateway's database, for
 * `npm run bench:peer`: the same pool size as the gateway, no GraphiQL, no watch mode.
 * Prints `listening <url>` once ready.
 */
const pool = new pg.Pool({ connectionString: process.env.PG_URL, max: Number(process.env.PG_POOL_SIZE ?? 10) });
const instance = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
});
const server = createServer();
await instance.createServ(grafserv).addTo(server);
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening http://127.0.0.1:${server.address().port}/graphql\n`));
process.on('SIGTERM', () => server.close(() => instance.release().then(() => pool.end()).then(() => process.exit(0))));
