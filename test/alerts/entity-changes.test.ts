import type { Db } from 'mongodb';
import { evaluateChanges } from '../../src/alerts/evaluate';
import { createTasks, createTenant, createVendor, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, startTestGateway, type TestGateway } from '../support/gateway';
import { pendingChanges } from '../support/outbox';
import { connect, eventually, listening, listeners, ADDED } from '../live/support';
import { insertAlertConfig, notificationsOf, outboxRows } from './support';

/**
 * Alert configs evaluated on entity changes by the outbox relay: a matching rule notifies its
 * owner once per change, on its channels, whoever wrote the change, however often the batch is
 * evaluated; disabled configs and other tenants' configs never fire.
 */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;
let tokens: { admin: string; member: string; globex: string };
let vendors: { acme: string; globex: string };
const COLLECTIONS = ['user_alert_config', 'user_favorite', 'notification_delivery', 'entity_changelog', 'field_audit_log'];

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'alerts', 2);
  globex = await createTenant(gw.backends.pg, 'alerts-other', 1);
  tokens = { admin: await gw.tokenFor(acme.admin), member: await gw.tokenFor(acme.member), globex: await gw.tokenFor(globex.admin) };
  vendors = { acme: await createVendor(gw.backends.pg, acme, 'Steel'), globex: await createVendor(gw.backends.pg, globex, 'Steel') };
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await Promise.all(COLLECTIONS.map((name) => db.collection(name).deleteMany({ tenant_id: tenant.id })));
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

beforeEach(async () => {
  for (const tenant of [acme, globex]) {
    await Promise.all(['user_alert_config', 'user_favorite', 'notification_delivery'].map((name) => db.collection(name).deleteMany({ tenant_id: tenant.id })));
  }
});

/** Once the relay has moved every change of both tenants. */
const relayed = () => eventually(async () => (await pendingChanges(gw.backends.pg, acme.id)) + (await pendingChanges(gw.backends.pg, globex.id)) === 0);

let orders = 0;
async function createOrder(token: string, vendorId: string, totalAmount: string): Promise<string> {
  const result = await gw.query('mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id } }',
    { input: { vendorId, number: `PO-${++orders}-${Date.now()}`, totalAmount } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.createPurchaseOrder.id;
}

async function updateOrder(token: string, id: string, input: Record<string, unknown>) {
  const result = await gw.query('mutation($id: ID!, $input: UpdatePurchaseOrderInput!) { updatePurchaseOrder(id: $id, input: $input) { id } }', { id, input }, token);
  expect(result.errors).toBeUndefined();
}

const recipients = (docs: Record<string, any>[]) => docs.map((doc) => doc.recipient_id);

describe('a rule that matches', () => {
  it('notifies exactly once: its owner only, on its channels, with the change it is about', async () => {
    const created = await gw.query('mutation($input: AlertConfigInput!) { createAlertConfig(input: $input) { id } }', {
      input: { name: 'Big orders', metric: 'purchase_order.total_amount', condition: 'ABOVE', threshold: 10000, channels: ['IN_APP', 'EMAIL'] },
    }, tokens.member);
    expect(created.errors).toBeUndefined();
    await insertAlertConfig(db, acme.id, acme.admin.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000, enabled: false });
    await insertAlertConfig(db, globex.id, globex.admin.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000 });
    // Written half-formed by some other service: skipped, and it holds up nothing.
    await db.collection('user_alert_config').insertOne({
      tenant_id: acme.id, user_id: acme.admin.id, metric: 'purchase_order.total_amount', condition: 'above', threshold: 1, enabled: true,
    });

    const order = await createOrder(tokens.admin, vendors.acme, '12000.50');
    await relayed();
    const [notification, ...others] = await notificationsOf(db, acme.id);
    expect(others).toHaveLength(0);
    expect(notification).toMatchObject({
      recipient_id: acme.member.id, sender_id: acme.admin.id, title: 'Big orders', channels: ['in_app', 'email'], status: 'sent',
      entity_type: 'purchase_order', entity_id: order, body: expect.stringContaining('12000.50 USD, is above 10000'),
    });
    expect(await notificationsOf(db, globex.id)).toEqual([]); // the other tenant's config never sees acme's orders

    // The relay runs over the same rows again (a batch retried after its marking failed): nothing new.
    await gw.backends.pg.query('UPDATE entity_outbox SET relayed_at = NULL WHERE tenant_id = $1', [acme.id]);
    await relayed();
    expect((await notificationsOf(db, acme.id)).map((doc) => doc._id)).toEqual([notification!._id]);

    // Two instances evaluating the same changes at once write one notification between them.
    await db.collection('notification_delivery').deleteMany({ tenant_id: acme.id });
    const rows = await outboxRows(gw.backends.pg, [acme.id]);
    const [first, second] = await Promise.all([evaluateChanges({ mongo: db }, rows), evaluateChanges({ mongo: db }, rows)]);
    expect(first!.length + second!.length).toBe(1);
    expect((await notificationsOf(db, acme.id)).map((doc) => doc._id)).toEqual([notification!._id]);
  });

  it("notifies the other tenant's owner of its own tenant's change, and nobody in acme", async () => {
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000 });
    await insertAlertConfig(db, globex.id, globex.admin.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000 });
    await createOrder(tokens.globex, vendors.globex, '50000.00');
    await relayed();
    expect(recipients(await notificationsOf(db, globex.id))).toEqual([globex.admin.id]);
    expect(await notificationsOf(db, acme.id)).toEqual([]);
  });

  it('is delivered live to its owner', async () => {
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000, name: 'Live' });
    const before = await listeners(gw.url, 'added');
    const socket = connect(gw.url, tokens.member);
    try {
      const feed = socket.subscribe(ADDED);
      await listening(gw.url, 'added', before + 1);
      await createOrder(tokens.admin, vendors.acme, '10000.01');
      const [received] = await feed.waitFor(1);
      expect(received!.data.notificationAdded).toMatchObject({ title: 'Live', recipient: { id: acme.member.id } });
      expect(await feed.quietFor(400)).toEqual([]);
    } finally {
      socket.dispose();
    }
  });
});

