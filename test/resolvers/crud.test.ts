import { createTenant, createVendor, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/** Create, update and delete by role, with versions, idempotency keys and purchase-order moves. */
let gw: TestGateway;
let acme: FixtureTenant;
let admin: string;
let member: string;
let vendorId: string;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'crud', 1);
  admin = await gw.tokenFor(acme.admin);
  member = await gw.tokenFor(acme.member);
  vendorId = await createVendor(gw.backends.pg, acme, 'Steelworks');
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
const count = async (table: string) =>
  (await gw.backends.pg.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [acme.id])).rows[0].n as number;

describe('idempotency keys', () => {
  const CREATE = `mutation($key: String) { createTask(input: { projectId: "${'$'}{PROJECT}", title: "Once" }, idempotencyKey: $key) { id title } }`;
  const create = (key: string, token = member) =>
    gw.query(CREATE.replace('${PROJECT}', acme.projects[0]!.id), { key }, token);

  it('create once for a retried request, concurrent retries included', async () => {
    const before = await count('tasks');
    const [a, b] = await Promise.all([create('task-once-1'), create('task-once-1')]);
    const retried = await create('task-once-1');
    expect(a.errors ?? b.errors ?? retried.errors).toBeUndefined();
    expect(new Set([a, b, retried].map((res) => res.data!.createTask.id)).size).toBe(1);
    expect(await count('tasks')).toBe(before + 1);
    expect(await count('entity_outbox')).toBeGreaterThan(0);
    const { rows } = await gw.backends.pg.query("SELECT count(*)::int AS n FROM entity_outbox WHERE entity_type = 'task' AND entity_id = $1", [a.data!.createTask.id]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a key used for another kind of row', async () => {
    await create('shared-key');
    const res = await gw.query(`mutation { createVendor(input: { name: "Other" }, idempotencyKey: "shared-key") { id } }`, {}, admin);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' } });
  });
});

describe('optimistic concurrency', () => {
  it('changes a row only at the version the client read, CONFLICT otherwise', async () => {
    const project = acme.projects[0]!;
    const read = await gw.query(`query($id: ID!) { project(id: $id) { version } }`, { id: project.id }, admin);
    const version = read.data!.project.version as number;
    const UPDATE = `mutation($id: ID!, $v: Int, $name: String!) { updateProject(id: $id, input: { name: $name }, expectedVersion: $v) { name version } }`;
    const ok = await gw.query(UPDATE, { id: project.id, v: version, name: 'Kept' }, admin);
    expect(ok.data).toEqual({ updateProject: { name: 'Kept', version: version + 1 } });
    const stale = await gw.query(UPDATE, { id: project.id, v: version, name: 'Lost' }, admin);
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'expectedVersion', currentVersion: version + 1 } });
    const { rows } = await gw.backends.pg.query('SELECT name FROM projects WHERE id = $1', [project.id]);
    expect(rows[0].name).toBe('Kept');
    const staleDelete = await gw.query(`mutation($id: ID!) { deleteProject(id: $id, expectedVersion: 1) }`, { id: project.id }, admin);
    expect(codeOf(staleDelete)).toBe('CONFLICT');
  });
});

