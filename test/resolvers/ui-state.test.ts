import { randomUUID } from 'node:crypto';
import { ObjectId, type Db } from 'mongodb';
import { PLATFORM_TENANT } from '../../src/catalogue/types';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Saved UI state: favourites, dashboard layouts and alert configs, each the caller's own, checked
 * whole before one write, with the round trips of each operation.
 */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;
const tokens: Record<'member' | 'admin' | 'otherTenant', string> = { member: '', admin: '', otherTenant: '' };
let platformLayout: ObjectId;
const COLLECTIONS = ['user_favorite', 'dashboard_layout', 'user_alert_config'];

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'ui-state', 2);
  globex = await createTenant(gw.backends.pg, 'ui-state-other', 1);
  tokens.member = await gw.tokenFor(acme.member);
  tokens.admin = await gw.tokenFor(acme.admin);
  tokens.otherTenant = await gw.tokenFor(globex.member);
  // The platform's default of one dashboard (the demo seed writes one per dashboard); none for the other.
  await db.collection('dashboard_layout').deleteMany({ tenant_id: PLATFORM_TENANT, dashboard_id: 'procurement', user_id: null });
  ({ insertedId: platformLayout } = await db.collection('dashboard_layout').insertOne({
    tenant_id: PLATFORM_TENANT, dashboard_id: 'procurement', name: 'Procurement (default)', updated_at: new Date(Date.now() - 86_400_000),
    widgets: [{ widget_id: 'tile-spend-by-vendor', tile_id: 'spend-by-vendor', x: 0, y: 0, w: 6, h: 4 }],
  }));
});

