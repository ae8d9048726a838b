import { randomUUID } from 'node:crypto';
import { startMongoWire } from '../../bench/mongo-wire';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway } from '../support/gateway';
import { eventually } from '../live/support';
import { pendingChanges } from '../support/outbox';

/**
 * MongoDB stopped while mutations commit: every mutation answers success at once (PostgreSQL
 * committed), the relay that was running stops in the middle of the outage, and once MongoDB is
 * back a new relay writes every change exactly once, in order per row.
 */
const PROJECTS = 10;
const UPDATES_PER_PROJECT = 10;
const RENAME = 'mutation($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { name } }';

let mongo: Awaited<ReturnType<typeof startMongoWire>>;
let tenant: FixtureTenant;
let env: Record<string, string>;

beforeAll(async () => {
  mongo = await startMongoWire();
  env = { MONGO_URL: mongo.url, MONGO_DB: 'durability', REDIS_KEY_PREFIX: `durability-${randomUUID().slice(0, 8)}:` };
}, 60_000);

afterAll(async () => {
  await mongo.stop();
});

it('answers every mutation while MongoDB is down and relays each change exactly once when it is back', async () => {
  const first = await startTestGateway(env);
  tenant = await createTenant(first.backends.pg, 'durability', PROJECTS);
  const token = await first.tokenFor(tenant.admin);
  await mongo.stop();

  const slowest = { ms: 0 };
  await Promise.all(tenant.projects.map(async (project) => {
    for (let i = 1; i <= UPDATES_PER_PROJECT; i++) {
      const started = Date.now();
      const res = await first.query(RENAME, { id: project.id, name: `${project.name} v${i}` }, token);
      slowest.ms = Math.max(slowest.ms, Date.now() - started);
      expect(res).toEqual({ status: 200, data: { updateProject: { name: `${project.name} v${i}` } } });
    }
  }));
  // No mutation waited for MongoDB (a stopped server would hold one for its 5 s selection timeout).
  expect(slowest.ms).toBeLessThan(2_000);
  expect(await pendingChanges(first.backends.pg, tenant.id)).toBe(PROJECTS * UPDATES_PER_PROJECT);
  await first.stop(); // the relay stops with the outage still going on

  mongo = await startMongoWire(mongo.port);
  const second = await startTestGateway(env);
  try {
    await eventually(async () => (await pendingChanges(second.backends.pg, tenant.id)) === 0, 20_000);
    const docs = await second.backends.mongo.collection('entity_changelog').find({ tenant_id: tenant.id }).sort({ changed_at: 1, _id: 1 }).toArray();
    expect(docs).toHaveLength(PROJECTS * UPDATES_PER_PROJECT);
    expect(new Set(docs.map((doc) => doc._id.toHexString())).size).toBe(docs.length);
    for (const project of tenant.projects) {
      const names = docs.filter((doc) => doc.entity_id === project.id).map((doc) => (doc.new_value as { name: string }).name);
      expect(names).toEqual(Array.from({ length: UPDATES_PER_PROJECT }, (_, i) => `${project.name} v${i + 1}`));
    }
  } finally {
    await dropTenant(second.backends.pg, tenant);
    await second.stop();
  }
}, 60_000);
