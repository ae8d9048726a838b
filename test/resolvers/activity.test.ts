import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** recordActivity: a front end's page views and interactions, checked, bounded, the caller's own. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'activity', 1);
  globex = await createTenant(gw.backends.pg, 'activity-other', 1);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await gw.backends.mongo.collection('user_activity_event').deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

const RECORD = 'mutation($events: [ActivityInput!]!) { recordActivity(events: $events) }';

it("records the caller's events, and they appear on the row they were about", async () => {
  const token = await gw.tokenFor(acme.member);
  const project = acme.projects[0]!;
  const res = await gw.query(RECORD, { events: [
    { action: 'view', page: '/projects', durationMs: 1200 },
    { action: 'click', page: '/projects', element: 'open-project', entityType: 'PROJECT', entityId: project.id },
  ] }, token);
  expect(res).toMatchObject({ data: { recordActivity: 2 } });
  const about = await gw.query(`{ project(id: "${project.id}") { activity { edges { node { action element user { id } } } } } }`, {}, token);
  expect(about.data!.project.activity.edges).toEqual([{ node: { action: 'click', element: 'open-project', user: { id: acme.member.id } } }]);
  const stored = await gw.backends.mongo.collection('user_activity_event').find({ tenant_id: acme.id }).toArray();
  expect(stored.map((doc) => doc.action).sort()).toEqual(['click', 'view']);
  expect(stored.every((doc) => doc.user_id === acme.member.id)).toBe(true);
});

it('refuses the whole call with BAD_USER_INPUT for a row of another tenant, an oversized field, or too many events', async () => {
  const token = await gw.tokenFor(acme.member);
  const before = await gw.backends.mongo.collection('user_activity_event').countDocuments({ tenant_id: acme.id });
  const refusals = [
    [{ action: 'view' }, { action: 'click', entityType: 'PROJECT', entityId: globex.projects[0]!.id }],
    [{ action: 'x'.repeat(65) }],
    [{ action: 'view', durationMs: -1 }],
    [{ action: 'view', entityType: 'PROJECT' }],
    Array.from({ length: 51 }, () => ({ action: 'view' })),
  ];
  for (const events of refusals) {
    const res = await gw.query(RECORD, { events }, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
  expect(await gw.backends.mongo.collection('user_activity_event').countDocuments({ tenant_id: acme.id })).toBe(before);
});

it('keeps to its budget per user and minute', async () => {
  const token = await gw.tokenFor(globex.member);
  const fifty = Array.from({ length: 50 }, (_, i) => ({ action: 'view', page: `/p/${i}` }));
  for (let call = 0; call < 12; call++) expect((await gw.query(RECORD, { events: fifty }, token)).data?.recordActivity).toBe(50);
  const over = await gw.query(RECORD, { events: [{ action: 'view' }] }, token);
  expect(over.errors?.[0]).toMatchObject({ message: 'At most 600 events per minute.', extensions: { code: 'BAD_USER_INPUT' } });
});