afterAll(async () => {
  await db.collection('dashboard_layout').deleteOne({ _id: platformLayout });
  for (const tenant of [acme, globex]) {
    await Promise.all(COLLECTIONS.map((name) => db.collection(name).deleteMany({ tenant_id: tenant.id })));
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

/** The operation's result, with the Mongo commands and SQL statements it sent. */
async function measured(query: string, variables: Record<string, unknown>, token: string) {
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const sql = countPgQueries(gw.backends.pg);
  const res = await gw.query(query, variables, token);
  mongo.restore();
  sql.restore();
  return { res, commands: mongo.commands, statements: sql.statements.length };
}

const refusal = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions;

describe('favourites', () => {
  const TOGGLE = 'mutation($input: FavoriteInput!) { toggleFavorite(input: $input) { active favorite { id kind reportType label entity { ... on Project { id } } user { id } } } }';
  const LIST = '{ favorites(first: 20) { totalCount edges { node { kind reportType entityId } } } }';
  const bookmark = (entityId: string, label?: string) => ({ input: { kind: 'BOOKMARK', entityType: 'PROJECT', entityId, ...(label && { label }) } });
  const stored = (filter: Record<string, unknown> = {}) => db.collection('user_favorite').find({ tenant_id: acme.id, ...filter }).toArray();

  afterEach(() => db.collection('user_favorite').deleteMany({ tenant_id: acme.id }));

  it('adds a bookmark of a row, and the same toggle again removes it', async () => {
    const project = acme.projects[0]!;
    const add = await measured(TOGGLE, bookmark(project.id, 'Main site'), tokens.member);
    expect(add.res.data?.toggleFavorite).toMatchObject({
      active: true, favorite: { kind: 'BOOKMARK', label: 'Main site', entity: { id: project.id }, user: { id: acme.member.id } },
    });
    // The removal that found nothing, the upsert; the row's check.
    expect(add.commands).toEqual(['findAndModify', 'findAndModify']);
    expect(add.statements).toBe(2); // the row's check; the answer's user
    expect((await gw.query(LIST, {}, tokens.member)).data!.favorites).toMatchObject({ totalCount: 1, edges: [{ node: { kind: 'BOOKMARK', entityId: project.id } }] });

    const remove = await measured(TOGGLE, bookmark(project.id), tokens.member);
    expect(remove.res.data?.toggleFavorite).toMatchObject({ active: false, favorite: { id: add.res.data!.toggleFavorite.favorite.id, label: 'Main site' } });
    expect(remove.commands).toEqual(['findAndModify']);
    expect((await gw.query(LIST, {}, tokens.member)).data!.favorites.totalCount).toBe(0);
    expect(await stored()).toEqual([]);
  });

  it('pins a known report type, once however often it is added at the same time', async () => {
    const pin = { input: { kind: 'PIN', reportType: 'vendor-spend' } };
    const { res, statements } = await measured(TOGGLE, pin, tokens.member);
    expect(res.data?.toggleFavorite).toMatchObject({ active: true, favorite: { kind: 'PIN', reportType: 'vendor-spend', entity: null } });
    expect(statements).toBe(1); // the answer's user: a report type is checked against the registry
    await gw.query(TOGGLE, pin, tokens.member);
    expect(await stored()).toEqual([]);
    // Two tabs toggling together: either both added (one pin: the upsert is on the unique key) or
    // the second removed what the first added. Never two pins, never an error.
    for (let round = 0; round < 5; round++) {
      await db.collection('user_favorite').deleteMany({ tenant_id: acme.id });
      const both = await Promise.all([gw.query(TOGGLE, pin, tokens.member), gw.query(TOGGLE, pin, tokens.member)]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      const added = both.filter((r) => r.data!.toggleFavorite.active).length;
      expect(await stored({ report_type: 'vendor-spend' })).toHaveLength(added === 2 ? 1 : 0);
    }
  });

  it('refuses, naming the field, what is not a favourite of the caller, and writes nothing', async () => {
    await gw.query(TOGGLE, bookmark(acme.projects[1]!.id), tokens.member);
    const before = await stored();
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'PIN', reportType: 'no-such-report' }, 'reportType'],
      [{ kind: 'PIN' }, 'reportType'],
      [{ kind: 'PIN', reportType: 'vendor-spend', entityType: 'PROJECT', entityId: acme.projects[0]!.id }, 'entityType'],
      [{ kind: 'BOOKMARK', entityType: 'PROJECT', entityId: globex.projects[0]!.id }, 'entityId'],
      [{ kind: 'BOOKMARK', entityType: 'PROJECT', entityId: randomUUID() }, 'entityId'],
      [{ kind: 'BOOKMARK', entityType: 'PROJECT' }, 'entityId'],
      [{ kind: 'BOOKMARK', entityType: 'PROJECT', entityId: acme.projects[0]!.id, reportType: 'vendor-spend' }, 'reportType'],
      [{ kind: 'BOOKMARK', entityType: 'PROJECT', entityId: acme.projects[0]!.id, label: ' ' }, 'label'],
      [{ kind: 'RECENT', entityType: 'PROJECT', entityId: acme.projects[0]!.id }, 'kind'],
    ];
    for (const [input, field] of cases) {
      expect({ input, error: refusal(await gw.query(TOGGLE, { input }, tokens.member)) })
        .toEqual({ input, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    expect(await stored()).toEqual(before);
  });

  it('makes a row opened recently a bookmark, and removes a bookmark of a row deleted since', async () => {
    const project = acme.projects[0]!;
    const gone = randomUUID();
    await db.collection('user_favorite').insertMany([
      { tenant_id: acme.id, user_id: acme.member.id, entity_type: 'project', entity_id: project.id, kind: 'recent', created_at: new Date(Date.now() - 60_000) },
      { tenant_id: acme.id, user_id: acme.member.id, entity_type: 'project', entity_id: gone, kind: 'bookmark', created_at: new Date(Date.now() - 60_000) },
    ]);
    expect((await gw.query(TOGGLE, bookmark(project.id), tokens.member)).data?.toggleFavorite).toMatchObject({ active: true, favorite: { kind: 'BOOKMARK' } });
    expect((await stored({ entity_id: project.id })).map((doc) => doc.kind)).toEqual(['bookmark']);
    expect((await gw.query(TOGGLE, bookmark(gone), tokens.member)).data?.toggleFavorite).toMatchObject({ active: false });
    expect(await stored({ entity_id: gone })).toEqual([]);
  });
});

describe('dashboard layouts', () => {
  const LOAD = 'query($d: ID!) { dashboardLayout(dashboardId: $d) { id name dashboardId user { id } widgets { widgetId tileId x y w h settings } } }';
  const SAVE = 'mutation($d: ID!, $input: DashboardLayoutInput!) { saveDashboardLayout(dashboardId: $d, input: $input) { id name user { id } widgets { widgetId tileId x y w h settings } } }';
  const RESET = 'mutation($d: ID!) { resetDashboardLayout(dashboardId: $d) { id user { id } } }';
  const widget = (widgetId: string, x: number, y: number, w: number, h: number, extra: Record<string, unknown> = {}) => ({ widgetId, x, y, w, h, ...extra });
  const mine = [widget('spend', 0, 0, 12, 6, { tileId: 'spend-by-vendor', settings: { series: ['committed'] } }), widget('notes', 0, 6, 12, 2)];
  const layoutsOf = (userId: string) => db.collection('dashboard_layout').find({ tenant_id: acme.id, user_id: userId }).toArray();

  afterEach(() => db.collection('dashboard_layout').deleteMany({ tenant_id: acme.id }));

  it("falls back to the platform's default until the user saves one, in one find", async () => {
    const { res, commands } = await measured(LOAD, { d: 'procurement' }, tokens.member);
    expect(res.data?.dashboardLayout).toMatchObject({ id: platformLayout.toHexString(), name: 'Procurement (default)', user: null });
    expect(commands).toEqual(['find']);
    expect((await gw.query(LOAD, { d: 'overview' }, tokens.member)).data?.dashboardLayout).toBeNull(); // no default of it here
    expect((await gw.query(LOAD, { d: 'no-such-dashboard' }, tokens.member)).data?.dashboardLayout).toBeNull();
  });

  it("saves the caller's layout in one upsert, and a second save replaces it", async () => {
    const first = await measured(SAVE, { d: 'procurement', input: { widgets: mine } }, tokens.member);
    expect(first.res.data?.saveDashboardLayout).toMatchObject({
      name: 'Procurement', user: { id: acme.member.id },
      widgets: [{ widgetId: 'spend', tileId: 'spend-by-vendor', x: 0, y: 0, w: 12, h: 6, settings: { series: ['committed'] } }, { widgetId: 'notes', tileId: null, settings: null }],
    });
    expect(first.commands).toEqual(['findAndModify']);
    const second = await gw.query(SAVE, { d: 'procurement', input: { name: 'Mine', widgets: [widget('assets', 6, 0, 6, 4, { tileId: 'asset-value-by-status' })] } }, tokens.member);
    expect(second.data?.saveDashboardLayout).toMatchObject({ id: first.res.data!.saveDashboardLayout.id, name: 'Mine', widgets: [{ widgetId: 'assets' }] });
    expect((await layoutsOf(acme.member.id)).map((doc) => doc.widgets.length)).toEqual([1]);
    const loaded = await gw.query(LOAD, { d: 'procurement' }, tokens.member);
    expect(loaded.data?.dashboardLayout).toMatchObject({ id: first.res.data!.saveDashboardLayout.id, name: 'Mine', user: { id: acme.member.id } });
  });

  it('refuses a layout that does not fit its dashboard or the grid, naming the field, and keeps the saved one', async () => {
    await gw.query(SAVE, { d: 'procurement', input: { widgets: mine } }, tokens.member);
    const before = await layoutsOf(acme.member.id);
    const cases: [string, Record<string, unknown>, string][] = [
      ['overview-but-unknown', { widgets: mine }, 'dashboardId'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4, { tileId: 'projects-by-status' })] }, 'tileId'],
      ['procurement', { widgets: [widget('a', 12, 0, 1, 4)] }, 'x'],
      ['procurement', { widgets: [widget('a', 8, 0, 6, 4)] }, 'w'],
      ['procurement', { widgets: [widget('a', 0, -1, 6, 4)] }, 'y'],
      ['procurement', { widgets: [widget('a', 0, 98, 6, 4)] }, 'h'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4), widget('b', 4, 2, 6, 4)] }, 'widgets'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4), widget('a', 6, 0, 6, 4)] }, 'widgetId'],
      ['procurement', { widgets: [widget('has space', 0, 0, 6, 4)] }, 'widgetId'],
      ['procurement', { widgets: Array.from({ length: 25 }, (_, i) => widget(`w${i}`, 0, i * 2, 12, 2)) }, 'widgets'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4, { settings: { text: 'x'.repeat(4097) } })] }, 'settings'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4, { settings: { nested: { $where: 'sleep(1)' } } })] }, 'settings'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4, { settings: [1, 2] })] }, 'settings'],
      ['procurement', { widgets: [widget('a', 0, 0, 6, 4, { settings: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } } })] }, 'settings'],
      ['procurement', { name: '  ', widgets: mine }, 'name'],
    ];
    for (const [d, input, field] of cases) {
      expect({ input, error: refusal(await gw.query(SAVE, { d, input }, tokens.member)) })
        .toEqual({ input, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    expect(await layoutsOf(acme.member.id)).toEqual(before);
  });

  it("resets to the platform's default", async () => {
    await gw.query(SAVE, { d: 'procurement', input: { widgets: mine } }, tokens.member);
    const { res, commands } = await measured(RESET, { d: 'procurement' }, tokens.member);
    expect(res.data?.resetDashboardLayout).toEqual({ id: platformLayout.toHexString(), user: null });
    expect(commands).toEqual(['delete', 'find']);
    expect(await layoutsOf(acme.member.id)).toEqual([]);
  });
});

