import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { connect, eventually } from '../live/support';

/** The gateway's own logs: one api_request_log entry per operation, error_log per masked error. */
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;
const startedAt = new Date();

beforeAll(async () => {
  gw = await startTestGateway({ REQUEST_LOG: 'true' });
  tenant = await createTenant(gw.backends.pg, 'logs', 1);
  token = await gw.tokenFor(tenant.member);
});

afterAll(async () => {
  for (const name of ['api_request_log', 'error_log', 'feature_usage_metric', 'comment_thread', 'user_activity_event', 'entity_changelog', 'field_audit_log']) {
    await gw.backends.mongo.collection(name).deleteMany({ tenant_id: tenant.id });
  }
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

const logged = (filter: object = {}) => gw.backends.mongo.collection('api_request_log').find({ tenant_id: tenant.id, ...filter }).toArray();

it('writes one api_request_log entry per operation, over HTTP and over the socket', async () => {
  const http = await gw.query('query Me { me { id } }', {}, token);
  expect(http.errors).toBeUndefined();
  const refused = await gw.query('query Big { projects(first: 1000) { totalCount } }', {}, token);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const socket = connect(gw.url, token);
  await socket.connected;
  const [overSocket] = await socket.subscribe('query OverSocket { me { id } }').waitFor(1);
  socket.dispose();
  expect(overSocket!.errors).toBeUndefined();

  await eventually(async () => (await logged()).length >= 3);
  const entries = await logged();
  expect(entries).toHaveLength(3);
  const byName = Object.fromEntries(entries.map((entry) => [entry.operation_name, entry]));
  expect(byName.Me).toMatchObject({
    direction: 'inbound', method: 'POST', endpoint: '/graphql', status_code: 200, error_codes: [], user_id: tenant.member.id,
    operation_hash: expect.stringMatching(/^[0-9a-f]{64}$/), duration_ms: expect.any(Number), created_at: expect.any(Date),
  });
  expect(byName.Big).toMatchObject({ error_codes: ['BAD_USER_INPUT'] });
  expect(byName.OverSocket).toMatchObject({ user_id: tenant.member.id, error_codes: [] });
  expect(new Set(entries.map((entry) => entry.request_id)).size).toBe(3);
  // Bodies are not kept.
  expect(entries.every((entry) => entry.request_body === undefined && entry.response_body === undefined)).toBe(true);
});

it("counts operations per tenant, feature and day in feature_usage_metric", async () => {
  const before = await gw.backends.mongo.collection('feature_usage_metric').findOne({ tenant_id: tenant.id, module: 'Query', feature: 'me' });
  for (let i = 0; i < 3; i++) await gw.query('{ me { id } }', {}, token);
  const usage = () => gw.backends.mongo.collection('feature_usage_metric').findOne({ tenant_id: tenant.id, module: 'Query', feature: 'me' });
  await eventually(async () => ((await usage())?.count ?? 0) >= (before?.count ?? 0) + 3);
  const after = (await usage())!;
  expect(after).toMatchObject({ user_id: null, count: (before?.count ?? 0) + 3, last_used_at: expect.any(Date) });
  expect((after.created_at as Date).getTime() % 86_400_000).toBe(0);
});

it("gives a masked error the request id of its error_log entry, with the stack", async () => {
  // A document the read path cannot serve (reactions must be a list): an unexpected error.
  const { id } = tenant.projects[0]!;
  await gw.backends.mongo.collection('comment_thread').insertOne({
    _id: new ObjectId(), tenant_id: tenant.id, entity_type: 'project', entity_id: id, author_id: tenant.member.id,
    body: 'corrupt', mentions: [], reactions: 'not a list', created_at: new Date(),
  });
  const res = await gw.query(`query Broken { project(id: "${id}") { comments(first: 5) { edges { node { body reactions { emoji } } } } } }`, {}, token);
  const masked = res.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  expect(masked).toMatchObject({ message: 'Unexpected error.', extensions: { requestId: expect.any(String) } });
  expect(JSON.stringify(res)).not.toMatch(/at .*\.ts|Expected Iterable/);
  const entry = await eventually(() => gw.backends.mongo.collection('error_log').findOne({ tenant_id: tenant.id, request_id: masked!.extensions!.requestId }));
  expect(entry).toMatchObject({ severity: 'error', resolved: false, stack: expect.stringContaining('\n'), context: { operation_name: 'Broken' } });
  // (Each collection's batch is its own insert: the request's entry may land after its error's.)
  const [request] = (await eventually(async () => {
    const entries = await logged({ request_id: masked!.extensions!.requestId });
    return entries.length > 0 ? entries : null;
  }))!;
  expect(request).toMatchObject({ error_codes: ['INTERNAL_SERVER_ERROR'] });

  // The same over the socket.
  const socket = connect(gw.url, token);
  await socket.connected;
  const [overSocket] = await socket.subscribe(`query BrokenOverSocket { project(id: "${id}") { comments(first: 5) { edges { node { reactions { emoji } } } } } }`).waitFor(1);
  socket.dispose();
  const maskedOverSocket = overSocket!.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR');
  expect(maskedOverSocket).toMatchObject({ message: 'Unexpected error.', extensions: { requestId: expect.any(String) } });
  await eventually(() => gw.backends.mongo.collection('error_log').findOne({ tenant_id: tenant.id, request_id: maskedOverSocket!.extensions!.requestId }));
});

it("logs each run of its own jobs in background_job_log, under the platform's tenant", async () => {
  // The outbox relay prunes once it has nothing to relay, and then each minute.
  const run = await eventually(() => gw.backends.mongo.collection('background_job_log')
    .findOne({ tenant_id: 'global', job_name: 'prune-outbox', started_at: { $gte: startedAt } }));
  expect(run).toMatchObject({
    status: 'succeeded', output: { outboxRows: expect.any(Number), idempotencyKeys: expect.any(Number) },
    params: { keepRelayedMs: expect.any(Number) }, duration_ms: expect.any(Number), finished_at: expect.any(Date),
  });
});

it('records every mutation in user_activity_event, with the row it wrote', async () => {
  const admin = await gw.tokenFor(tenant.admin);
  const created = await gw.query(`mutation { createTask(input: { projectId: "${tenant.projects[0]!.id}", title: "Logged" }) { id } }`, {}, admin);
  const taskId = created.data!.createTask.id as string;
  const refreshed = await gw.query('mutation { refreshDashboard(id: "overview") { id } }', {}, admin);
  expect(refreshed.errors).toBeUndefined();
  const events = () => gw.backends.mongo.collection('user_activity_event').find({ tenant_id: tenant.id, user_id: tenant.admin.id }).toArray();
  await eventually(async () => (await events()).length >= 2);
  const byAction = Object.fromEntries((await events()).map((event) => [event.action, event]));
  expect(byAction.createTask).toMatchObject({ entity_type: 'task', entity_id: taskId, created_at: expect.any(Date) });
  expect(byAction.refreshDashboard).toMatchObject({ action: 'refreshDashboard' });
  expect(byAction.refreshDashboard.entity_id).toBeUndefined();
  // Queries are not activity.
  expect(Object.keys(byAction).sort()).toEqual(['createTask', 'refreshDashboard']);
});
