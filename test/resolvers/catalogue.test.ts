import type { Db, Document } from 'mongodb';
import { readAccess } from '../../src/auth/permissions';
import { PLATFORM_TENANT } from '../../src/catalogue/types';
import { catalogue, type CollectionName } from '../../src/catalogue/collections';
import { filterFields, ownerField, servingIndex } from '../../src/catalogue/filters';
import type { CollectionSpec } from '../../src/catalogue/types';
import { buildSchema } from '../../src/schema';
import { distinctFilterValue, expiredOverrides, fullSelection, isSingleton, sampleDocument } from '../support/catalogue';
import { createTenant, dropTenant, withoutCapture, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Every collection with a list field, through the graph: the caller's tenant's documents newest
 * first, from/to, a filter its indexes serve, the access rule, never another tenant's or an
 * expired document, one MongoDB command per page. The fixtures are derived from the declarations.
 */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;
const tokens: Record<'admin' | 'member' | 'otherTenant', string> = { admin: '', member: '', otherTenant: '' };

const listed = (catalogue as readonly CollectionSpec[]).filter((spec) => spec.graphql.list);
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

/** Who reads the collection in these tests: an admin where only admins may, the owner where only owners may. */
function readerOf(name: CollectionName): { token: keyof typeof tokens; userId: () => string } {
  const rule = readAccess[name];
  if (rule.kind === 'admins') return { token: 'admin', userId: () => acme.admin.id };
  return { token: 'member', userId: () => acme.member.id };
}

/** Three visible documents (oldest first), plus ones the reader must never see. */
const fixtures = new Map<CollectionName, { visible: Document[]; filterArg?: { name: string; value: unknown } }>();

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'catalogue', 1);
  globex = await createTenant(gw.backends.pg, 'catalogue-other', 1);
  tokens.admin = await gw.tokenFor(acme.admin);
  tokens.member = await gw.tokenFor(acme.member);
  tokens.otherTenant = await gw.tokenFor(globex.admin);

  // Chat messages are read by the members of their conversation: one the reader is in, one they are not.
  const conversation = async (name: string, memberId: string) => (await withoutCapture(gw.backends.pg, async (client) => {
    const { rows } = await client.query("INSERT INTO chat_conversations (tenant_id, kind, name) VALUES ($1, 'CHANNEL', $2) RETURNING id", [acme.id, name]);
    await client.query('INSERT INTO chat_members (tenant_id, conversation_id, user_id) VALUES ($1, $2, $3)', [acme.id, rows[0].id, memberId]);
    return rows[0].id as string;
  }));
  const [ours, theirs] = [await conversation('ours', acme.member.id), await conversation('theirs', acme.admin.id)];

  for (const spec of listed) {
    const name = spec.name as CollectionName;
    const owner = ownerField(name);
    const reader = readerOf(name);
    const rule = readAccess[name];
    const room = rule.kind === 'conversation' ? rule.field : undefined;
    const mine = owner ? { [owner]: reader.userId() } : room ? { [room]: ours } : {};
    // One document per owner where the collection allows no more (a user's preferences).
    const visible = (isSingleton(name) ? [10] : [30, 20, 10]).map((ago) => sampleDocument(name, acme.id, minutesAgo(ago), mine));
    const hidden = [
      sampleDocument(name, globex.id, minutesAgo(5), owner ? { [owner]: globex.admin.id } : {}),
      ...(owner ? [sampleDocument(name, acme.id, minutesAgo(5), { [owner]: acme.admin.id })] : []),
      ...(room ? [sampleDocument(name, acme.id, minutesAgo(5), { [room]: theirs })] : []),
      ...(expiredOverrides(name) ? [sampleDocument(name, acme.id, minutesAgo(15), { ...mine, ...expiredOverrides(name) })] : []),
    ];
    // The newest visible document gets a value of its own on a filter one index serves alone.
    const filter = filterFields(spec).find((f) => f.stored !== room && servingIndex(spec, owner ? [owner, f.stored] : [f.stored]));
    let filterArg;
    if (filter) {
      const { stored, argument } = distinctFilterValue(filter);
      visible.at(-1)![filter.stored] = filter.spec?.list ? [stored] : stored;
      filterArg = { name: filter.argument, value: argument };
    }
    const { insertedIds } = await db.collection(name).insertMany([...visible, ...hidden]);
    visible.forEach((doc, i) => (doc._id = insertedIds[i]));
    fixtures.set(name, { visible, ...(filterArg && { filterArg }) });
  }
});