describe('thresholds', () => {
  it('fire when a change crosses them: not below, not again for an order already above', async () => {
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'purchase_order.total_amount', condition: 'above', threshold: 10000 });
    const above = await createOrder(tokens.admin, vendors.acme, '12000.00');
    const below = await createOrder(tokens.admin, vendors.acme, '5000.00');
    await relayed();
    expect((await notificationsOf(db, acme.id)).map((doc) => doc.entity_id)).toEqual([above]);

    await updateOrder(tokens.admin, above, { status: 'SUBMITTED' }); // an unrelated edit
    await updateOrder(tokens.admin, above, { totalAmount: '15000.00' }); // still above
    await updateOrder(tokens.admin, below, { totalAmount: '10000.00' }); // equal is not above
    await relayed();
    expect(await notificationsOf(db, acme.id)).toHaveLength(1);

    await updateOrder(tokens.admin, below, { totalAmount: '10000.01' }); // crosses
    await updateOrder(tokens.admin, above, { totalAmount: '9000.00' });
    await updateOrder(tokens.admin, above, { totalAmount: '11000.00' }); // back over: a new crossing
    await relayed();
    // (Alerts of one relayed batch share their time, so the set is the contract, not the order.)
    expect((await notificationsOf(db, acme.id)).map((doc) => doc.entity_id).sort()).toEqual([above, below, above].sort());
  });

  it('below and changed fire on their own terms', async () => {
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'purchase_order.total_amount', condition: 'below', threshold: 100 });
    await insertAlertConfig(db, acme.id, acme.admin.id, { metric: 'purchase_order.total_amount', condition: 'changed' });
    const order = await createOrder(tokens.admin, vendors.acme, '500.00'); // admin: created
    await updateOrder(tokens.admin, order, { totalAmount: '50.00' }); // member: crossed below; admin: changed
    await updateOrder(tokens.admin, order, { status: 'SUBMITTED' }); // neither
    await relayed();
    expect(recipients(await notificationsOf(db, acme.id)).sort()).toEqual([acme.admin.id, acme.admin.id, acme.member.id].sort());
  });
});

