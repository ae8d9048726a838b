import { randomUUID } from 'node:crypto';
import { createTenant, createVendor, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { pendingChanges } from '../support/outbox';
import { eventually } from '../live/support';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

const REPORT = `query($type: String!, $params: JSON) { report(type: $type, params: $params) { type params data source generatedAt expiresAt } }`;

async function order(tenant: FixtureTenant, vendorId: string, amount: string, status = 'APPROVED') {
  await gw.backends.pg.query(
    `INSERT INTO purchase_orders (id, tenant_id, vendor_id, number, total_amount, status, ordered_on) VALUES ($1, $2, $3, $4, $5, $6, '2026-03-01')`,
    [randomUUID(), tenant.id, vendorId, `PO-${randomUUID().slice(0, 8)}`, amount, status],
  );
}

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'report', 1);
  globex = await createTenant(gw.backends.pg, 'report-other', 1);
  await order(acme, await createVendor(gw.backends.pg, acme, 'Steel'), '1200.50');
  await order(globex, await createVendor(gw.backends.pg, globex, 'Steel'), '99.00');
  // Those orders are changes: once relayed they invalidate the tenants' reports. Relayed before
  // the tests read, they cannot drop an entry a test has just filled.
  await eventually(async () => (await pendingChanges(gw.backends.pg, acme.id)) + (await pendingChanges(gw.backends.pg, globex.id)) === 0);
});

afterAll(async () => {
  for (const t of [acme, globex]) {
    await gw.backends.mongo.collection('report_cache').deleteMany({ tenant_id: t.id });
    await dropTenant(gw.backends.pg, t);
  }
  await gw.stop();
});

describe('report(type, params)', () => {
  it('caches by tenant + type + canonical params: key order does not matter', async () => {
    const token = await gw.tokenFor(acme.member);
    const first = await gw.query(REPORT, { type: 'vendor-spend', params: { from: '2026-01-01', to: '2026-12-31' } }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.report).toMatchObject({ source: 'COMPUTED', params: { from: '2026-01-01', to: '2026-12-31' } });
    expect(first.data!.report.data).toEqual([{ key: expect.any(String), label: 'Steel', value: 1200.5 }]);
    const reordered = await gw.query(REPORT, { type: 'vendor-spend', params: { to: '2026-12-31', from: '2026-01-01' } }, token);
    expect(reordered.data!.report.source).toBe('REDIS');
    const docs = await gw.backends.mongo.collection('report_cache').find({ tenant_id: acme.id, report_type: 'vendor-spend' }).toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]!.cache_key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never serves one tenant the other tenant’s entry for the same type and params', async () => {
    const params = { from: '2026-01-01', to: '2026-12-31' };
    const a = await gw.query(REPORT, { type: 'vendor-spend', params }, await gw.tokenFor(acme.member));
    const b = await gw.query(REPORT, { type: 'vendor-spend', params }, await gw.tokenFor(globex.member));
    expect(a.data!.report.data[0].value).toBe(1200.5);
    expect(b.data!.report).toMatchObject({ source: 'COMPUTED', data: [{ label: 'Steel', value: 99 }] });
  });

  it('uses the TTL the report type declares', async () => {
    const res = await gw.query(REPORT, { type: 'asset-register' }, await gw.tokenFor(acme.member));
    const { generatedAt, expiresAt } = res.data!.report;
    const days = (Date.parse(expiresAt) - Date.parse(generatedAt)) / 86_400_000;
    expect(days).toBeGreaterThan(30 * 0.95 - 0.01);
    expect(days).toBeLessThan(30 * 1.05 + 0.01);
  });

  it('rejects unknown types and invalid params with BAD_USER_INPUT', async () => {
    const token = await gw.tokenFor(acme.member);
    for (const [type, params] of [['nope', {}], ['vendor-spend', { from: 'yesterday' }], ['vendor-spend', { extra: 1 }], ['task-throughput', { weeks: 0 }]] as const) {
      const res = await gw.query(REPORT, { type, params }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).not.toMatch(/at .*\.ts/);
    }
  });

  it('invalidates after a write to its inputs, and on request', async () => {
    const token = await gw.tokenFor(acme.admin);
    const params = { from: '2026-01-01', to: '2026-12-31' };
    await gw.query(REPORT, { type: 'vendor-spend', params }, token);
    expect((await gw.query(REPORT, { type: 'vendor-spend', params }, token)).data!.report.source).toBe('REDIS');

    const vendorId = (await gw.backends.pg.query('SELECT id FROM vendors WHERE tenant_id = $1', [acme.id])).rows[0].id;
    const created = await gw.query(`mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { id status } }`,
      { input: { vendorId, number: 'PO-NEW-1', totalAmount: '100.00', status: 'SUBMITTED', orderedOn: '2026-05-05' } }, token);
    expect(created.errors).toBeUndefined();
    // Each write drops the report: the approval as well as the creation.
    expect((await gw.query(REPORT, { type: 'vendor-spend', params }, token)).data!.report.source).toBe('COMPUTED');
    const approved = await gw.query(`mutation($id: ID!) { updatePurchaseOrder(id: $id, input: { status: APPROVED }) { status } }`,
      { id: created.data!.createPurchaseOrder.id }, token);
    expect(approved.data).toEqual({ updatePurchaseOrder: { status: 'APPROVED' } });
    const after = await gw.query(REPORT, { type: 'vendor-spend', params }, token);
    expect(after.data!.report).toMatchObject({ source: 'COMPUTED', data: [{ label: 'Steel', value: 1300.5 }] });

    const sql = countPgQueries(gw.backends.pg);
    const dropped = await gw.query(`mutation($params: JSON) { invalidateReport(type: "vendor-spend", params: $params) }`, { params }, token);
    expect(dropped.data).toEqual({ invalidateReport: true });
    expect((await gw.query(REPORT, { type: 'vendor-spend', params }, token)).data!.report.source).toBe('COMPUTED');
    sql.restore();
    expect(sql.statements).toHaveLength(1);
  });
});