afterAll(async () => {
  await Promise.all(listed.map((spec) => db.collection(spec.name).deleteMany({ tenant_id: { $in: [acme.id, globex.id] } })));
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const idsOf = (doc: Document[]) => doc.map((d) => d._id.toHexString());

async function list(spec: CollectionSpec, args: string, token: string, selection = 'id') {
  return gw.query(`{ ${spec.graphql.list}(${args}) { totalCount edges { node { ${selection} } } } }`, {}, token);
}

describe.each(listed.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
  const reader = () => tokens[readerOf(name as CollectionName).token];
  const visible = () => fixtures.get(name as CollectionName)!.visible;

  it("returns the reader's documents of its tenant newest first, never another tenant's or expired ones, in one command", async () => {
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query(`{ ${spec.graphql.list}(first: 10) { edges { node { id } } } }`, {}, reader());
    mongo.restore();
    expect(res.errors).toBeUndefined();
    expect(res.data![spec.graphql.list!].edges.map((e: any) => e.node.id)).toEqual(idsOf(visible()).reverse());
    expect(mongo.commands).toEqual(['find']);
  });

  (isSingleton(name as CollectionName) ? it.skip : it)('counts, and bounds the time field with from (inclusive) and to (exclusive)', async () => {
    const [oldest, middle] = visible().map((doc) => (doc[spec.timeField] as Date).toISOString());
    const all = await list(spec, 'first: 10', reader());
    expect(all.data![spec.graphql.list!].totalCount).toBe(3);
    const since = await list(spec, `from: "${middle}"`, reader());
    expect(since.data![spec.graphql.list!].edges).toHaveLength(2);
    const before = await list(spec, `to: "${middle}"`, reader());
    expect(before.data![spec.graphql.list!].edges.map((e: any) => e.node.id)).toEqual([visible()[0]!._id.toHexString()]);
    const empty = await list(spec, `from: "${middle}", to: "${oldest}"`, reader());
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves every declared field', async () => {
    const res = await list(spec, 'first: 10', reader(), `id ${fullSelection(spec.fields)}`);
    expect(res.errors).toBeUndefined();
    expect(res.data![spec.graphql.list!].edges).toHaveLength(visible().length);
  });

  const filterArg = () => fixtures.get(name as CollectionName)!.filterArg;
  (filterFields(spec).length > 0 ? it : it.skip)('filters by a field its indexes serve', async () => {
    const { name: argument, value } = filterArg()!;
    const res = await gw.query(
      `query($v: ${argTypeOf(spec, argument)}) { ${spec.graphql.list}(${argument}: $v) { totalCount edges { node { id } } } }`,
      { v: value }, reader(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data![spec.graphql.list!]).toEqual({ totalCount: 1, edges: [{ node: { id: visible().at(-1)!._id.toHexString() } }] });
  });

  const rule = readAccess[name as CollectionName];
  if (rule.kind === 'admins') {
    it("is FORBIDDEN to the tenant's members", async () => {
      const res = await list(spec, 'first: 1', tokens.member);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    });
  } else if (rule.kind === 'owner') {
    it('shows another user of the tenant none of these documents', async () => {
      const res = await list(spec, 'first: 10', tokens.admin);
      expect(res.errors).toBeUndefined();
      expect(res.data![spec.graphql.list!].edges.map((e: any) => e.node.id)).not.toEqual(expect.arrayContaining(idsOf(visible().slice(0, 1))));
      expect(res.data![spec.graphql.list!].totalCount).toBe(1); // the admin's own
    });
  }
});

/** The GraphQL type of a list field's argument, read from the built schema. */
const schema = buildSchema();
function argTypeOf(spec: CollectionSpec, argument: string): string {
  const field = schema.getQueryType()!.getFields()[spec.graphql.list!]!;
  return String(field.args.find((a) => a.name === argument)!.type);
}

describe('filters', () => {
  it('refuses a combination no index serves, naming the field', async () => {
    // error_log is indexed by resolved, then severity: severity alone has no index.
    const res = await gw.query('{ errorLog(severity: CRITICAL) { totalCount } }', {}, tokens.admin);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'severity' } });
    const both = await gw.query('{ errorLog(resolved: false, severity: CRITICAL) { totalCount } }', {}, tokens.admin);
    expect(both.errors).toBeUndefined();
  });

  it('refuses a document id that is not an ObjectId', async () => {
    const res = await gw.query('{ chatMessages(threadId: "nope") { totalCount } }', {}, tokens.member);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'threadId' } });
  });
});

describe('platform documents', () => {
  const layout = (tenantId: string, name: string, userId?: string) =>
    sampleDocument('dashboard_layout', tenantId, minutesAgo(1), { name, ...(userId && { user_id: userId }) });

  beforeAll(async () => {
    await db.collection('dashboard_layout').insertMany([
      layout(PLATFORM_TENANT, 'platform default'),
      layout(acme.id, 'acme member layout', acme.member.id),
    ]);
  });

  afterAll(async () => {
    await db.collection('dashboard_layout').deleteMany({ name: { $in: ['platform default', 'acme member layout'] } });
  });

  it("are readable by every tenant beside its own, and another tenant's stay hidden", async () => {
    const names = async (token: string) =>
      (await gw.query('{ dashboardLayouts(first: 20) { edges { node { name } } } }', {}, token)).data!.dashboardLayouts.edges.map((e: any) => e.node.name);
    expect(await names(tokens.member)).toEqual(expect.arrayContaining(['platform default', 'acme member layout']));
    expect(await names(tokens.otherTenant)).toContain('platform default');
    expect(await names(tokens.otherTenant)).not.toContain('acme member layout');
  });
});
