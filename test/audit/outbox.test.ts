import type { Pool } from 'pg';
import { encodeCursor } from '../../src/pagination';
import { OutboxStore } from '../../src/stores/outbox';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { connect, eventually } from '../live/support';
import { pendingChanges } from '../support/outbox';

/**
 * The outbox contract: one change record per committed change, by this gateway or any other
 * writer, none for a change that rolled back; from it the changelog, the live event and the
 * cache invalidation.
 */
let gw: TestGateway;
let acme: FixtureTenant;
let admin: string;
const sockets: { dispose(): void }[] = [];

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'outbox', 2);
  admin = await gw.tokenFor(acme.admin);
});

afterAll(async () => {
  for (const socket of sockets) socket.dispose();
  for (const name of ['entity_changelog', 'field_audit_log']) await gw.backends.mongo.collection(name).deleteMany({ tenant_id: acme.id });
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

/** Waits until the relay has moved every change of the tenant, then returns its changelog for one row, oldest first. */
async function relayedChangelog(pool: Pool, gateway: TestGateway, tenantId: string, entityId: string) {
  await eventually(async () => (await pendingChanges(pool, tenantId)) === 0);
  return gateway.backends.mongo.collection('entity_changelog').find({ tenant_id: tenantId, entity_id: entityId }).sort({ changed_at: 1, _id: 1 }).toArray();
}

/** A cursor just before now: a subscription with it replays whatever it might have missed while it was being set up. */
const justBefore = () => encodeCursor({ at: new Date(Date.now() - 1_000), id: '000000000000000000000000' });

const RENAME = 'mutation($id: ID!, $name: String!) { updateProject(id: $id, input: { name: $name }) { name version } }';

describe('the outbox', () => {
  it('records exactly one change per committed mutation and none for one that failed', async () => {
    const project = acme.projects[0]!;
    expect((await gw.query(RENAME, { id: project.id, name: 'First' }, admin)).data).toEqual({ updateProject: { name: 'First', version: 2 } });
    expect((await gw.query(RENAME, { id: project.id, name: 'Second' }, admin)).data).toEqual({ updateProject: { name: 'Second', version: 3 } });
    const refused = await gw.query(`mutation($id: ID!) { updateProject(id: $id, input: { budget: "-1" }) { name } }`, { id: project.id }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unchanged = await gw.query(RENAME, { id: project.id, name: 'Second' }, admin); // changes nothing
    expect(unchanged.data).toEqual({ updateProject: { name: 'Second', version: 3 } });

    const changes = await relayedChangelog(gw.backends.pg, gw, acme.id, project.id);
    expect(changes.map((c) => [c.operation, (c.new_value as { name: string }).name, c.changed_by, c.version, c.changed_fields]))
      .toEqual([['UPDATE', 'First', acme.admin.id, 2, ['name']], ['UPDATE', 'Second', acme.admin.id, 3, ['name']]]);
  });

  it('records a change made with plain SQL by another writer, and rolls back with it', async () => {
    const project = acme.projects[1]!;
    const client = await gw.backends.pg.connect();
    try {
      await client.query('BEGIN');
      await client.query("UPDATE projects SET name = 'Never' WHERE id = $1", [project.id]);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    await gw.backends.pg.query("UPDATE projects SET status = 'ON_HOLD', budget = 12.5 WHERE id = $1", [project.id]);
    const changes = await relayedChangelog(gw.backends.pg, gw, acme.id, project.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      operation: 'UPDATE', changed_by: null, changed_fields: ['budget', 'status'],
      old_value: expect.objectContaining({ status: 'PLANNED', budget: '0.00' }),
      new_value: expect.objectContaining({ status: 'ON_HOLD', budget: '12.50' }), // money stays exact
    });
    const audits = await gw.backends.mongo.collection('field_audit_log').find({ entity_id: project.id }).toArray();
    expect(audits.map((a) => a.field).sort()).toEqual(['budget', 'status']);
  });

  it("brings another writer's change to the row's subscribers and drops the reports computed from its table", async () => {
    const [{ id: vendorId }] = (await gw.backends.pg.query(`INSERT INTO vendors (tenant_id, name) VALUES ($1, 'Acme Steel') RETURNING id`, [acme.id])).rows;
    const socket = connect(gw.url, admin);
    sockets.push(socket);
    await socket.connected;
    const feed = socket.subscribe(
      'subscription($id: ID!, $after: String) { entityChanged(entityType: VENDOR, entityId: $id, after: $after) { operation newValue changedBy { id } } }',
      { id: vendorId, after: justBefore() },
    );
    const REPORT = '{ report(type: "vendor-spend") { source } }';
    // The INSERT is a change too: relayed, it drops the report; relayed before the report is read,
    // it cannot drop the entry the next line fills.
    await eventually(async () => (await pendingChanges(gw.backends.pg, acme.id)) === 0);
    await gw.query(REPORT, {}, admin);
    expect((await gw.query(REPORT, {}, admin)).data!.report.source).toBe('REDIS');

    await gw.backends.pg.query("UPDATE vendors SET name = 'Acme Steel & Iron' WHERE id = $1", [vendorId]);
    const [, renamed] = await feed.waitFor(2); // the INSERT (replayed or live), then the rename
    expect(renamed!.data!.entityChanged).toEqual({ operation: 'UPDATE', newValue: expect.objectContaining({ name: 'Acme Steel & Iron' }), changedBy: null });
    await eventually(async () => (await gw.query(REPORT, {}, admin)).data!.report.source === 'COMPUTED');
  });

  it('records a DELETE with the row as it was', async () => {
    const created = await gw.query(`mutation { createVendor(input: { name: "Short-lived" }) { id } }`, {}, admin);
    const id = created.data!.createVendor.id;
    expect((await gw.query(`mutation($id: ID!) { deleteVendor(id: $id) }`, { id }, admin)).data).toEqual({ deleteVendor: id });
    expect((await gw.query(`mutation($id: ID!) { deleteVendor(id: $id) }`, { id }, admin)).data).toEqual({ deleteVendor: null });
    const changes = await relayedChangelog(gw.backends.pg, gw, acme.id, id);
    expect(changes.map((c) => c.operation)).toEqual(['INSERT', 'DELETE']);
    expect(changes[1]).toMatchObject({ old_value: expect.objectContaining({ name: 'Short-lived' }), new_value: null, changed_by: acme.admin.id });
  });

  it('follows every change of a type for admins, and refuses members', async () => {
    const socket = connect(gw.url, admin);
    sockets.push(socket);
    await socket.connected;
    const feed = socket.subscribe('subscription($after: String) { entityChanged(entityType: TASK, after: $after) { operation entityId } }', { after: justBefore() });
    const task = await gw.query(`mutation($p: ID!) { createTask(input: { projectId: $p, title: "Survey" }) { id } }`, { p: acme.projects[0]!.id }, admin);
    const [first] = await feed.waitFor(1);
    expect(first!.data!.entityChanged).toEqual({ operation: 'INSERT', entityId: task.data!.createTask.id });

    const member = connect(gw.url, await gw.tokenFor(acme.member));
    sockets.push(member);
    await member.connected;
    const refused = member.subscribe('subscription { entityChanged(entityType: TASK) { operation } }');
    const [result] = await refused.waitFor(1);
    expect(result!.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('prunes relayed rows past their keep time, never pending ones, and old idempotency keys', async () => {
    const pg = gw.backends.pg;
    const old = new Date(Date.now() - 2 * 3600_000);
    const insert = (relayedAt: Date | null) => pg.query(
      `INSERT INTO entity_outbox (tenant_id, entity_type, entity_id, operation, changed_at, relayed_at)
       VALUES ($1, 'project', $2, 'UPDATE', $3, $4) RETURNING id`, [acme.id, acme.projects[0]!.id, old, relayedAt]);
    const relayedLongAgo = (await insert(old)).rows[0].id;
    const relayedJustNow = (await insert(new Date())).rows[0].id;
    await pg.query(`INSERT INTO idempotency_keys (tenant_id, key, entity_type, entity_id, created_at) VALUES ($1, 'stale-key', 'project', $2, $3)`,
      [acme.id, acme.projects[0]!.id, new Date(Date.now() - 25 * 3600_000)]);
    const client = await pg.connect();
    try {
      await new OutboxStore(client).prune(3600_000, 24 * 3600_000);
    } finally {
      client.release();
    }
    const { rows } = await pg.query('SELECT id::text FROM entity_outbox WHERE id = ANY($1::bigint[])', [[relayedLongAgo, relayedJustNow]]);
    expect(rows.map((r) => r.id)).toEqual([relayedJustNow]);
    expect((await pg.query(`SELECT 1 FROM idempotency_keys WHERE key = 'stale-key'`)).rowCount).toBe(0);
  });
});
