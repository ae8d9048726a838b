import { buildSchema } from '../../src/schema';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { fuzz } from './run';

/** A short, seeded fuzz run (`npm run fuzz -- --count 10000` runs a long one): no 5xx, nothing unexpected. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway({ RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_TENANT_PER_MINUTE: '1000000' }, { logs: true });
  acme = await createTenant(gw.backends.pg, 'fuzz', 3);
  globex = await createTenant(gw.backends.pg, 'fuzz-other', 1);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

it('answers 300 random bodies and 300 random operations without a 5xx or an unexpected error', async () => {
  const token = await gw.tokenFor({ ...acme.admin, roles: ['admin', 'sender'] });
  const ids = [...acme.projects.map((p) => p.id), acme.member.id, globex.projects[0]!.id, globex.admin.id];
  const { bodies, operations } = await fuzz(gw.url, token, buildSchema(), { ids }, 300, 20_261_201);
  expect(bodies.failures).toEqual([]);
  expect(operations.failures).toEqual([]);
  expect([...operations.outcomes.keys()]).toContain('200 ok');
  expect(gw.logs.filter((line) => line.level >= 50).map((line) => `${line.msg}: ${line.err?.message}`)).toEqual([]);
}, 120_000);
