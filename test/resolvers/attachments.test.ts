import { randomUUID } from 'node:crypto';
import { ObjectId } from 'mongodb';
import { createTasks, createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

/** registerAttachment and deleteAttachment: metadata of uploaded files, checked whole, under the tenant's storage prefix. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

const REGISTER = `mutation($input: RegisterAttachmentInput!) { registerAttachment(input: $input) {
  id fileName contentType sizeBytes storageKey checksum entityType entityId uploadedBy { id } } }`;
const DELETE = 'mutation($id: ID!) { deleteAttachment(id: $id) }';
const ATTACHMENTS = 'query($id: ID!) { project(id: $id) { attachments { totalCount edges { node { id fileName } } } } }';

const attachments = () => gw.backends.mongo.collection('attachment_metadata');

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'attach', 1);
  globex = await createTenant(gw.backends.pg, 'attach-other', 1);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await attachments().deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

const file = (tenant: FixtureTenant, overrides: Record<string, unknown> = {}) => ({
  entityType: 'PROJECT', entityId: tenant.projects[0]!.id, fileName: 'site-plan.pdf', contentType: 'application/pdf',
  sizeBytes: 1_200_000, storageKey: `${tenant.id}/project/${randomUUID()}/site-plan.pdf`, ...overrides,
});
const register = async (tenant: FixtureTenant, user: FixtureTenant['member'], overrides: Record<string, unknown> = {}) =>
  gw.query(REGISTER, { input: file(tenant, overrides) }, await gw.tokenFor(user));
const stored = (tenant: FixtureTenant) => attachments().countDocuments({ tenant_id: tenant.id });

it('registers a file on a row of the caller\'s tenant in one insert, on the row\'s attachments at once', async () => {
  const checksum = 'AB'.repeat(32);
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const sql = countPgQueries(gw.backends.pg);
  const res = await register(acme, acme.member, { contentType: 'Application/PDF; name="plan"', checksum });
  mongo.restore();
  sql.restore();
  expect(res.errors).toBeUndefined();
  const attachment = res.data!.registerAttachment;
  expect(attachment).toMatchObject({
    fileName: 'site-plan.pdf', contentType: 'application/pdf', sizeBytes: 1_200_000, checksum: checksum.toLowerCase(),
    entityType: 'PROJECT', entityId: acme.projects[0]!.id, uploadedBy: { id: acme.member.id },
  });
  expect(mongo.commands).toEqual(['insert']);
  expect(sql.statements).toHaveLength(2); // the row; the answer's uploadedBy

  const read = await gw.query(ATTACHMENTS, { id: acme.projects[0]!.id }, await gw.tokenFor(acme.admin));
  expect(read.data!.project.attachments.edges.map((e: any) => e.node.id)).toContain(attachment.id);
});

it('works on any kind of row', async () => {
  const [taskId] = await createTasks(gw.backends.pg, acme, acme.projects[0]!.id, 1);
  const res = await register(acme, acme.member, { entityType: 'TASK', entityId: taskId, fileName: 'crack.jpg', contentType: 'image/jpeg' });
  expect(res.data!.registerAttachment).toMatchObject({ entityType: 'TASK', entityId: taskId });
  const read = await gw.query(`{ entity(type: TASK, id: "${taskId}") { ... on Task { attachments { edges { node { fileName } } } } } }`, {}, await gw.tokenFor(acme.member));
  expect(read.data!.entity.attachments.edges).toEqual([{ node: { fileName: 'crack.jpg' } }]);
});

it('refuses bad metadata with BAD_USER_INPUT naming the field, writing nothing', async () => {
  const before = [await stored(acme), await stored(globex)];
  const refusals: [Record<string, unknown>, string][] = [
    [{ storageKey: `${globex.id}/project/x/site-plan.pdf` }, 'storageKey'], // another tenant's prefix
    [{ storageKey: 'project/x/site-plan.pdf' }, 'storageKey'],
    [{ storageKey: acme.id }, 'storageKey'],
    [{ storageKey: `${acme.id}/` }, 'storageKey'],
    [{ storageKey: `${acme.id}/project/../../${globex.id}/x.pdf` }, 'storageKey'],
    [{ storageKey: `${acme.id}/project//x.pdf` }, 'storageKey'],
    [{ storageKey: `${acme.id}/${'k'.repeat(1024)}` }, 'storageKey'],
    [{ sizeBytes: 0 }, 'sizeBytes'],
    [{ sizeBytes: 100 * 1024 * 1024 + 1 }, 'sizeBytes'],
    [{ contentType: 'text/html' }, 'contentType'],
    [{ contentType: 'image/svg+xml' }, 'contentType'],
    [{ contentType: 'application/x-msdownload' }, 'contentType'],
    [{ fileName: '  ' }, 'fileName'],
    [{ fileName: '../etc/passwd' }, 'fileName'],
    [{ fileName: 'x'.repeat(256) }, 'fileName'],
    [{ checksum: 'abc' }, 'checksum'],
    [{ entityId: globex.projects[0]!.id }, 'entityId'], // another tenant's row
    [{ entityType: 'VENDOR', entityId: randomUUID() }, 'entityId'],
  ];
  for (const [overrides, field] of refusals) {
    const res = await register(acme, acme.member, overrides);
    expect({ overrides, extensions: res.errors?.[0]?.extensions }).toMatchObject({ overrides, extensions: { code: 'BAD_USER_INPUT', field } });
  }
  expect([await stored(acme), await stored(globex)]).toEqual(before);
});

it('registers a storage key once, even when two registrations race', async () => {
  const storageKey = `${acme.id}/project/${randomUUID()}/photo.jpg`;
  const results = await Promise.all([1, 2].map(() => register(acme, acme.member, { storageKey, contentType: 'image/jpeg' })));
  expect(results.filter((r) => r.data?.registerAttachment)).toHaveLength(1);
  expect(results.flatMap((r) => r.errors ?? [])).toEqual([
    expect.objectContaining({ message: 'An attachment with this storageKey is already registered.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'storageKey' }) }),
  ]);
  expect(await attachments().countDocuments({ tenant_id: acme.id, storage_key: storageKey })).toBe(1);
});

describe('deleteAttachment', () => {
  it('deletes the uploader\'s own in one command; it is gone from the row\'s attachments at once', async () => {
    const { id } = (await register(acme, acme.member, { fileName: 'old-plan.pdf' })).data!.registerAttachment;
    const token = await gw.tokenFor(acme.member);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id }, token);
    mongo.restore();
    expect(res).toMatchObject({ data: { deleteAttachment: id } });
    expect(mongo.commands).toEqual(['findAndModify']);
    const read = await gw.query(ATTACHMENTS, { id: acme.projects[0]!.id }, token);
    expect(read.data!.project.attachments.edges.map((e: any) => e.node.id)).not.toContain(id);
    expect(await gw.query(DELETE, { id }, token)).toMatchObject({ data: { deleteAttachment: null } });
  });

  it('is FORBIDDEN to other members, allowed to admins, and another tenant\'s attachment does not exist for the caller', async () => {
    const { id } = (await register(acme, acme.admin)).data!.registerAttachment;
    const byMember = await gw.query(DELETE, { id }, await gw.tokenFor(acme.member));
    expect(byMember.errors?.[0]).toMatchObject({ message: 'Only its uploader or an admin may delete an attachment.', extensions: { code: 'FORBIDDEN' } });
    expect(await gw.query(DELETE, { id }, await gw.tokenFor(globex.admin))).toMatchObject({ data: { deleteAttachment: null } });
    expect(await attachments().countDocuments({ _id: new ObjectId(id) })).toBe(1);

    const ofMember = (await register(acme, acme.member)).data!.registerAttachment;
    expect(await gw.query(DELETE, { id: ofMember.id }, await gw.tokenFor(acme.admin))).toMatchObject({ data: { deleteAttachment: ofMember.id } });
    const malformed = await gw.query(DELETE, { id: 'nope' }, await gw.tokenFor(acme.admin));
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