describe('who may write what', () => {
  const cases: [string, 'admin' | 'member', boolean, string][] = [
    ['createProject', 'admin', true, `mutation { createProject(input: { code: "C-%", name: "New" }) { id } }`],
    ['createProject', 'member', false, `mutation { createProject(input: { code: "C-%", name: "New" }) { id } }`],
    ['createAsset', 'admin', true, `mutation { createAsset(input: { tag: "A-%", name: "Crane", category: "heavy" }) { id } }`],
    ['createAsset', 'member', false, `mutation { createAsset(input: { tag: "A-%", name: "Crane", category: "heavy" }) { id } }`],
    ['createVendor', 'member', false, `mutation { createVendor(input: { name: "V-%" }) { id } }`],
    ['createTask', 'member', true, `mutation { createTask(input: { projectId: "PROJECT", title: "T-%" }) { id } }`],
  ];
  let serial = 0;

  it.each(cases)('%s by a user with role %s: allowed %s', async (_name, role, allowed, mutation) => {
    const query = mutation.replace('%', String(++serial)).replace('PROJECT', acme.projects[0]!.id);
    const res = await gw.query(query, {}, role === 'admin' ? admin : member);
    if (allowed) expect(res.errors).toBeUndefined();
    else expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('lets members change tasks but only admins delete them', async () => {
    const task = await gw.query(`mutation($p: ID!) { createTask(input: { projectId: $p, title: "Dig" }) { id } }`, { p: acme.projects[0]!.id }, member);
    const id = task.data!.createTask.id;
    expect((await gw.query(`mutation($id: ID!) { updateTask(id: $id, input: { status: DONE }) { status } }`, { id }, member)).data)
      .toEqual({ updateTask: { status: 'DONE' } });
    expect(codeOf(await gw.query(`mutation($id: ID!) { deleteTask(id: $id) }`, { id }, member))).toBe('FORBIDDEN');
    expect((await gw.query(`mutation($id: ID!) { deleteTask(id: $id) }`, { id }, admin)).data).toEqual({ deleteTask: id });
  });

  it('refuses to delete a vendor that purchase orders still refer to, naming why', async () => {
    await gw.query(`mutation($v: ID!) { createPurchaseOrder(input: { vendorId: $v, number: "PO-KEEP", totalAmount: "1.00" }) { id } }`, { v: vendorId }, member);
    const res = await gw.query(`mutation($id: ID!) { deleteVendor(id: $id) }`, { id: vendorId }, admin);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('still referred to'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('purchase-order status', () => {
  const createOrder = async (number: string, status = 'DRAFT') => {
    const res = await gw.query(`mutation($v: ID!, $n: String!, $s: PurchaseOrderStatus) {
      createPurchaseOrder(input: { vendorId: $v, number: $n, totalAmount: "10.00", status: $s }) { id } }`, { v: vendorId, n: number, s: status }, member);
    return res.data!.createPurchaseOrder.id as string;
  };
  const move = (id: string, status: string, token: string) =>
    gw.query(`mutation($id: ID!, $s: PurchaseOrderStatus!) { updatePurchaseOrder(id: $id, input: { status: $s }) { status } }`, { id, s: status }, token);

  it('moves along its transitions, approval by admins only', async () => {
    const id = await createOrder('PO-FLOW');
    expect((await move(id, 'SUBMITTED', member)).data).toEqual({ updatePurchaseOrder: { status: 'SUBMITTED' } });
    expect(codeOf(await move(id, 'APPROVED', member))).toBe('FORBIDDEN');
    expect((await move(id, 'APPROVED', admin)).data).toEqual({ updatePurchaseOrder: { status: 'APPROVED' } });
    expect((await move(id, 'RECEIVED', member)).data).toEqual({ updatePurchaseOrder: { status: 'RECEIVED' } });
    const back = await move(id, 'DRAFT', admin);
    expect(back.errors?.[0]).toMatchObject({ message: 'A purchase order cannot move from RECEIVED to DRAFT.', extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
  });

  it('refuses a value PostgreSQL cannot hold (a currency of eight characters) as BAD_USER_INPUT', async () => {
    const res = await gw.query(`mutation($v: ID!) { createPurchaseOrder(input: { vendorId: $v, number: "PO-LONG", totalAmount: "1.00", currency: "<script>" }) { id } }`, { v: vendorId }, member);
    expect(res.errors?.[0]).toMatchObject({ message: 'Invalid value for PurchaseOrder.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('starts as a draft or submitted, never approved', async () => {
    const res = await gw.query(`mutation($v: ID!) { createPurchaseOrder(input: { vendorId: $v, number: "PO-SKIP", totalAmount: "1.00", status: APPROVED }) { id } }`, { v: vendorId }, admin);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
  });
});
