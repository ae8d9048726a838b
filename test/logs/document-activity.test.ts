import { randomUUID } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../live/support';

/** Comment and attachment mutations are activity like any other: user_activity_event names the row they were about. */
let gw: TestGateway;
let tenant: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway({ REQUEST_LOG: 'true' });
  tenant = await createTenant(gw.backends.pg, 'doc-activity', 1);
});

afterAll(async () => {
  for (const name of ['api_request_log', 'feature_usage_metric', 'comment_thread', 'attachment_metadata', 'user_activity_event']) {
    await gw.backends.mongo.collection(name).deleteMany({ tenant_id: tenant.id });
  }
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

it('records each comment and attachment write with the row it was about; a refused one is not activity', async () => {
  const token = await gw.tokenFor(tenant.member);
  const project = tenant.projects[0]!;
  const about = `entityType: PROJECT, entityId: "${project.id}"`;
  const comment = (await gw.query(`mutation { addComment(input: { ${about}, body: "Logged." }) { id } }`, {}, token)).data!.addComment.id;
  await gw.query(`mutation { editComment(id: "${comment}", body: "Logged, edited.") { id } }`, {}, token);
  await gw.query(`mutation { deleteComment(id: "${comment}") { id } }`, {}, token);
  const attachment = (await gw.query(`mutation { registerAttachment(input: { ${about}, fileName: "a.pdf", contentType: "application/pdf",
    sizeBytes: 10, storageKey: "${tenant.id}/project/${randomUUID()}/a.pdf" }) { id } }`, {}, token)).data!.registerAttachment.id;
  await gw.query(`mutation { deleteAttachment(id: "${attachment}") }`, {}, token);
  const refused = await gw.query(`mutation { addComment(input: { ${about}, body: "" }) { id } }`, {}, token);
  expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

  const events = () => gw.backends.mongo.collection('user_activity_event').find({ tenant_id: tenant.id, user_id: tenant.member.id }).toArray();
  await eventually(async () => (await events()).length >= 5);
  const actions = ['addComment', 'editComment', 'deleteComment', 'registerAttachment', 'deleteAttachment'];
  expect((await events()).map((event) => event.action).sort()).toEqual([...actions].sort());
  for (const event of await events()) expect(event).toMatchObject({ entity_type: 'project', entity_id: project.id });
  // The same rows are on the project's activity connection.
  const read = await gw.query(`{ project(id: "${project.id}") { activity { totalCount } } }`, {}, token);
  expect(read.data!.project.activity.totalCount).toBe(5);
});