describe('assigned to me', () => {
  it("notifies the new assignee's config only, whoever wrote the change", async () => {
    const project = acme.projects[0]!;
    const [task] = await createTasks(gw.backends.pg, acme, project.id, 1); // assigned to the member, unaudited
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'task.assigned_to_me', condition: 'changed', channels: ['push'] });
    await insertAlertConfig(db, acme.id, acme.admin.id, { metric: 'task.assigned_to_me', condition: 'changed' });
    const UPDATE = 'mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id } }';
    expect((await gw.query(UPDATE, { id: task, input: { assigneeId: acme.admin.id } }, tokens.admin)).errors).toBeUndefined();
    expect((await gw.query(UPDATE, { id: task, input: { title: 'Renamed' } }, tokens.admin)).errors).toBeUndefined();
    await gw.backends.pg.query('UPDATE tasks SET assignee_id = $1 WHERE id = $2', [acme.member.id, task]); // another writer
    const created = await gw.query('mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }',
      { input: { projectId: project.id, title: 'New one', assigneeId: acme.member.id } }, tokens.admin);
    expect(created.errors).toBeUndefined();
    await relayed();
    const docs = await notificationsOf(db, acme.id);
    // (Which of the last two the relay wrote first depends on its batches: the set is the contract.)
    expect(docs.map((doc) => [doc.recipient_id, doc.channels, doc.entity_id])).toHaveLength(3);
    expect(docs.map((doc) => [doc.recipient_id, doc.channels, doc.entity_id])).toEqual(expect.arrayContaining([
      [acme.admin.id, ['in_app'], task], [acme.member.id, ['push'], task], [acme.member.id, ['push'], created.data!.createTask.id],
    ]));
    expect(docs.find((doc) => doc.recipient_id === acme.admin.id)!.body).toBe('Task "task 0" is now assigned to you.');
  });
});

describe('status changed on a row I follow', () => {
  it("notifies those who bookmarked the row, not those who did not, and not for other edits", async () => {
    const project = acme.projects[1]!;
    const toggled = await gw.query('mutation($input: FavoriteInput!) { toggleFavorite(input: $input) { active } }',
      { input: { kind: 'BOOKMARK', entityType: 'PROJECT', entityId: project.id } }, tokens.member);
    expect(toggled.data).toEqual({ toggleFavorite: { active: true } });
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'followed.status_changed', condition: 'changed' });
    await insertAlertConfig(db, acme.id, acme.admin.id, { metric: 'followed.status_changed', condition: 'changed' });
    await gw.backends.pg.query("UPDATE projects SET name = 'Renamed' WHERE id = $1", [project.id]);
    await gw.backends.pg.query("UPDATE projects SET status = 'ACTIVE' WHERE id = $1", [project.id]);
    await relayed();
    const docs = await notificationsOf(db, acme.id);
    expect(docs.map((doc) => [doc.recipient_id, doc.entity_type, doc.entity_id])).toEqual([[acme.member.id, 'project', project.id]]);
    expect(docs[0]!.body).toBe('Project "Renamed", which you follow, changed status from PLANNED to ACTIVE.');
  });
});

describe('round trips', () => {
  it('costs one find of configs, one of bookmarks and one insert per batch, whatever its size', async () => {
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'purchase_order.total_amount', condition: 'changed' });
    await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'followed.status_changed', condition: 'changed' });
    await insertAlertConfig(db, globex.id, globex.admin.id, { metric: 'purchase_order.total_amount', condition: 'changed' });
    const rows = await outboxRows(gw.backends.pg, [acme.id, globex.id]); // every change of the tests above
    const counted = countMongoCommands(gw.backends.mongoClient);
    try {
      const written = await evaluateChanges({ mongo: db }, rows);
      expect(new Set(written.map((doc) => doc.tenant_id))).toEqual(new Set([acme.id, globex.id]));
      expect(counted.commands).toEqual(['find', 'find', 'insert']);
      counted.reset();
      await evaluateChanges({ mongo: db }, rows.filter((row) => row.entity_type === 'project' && !row.changed_fields.includes('status')));
      expect(counted.commands).toEqual([]); // no change any config could match: no command at all
    } finally {
      counted.restore();
    }
  });
});
