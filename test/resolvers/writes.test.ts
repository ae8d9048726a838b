import { createTasks, createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'writes', 2);
  globex = await createTenant(gw.backends.pg, 'writes-other', 1);
  token = await gw.tokenFor(acme.admin);
});

afterAll(async () => {
  for (const name of ['entity_changelog', 'field_audit_log']) {
    await gw.backends.mongo.collection(name).deleteMany({ tenant_id: { $in: [acme.id, globex.id] } });
  }
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const docsFor = (collection: string, entityId: string) =>
  gw.backends.mongo.collection(collection).find({ entity_id: entityId }).sort({ changed_at: 1 }).toArray();

describe('relational writes', () => {
  it('updates PostgreSQL and records the change (before/after, who) and a field audit', async () => {
    const project = acme.projects[0]!;
    const res = await gw.query(`mutation { updateProject(id: "${project.id}", input: { status: ACTIVE, budget: "25000.00", name: "Renamed" }) {
      name status budget changelog(first: 1) { totalCount edges { node { operation oldValue newValue changedBy { id } } } }
      fieldAudits { edges { node { field oldValue newValue } } } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const updated = res.data!.updateProject;
    expect(updated).toMatchObject({ name: 'Renamed', status: 'ACTIVE', budget: '25000.00' });
    expect(updated.changelog.totalCount).toBe(1);
    expect(updated.changelog.edges[0].node).toMatchObject({
      operation: 'UPDATE', changedBy: { id: acme.admin.id },
      oldValue: expect.objectContaining({ status: 'PLANNED', budget: '0.00', name: project.name }),
      newValue: expect.objectContaining({ status: 'ACTIVE', budget: '25000.00', name: 'Renamed' }),
    });
    expect(updated.fieldAudits.edges.map((e: any) => e.node).sort((a: any, b: any) => a.field.localeCompare(b.field))).toEqual([
      { field: 'budget', oldValue: '0.00', newValue: '25000.00' },
      { field: 'status', oldValue: 'PLANNED', newValue: 'ACTIVE' },
    ]);
    const { rows } = await gw.backends.pg.query('SELECT status, budget FROM projects WHERE id = $1', [project.id]);
    expect(rows[0]).toEqual({ status: 'ACTIVE', budget: '25000.00' });
  });

  it('creates a task and logs an INSERT', async () => {
    // Selecting its changelog makes the mutation wait for the relay: the answer shows the INSERT.
    const res = await gw.query(`mutation($input: CreateTaskInput!) { createTask(input: $input) {
      id title priority assignee { id } project { id } changelog(first: 1) { totalCount } } }`,
      { input: { projectId: acme.projects[1]!.id, title: 'Pour concrete', assigneeId: acme.member.id, priority: 'HIGH' } }, token);
    expect(res.errors).toBeUndefined();
    const task = res.data!.createTask;
    expect(task).toMatchObject({
      title: 'Pour concrete', priority: 'HIGH', assignee: { id: acme.member.id }, project: { id: acme.projects[1]!.id }, changelog: { totalCount: 1 },
    });
    const [change] = await docsFor('entity_changelog', task.id);
    expect(change).toMatchObject({ tenant_id: acme.id, entity_type: 'task', operation: 'INSERT', old_value: null, changed_by: acme.admin.id });
  });

  it("refuses references to another tenant's rows and writes nothing", async () => {
    const before = await gw.backends.pg.query('SELECT count(*)::int AS n FROM tasks WHERE tenant_id = $1', [acme.id]);
    const res = await gw.query(`mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { projectId: acme.projects[0]!.id, title: 'Sneaky', assigneeId: globex.admin.id } }, token);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'assigneeId' } });
    const after = await gw.backends.pg.query('SELECT count(*)::int AS n FROM tasks WHERE tenant_id = $1', [acme.id]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("answers null for another tenant's row and leaves it untouched", async () => {
    const [foreignTask] = await createTasks(gw.backends.pg, globex, globex.projects[0]!.id, 1);
    const res = await gw.query(`mutation { updateTask(id: "${foreignTask}", input: { status: DONE }) { id } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateTask).toBeNull();
    const { rows } = await gw.backends.pg.query('SELECT status FROM tasks WHERE id = $1', [foreignTask]);
    expect(rows[0].status).toBe('TODO');
    const { rows: changes } = await gw.backends.pg.query('SELECT operation FROM entity_outbox WHERE entity_id = $1', [foreignTask]);
    expect(changes).toEqual([]);
  });

  it('rejects bad input with BAD_USER_INPUT: null for a required field, bad money, blank title, duplicate number', async () => {
    const [taskId] = await createTasks(gw.backends.pg, acme, acme.projects[0]!.id, 1);
    const vendor = await gw.backends.pg.query(`INSERT INTO vendors (tenant_id, name) VALUES ($1, 'V') RETURNING id`, [acme.id]);
    const po = (number: string) => gw.query(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }`,
      { input: { vendorId: vendor.rows[0].id, number, totalAmount: '10.00' } }, token);
    expect((await po('PO-1')).errors).toBeUndefined();
    const failures = [
      await gw.query(`mutation { updateTask(id: "${taskId}", input: { status: null }) { id } }`, {}, token),
      await gw.query(`mutation { updateProject(id: "${acme.projects[0]!.id}", input: { budget: "lots" }) { id } }`, {}, token),
      await gw.query(`mutation { updateProject(id: "${acme.projects[0]!.id}", input: { budget: "-5" }) { id } }`, {}, token),
      await gw.query(`mutation { updateTask(id: "${taskId}", input: { title: "  " }) { id } }`, {}, token),
      await po('PO-1'),
    ];
    expect(failures[2]!.errors?.[0]).toMatchObject({ message: 'Invalid budget for Project.', extensions: { field: 'budget' } });
    expect(failures[4]!.errors?.[0]?.message).toBe('A PurchaseOrder with the same number already exists.');
    for (const res of failures) {
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res)).not.toMatch(/at .*\.(ts|js)|violates/);
    }
  });
});
