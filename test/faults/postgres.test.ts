import { randomUUID } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { startPostgres } from '../support/postgres';
import { eventually } from '../live/support';

/**
 * PostgreSQL paused: what needs it fails fast with SERVICE_UNAVAILABLE, users already seen keep
 * what does not need it (their preferences, in MongoDB), /readyz says so, and it all recovers.
 */
let postgres: Awaited<ReturnType<typeof startPostgres>>;
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  const mongoDb = `faults_pg_${randomUUID().slice(0, 8)}`;
  postgres = await startPostgres(mongoDb);
  gw = await startTestGateway({
    PG_URL: postgres.url, PG_QUERY_TIMEOUT_MS: '1000', MONGO_DB: mongoDb, REDIS_KEY_PREFIX: `faults-pg-${randomUUID().slice(0, 8)}:`,
  }, { logs: true });
  tenant = await createTenant(gw.backends.pg, 'faults-pg', 1);
  token = await gw.tokenFor(tenant.admin);
}, 60_000);

afterAll(async () => {
  postgres?.resume();
  await dropTenant(gw.backends.pg, tenant);
  await gw.backends.mongo.dropDatabase();
  await gw.stop();
  await postgres.stop();
});

it('fails fast what needs PostgreSQL, serves what does not, tells /readyz, and recovers', async () => {
  const rows = '{ projects { totalCount } }';
  expect((await gw.query(rows, {}, token)).data).toEqual({ projects: { totalCount: 1 } });
  postgres.pause();
  try {
    const started = Date.now();
    const failed = await gw.query(rows, {}, token);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'postgresql' } });
    expect(failed.status).toBeLessThan(500);

    // The user was seen a moment ago, so their token stands; their preferences live in MongoDB.
    const documents = await gw.query('{ preferenceDocuments { totalCount } }', {}, token);
    expect(documents.data).toEqual({ preferenceDocuments: { totalCount: 0 } });

    // Someone never seen cannot be checked: 503 with the code, at once.
    const stranger = await gw.tokenFor({ ...tenant.member });
    const unknown = await gw.query(rows, {}, stranger);
    expect(unknown).toMatchObject({ status: 503, errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });

    const ready = await fetch(gw.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
  } finally {
    postgres.resume();
  }
  await eventually(async () => (await gw.query(rows, {}, token)).data?.projects?.totalCount === 1, 20_000);
  expect(gw.logs.filter((line) => line.level >= 50).map((line) => `${line.msg}: ${line.err?.message}`)).toEqual([]);
}, 60_000);

it('after a restart, relays what was committed before it, having backed off (not spun) while PostgreSQL was gone', async () => {
  const rename = (name: string) => gw.query(`mutation($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { name } }`,
    { id: tenant.projects[0]!.id, name }, token);
  // Commits right up to the stop (and attempts during it), so the relay has notifications in hand
  // when its connection goes.
  for (let i = 0; i < 20; i++) expect((await rename(`before restart ${i}`)).errors).toBeUndefined();
  let writing = true;
  const writer = (async () => { while (writing) await rename('during restart'); })();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const warningsBefore = gw.logs.length;
  await postgres.restart(2_000);
  writing = false;
  await writer;
  await eventually(async () => (await rename('after restart')).data?.updateProject?.name === 'after restart', 20_000);
  const reconnects = gw.logs.slice(warningsBefore).filter((line) => line.msg === 'outbox relay: PostgreSQL connection failed; reconnecting');
  expect(reconnects.length).toBeLessThan(10); // 2 s of backoff is a handful of attempts
  await eventually(async () => (await gw.backends.mongo.collection('entity_changelog')
    .countDocuments({ entity_id: tenant.projects[0]!.id, 'new_value.name': { $in: ['before restart 19', 'after restart'] } })) === 2, 20_000);
}, 60_000);