describe('alert configs', () => {
  const FIELDS = 'id name metric condition threshold channels enabled user { id }';
  const CREATE = `mutation($input: AlertConfigInput!) { createAlertConfig(input: $input) { ${FIELDS} } }`;
  const UPDATE = `mutation($id: ID!, $input: AlertConfigChanges!) { updateAlertConfig(id: $id, input: $input) { ${FIELDS} } }`;
  const DELETE = 'mutation($id: ID!) { deleteAlertConfig(id: $id) }';
  const LIST = '{ alertConfigs(first: 60) { totalCount edges { node { id name } } } }';
  const large = { name: 'Large purchase orders', metric: 'purchase_order.total_amount', condition: 'ABOVE', threshold: 100_000, channels: ['IN_APP', 'EMAIL', 'EMAIL'] };
  const configsOf = (userId: string) => db.collection('user_alert_config').find({ tenant_id: acme.id, user_id: userId }).toArray();

  afterEach(() => db.collection('user_alert_config').deleteMany({ tenant_id: acme.id }));

  it('creates, updates and deletes the caller’s own, with a count and an insert to create', async () => {
    const created = await measured(CREATE, { input: large }, tokens.member);
    expect(created.res.data?.createAlertConfig).toMatchObject({
      ...large, channels: ['IN_APP', 'EMAIL'], enabled: true, user: { id: acme.member.id },
    });
    expect(created.commands).toEqual(['aggregate', 'insert']);
    const { id } = created.res.data!.createAlertConfig;
    expect((await gw.query(LIST, {}, tokens.member)).data!.alertConfigs).toMatchObject({ totalCount: 1, edges: [{ node: { id } }] });

    const renamed = await measured(UPDATE, { id, input: { name: 'Big orders', enabled: false } }, tokens.member);
    expect(renamed.res.data?.updateAlertConfig).toMatchObject({ name: 'Big orders', enabled: false, threshold: 100_000 });
    expect(renamed.commands).toEqual(['findAndModify']);

    const rule = await measured(UPDATE, { id, input: { condition: 'CHANGED', threshold: null } }, tokens.member);
    expect(rule.res.data?.updateAlertConfig).toMatchObject({ name: 'Big orders', condition: 'CHANGED', threshold: null });
    expect(rule.commands).toEqual(['find', 'findAndModify']);
    expect((await configsOf(acme.member.id))[0]).not.toHaveProperty('threshold');

    const deleted = await measured(DELETE, { id }, tokens.member);
    expect(deleted.res.data?.deleteAlertConfig).toBe(id);
    expect(deleted.commands).toEqual(['findAndModify']);
    expect((await gw.query(DELETE, { id }, tokens.member)).data?.deleteAlertConfig).toBeNull();
  });

  it('refuses a rule that does not fit its metric, naming the field, and writes nothing', async () => {
    const { id } = (await gw.query(CREATE, { input: large }, tokens.member)).data!.createAlertConfig;
    const before = await configsOf(acme.member.id);
    const creates: [Record<string, unknown>, string][] = [
      [{ ...large, metric: 'purchase_order.colour' }, 'metric'],
      [{ ...large, metric: 'task.assigned_to_me' }, 'condition'],
      [{ ...large, threshold: null }, 'threshold'],
      [{ ...large, condition: 'CHANGED' }, 'threshold'],
      [{ ...large, threshold: -5 }, 'threshold'],
      [{ ...large, channels: [] }, 'channels'],
      [{ ...large, name: '' }, 'name'],
    ];
    for (const [input, field] of creates) {
      expect({ input, error: refusal(await gw.query(CREATE, { input }, tokens.member)) })
        .toEqual({ input, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    const updates: [Record<string, unknown>, string][] = [
      [{ threshold: null }, 'threshold'],
      [{ metric: 'task.assigned_to_me' }, 'condition'],
      [{ name: null }, 'name'],
      [{ channels: [] }, 'channels'],
    ];
    for (const [input, field] of updates) {
      expect({ input, error: refusal(await gw.query(UPDATE, { id, input }, tokens.member)) })
        .toEqual({ input, error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });
    }
    const forbidden = await gw.query(CREATE, { input: { ...large, metric: 'system.error_rate', threshold: 0.05 } }, tokens.member);
    expect(refusal(forbidden)?.code).toBe('FORBIDDEN');
    const overOne = await gw.query(CREATE, { input: { ...large, metric: 'system.error_rate', threshold: 2 } }, tokens.admin);
    expect(refusal(overOne)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'threshold' });
    expect(await configsOf(acme.member.id)).toEqual(before);
    expect(await configsOf(acme.admin.id)).toEqual([]);
  });

  it('keeps to the cap per user', async () => {
    await db.collection('user_alert_config').insertMany(Array.from({ length: 50 }, (_, i) => ({
      tenant_id: acme.id, user_id: acme.member.id, name: `alert ${i}`, metric: 'task.assigned_to_me', condition: 'changed', channels: ['in_app'], enabled: true, updated_at: new Date(),
    })));
    expect(refusal(await gw.query(CREATE, { input: large }, tokens.member))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect((await gw.query(CREATE, { input: large }, tokens.admin)).errors).toBeUndefined();
  });

  it('lists the metrics each role may watch', async () => {
    const names = async (token: string) => (await gw.query('{ alertMetrics { name conditions min max } }', {}, token)).data!.alertMetrics;
    expect((await names(tokens.member)).map((m: any) => m.name)).toEqual([
      'purchase_order.total_amount', 'project.budget_remaining', 'task.assigned_to_me', 'followed.status_changed', 'message.mentioned_me',
    ]);
    expect(await names(tokens.admin)).toEqual(expect.arrayContaining([{ name: 'system.error_rate', conditions: ['ABOVE', 'BELOW', 'EQUALS', 'CHANGED'], min: 0, max: 1 }]));
  });
});

describe('isolation', () => {
  it("shows one user's favourites, layouts and alert configs to nobody else, and lets nobody else change them", async () => {
    const project = acme.projects[0]!;
    const fav = await gw.query('mutation($input: FavoriteInput!) { toggleFavorite(input: $input) { favorite { id } } }',
      { input: { kind: 'BOOKMARK', entityType: 'PROJECT', entityId: project.id } }, tokens.member);
    await gw.query('mutation($input: DashboardLayoutInput!) { saveDashboardLayout(dashboardId: "procurement", input: $input) { id } }',
      { input: { name: 'member only', widgets: [] } }, tokens.member);
    const alert = await gw.query('mutation($input: AlertConfigInput!) { createAlertConfig(input: $input) { id } }',
      { input: { name: 'member alert', metric: 'task.assigned_to_me', condition: 'CHANGED', channels: ['PUSH'] } }, tokens.member);
    const alertId = alert.data!.createAlertConfig.id;
    const favoriteId = fav.data!.toggleFavorite.favorite.id;

    const READ = `{
      favorites(first: 20) { totalCount } alertConfigs(first: 20) { totalCount }
      dashboardLayouts(first: 20) { edges { node { name } } } dashboardLayout(dashboardId: "procurement") { name }
      project(id: "${project.id}") { favorites(first: 5) { totalCount } }
    }`;
    const seen = await gw.query(READ, {}, tokens.member);
    expect(seen.data).toMatchObject({
      favorites: { totalCount: 1 }, alertConfigs: { totalCount: 1 }, dashboardLayout: { name: 'member only' }, project: { favorites: { totalCount: 1 } },
    });
    for (const token of [tokens.admin, tokens.otherTenant]) {
      const other = await gw.query(READ, {}, token);
      expect(other.errors).toBeUndefined();
      expect(other.data).toMatchObject({
        favorites: { totalCount: 0 }, alertConfigs: { totalCount: 0 }, dashboardLayout: { name: 'Procurement (default)' },
      });
      expect(other.data!.dashboardLayouts.edges.map((e: any) => e.node.name)).not.toContain('member only');
      expect((await gw.query('mutation($id: ID!) { updateAlertConfig(id: $id, input: { name: "mine now" }) { id } }', { id: alertId }, token)).data)
        .toEqual({ updateAlertConfig: null });
      expect((await gw.query('mutation($id: ID!) { deleteAlertConfig(id: $id) }', { id: alertId }, token)).data).toEqual({ deleteAlertConfig: null });
      expect((await gw.query('mutation($id: ID!) { updateAlertConfig(id: $id, input: { condition: CHANGED }) { id } }', { id: alertId }, token)).data)
        .toEqual({ updateAlertConfig: null });
    }
    // The admin's own toggle of the same row is theirs: the member's stays.
    await gw.query('mutation($input: FavoriteInput!) { toggleFavorite(input: $input) { active } }',
      { input: { kind: 'BOOKMARK', entityType: 'PROJECT', entityId: project.id } }, tokens.admin);
    const after = await gw.query(`{ favorites(first: 5) { edges { node { id } } } alertConfigs(first: 5) { edges { node { name } } } }`, {}, tokens.member);
    expect(after.data).toEqual({ favorites: { edges: [{ node: { id: favoriteId } }] }, alertConfigs: { edges: [{ node: { name: 'member alert' } }] } });
    // Another tenant bookmarking acme's row is refused like a row that does not exist.
    const foreign = await gw.query('mutation($input: FavoriteInput!) { toggleFavorite(input: $input) { active } }',
      { input: { kind: 'BOOKMARK', entityType: 'PROJECT', entityId: project.id } }, tokens.otherTenant);
    expect(refusal(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entityId' });
    expect(await db.collection('user_favorite').countDocuments({ tenant_id: globex.id })).toBe(0);
  });
});
