import { randomUUID } from 'node:crypto';
import { rebuildSearchIndex } from '../../src/search/rebuild';
import { SearchIndexStore } from '../../src/stores/search-index';
import { createTasks, createTenant, createVendor, dropTenant, withoutCapture, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../live/support';

/** `search`: prefix words over the tenant's search_index_cache, ranked, typed, with entities, logged. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let ranking: FixtureTenant;

const index = () => gw.backends.mongo.collection('search_index_cache');
const reindex = (...tenants: FixtureTenant[]) => rebuildSearchIndex({ pg: gw.backends.pg, mongo: gw.backends.mongo, tenantIds: tenants.map((t) => t.id) });

beforeAll(async () => {
  gw = await startTestGateway({ REQUEST_LOG: 'true' });
  acme = await createTenant(gw.backends.pg, 'search', 3);
  globex = await createTenant(gw.backends.pg, 'search-other', 1);
  ranking = await createTenant(gw.backends.pg, 'search-rank', 1);
  // Rows for the ranking: "crane" as a whole title word, the start of one, a whole summary word, the start of one.
  const [crane, cranes] = await createTasks(gw.backends.pg, ranking, ranking.projects[0]!.id, 2);
  await withoutCapture(gw.backends.pg, async (client) => {
    await client.query("UPDATE tasks SET title = 'Crane inspection' WHERE id = $1", [crane]);
    await client.query("UPDATE tasks SET title = 'Cranes delivery' WHERE id = $1", [cranes]);
    await client.query("INSERT INTO assets (tenant_id, tag, name, category) VALUES ($1, 'CRANE', 'Tower unit', 'lifting')", [ranking.id]);
    await client.query("INSERT INTO vendors (tenant_id, name, email) VALUES ($1, 'Lift Co', 'cranesco@lift.example')", [ranking.id]);
  });
  await reindex(acme, globex, ranking);
});

afterAll(async () => {
  for (const tenant of [acme, globex, ranking]) {
    for (const name of ['search_index_cache', 'search_query_log', 'entity_changelog', 'field_audit_log', 'user_activity_event']) {
      await gw.backends.mongo.collection(name).deleteMany({ tenant_id: tenant.id });
    }
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

const SEARCH = `query Search($q: String!, $types: [EntityType!], $first: Int) {
  search(query: $q, types: $types, first: $first) {
    rank score entityType entityId title summary matchedTerms indexedAt
    entity { id __typename ... on Project { name } ... on Task { title } ... on Asset { name } ... on Vendor { name } }
  }
}`;
type Hit = { rank: number; score: number; entityType: string; entityId: string; title: string; summary: string | null; matchedTerms: string[]; entity: { id: string; name?: string; title?: string } };
const search = async (token: string, q: string, extra: { types?: string[]; first?: number } = {}) => {
  const res = await gw.query<{ search: Hit[] }>(SEARCH, { q, ...extra }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.search;
};

it('finds a renamed project by its new name prefix only', async () => {
  const token = await gw.tokenFor(acme.member);
  const project = acme.projects[0]!;
  const rename = (name: string) => gw.query(`mutation { updateProject(id: "${project.id}", input: { name: "${name}" }) { version } }`, {}, token);
  expect((await rename('Quayside Depot')).errors).toBeUndefined();
  expect((await search(token, 'quay')).map((hit) => hit.entityId)).toEqual([project.id]);
  const renamed = await rename('Harbour Crane Refit');
  const version = renamed.data!.updateProject.version as number;

  // The answer to the mutation came after the index had the new words: no waiting for the relay.
  for (const q of ['harb', 'Harbour cr', 'REFIT', 'crane harbour']) {
    const hits = await search(token, q);
    expect(hits.map((hit) => [hit.entityId, hit.entity.name, hit.title])).toEqual([[project.id, 'Harbour Crane Refit', 'Harbour Crane Refit']]);
  }
  expect((await search(token, 'harb'))[0]).toMatchObject({ rank: 1, entityType: 'PROJECT', summary: expect.stringMatching(/^P-\d$/), matchedTerms: ['harbour'] });
  // Not by its old name, and not by the middle of a word.
  for (const q of ['quay', 'quayside depot', 'arbour', 'efit']) expect(await search(token, q)).toEqual([]);
  // The relay, indexing the same change for every writer, leaves the entry at the row's version.
  await eventually(async () => (await gw.backends.pg.query('SELECT count(*)::int AS n FROM entity_outbox WHERE entity_id = $1 AND relayed_at IS NULL', [project.id])).rows[0].n === 0);
  expect(await index().findOne({ tenant_id: acme.id, entity_id: project.id })).toMatchObject({ title: 'Harbour Crane Refit', version });
});

it('ranks whole title words, then their starts, then whole summary words, then their starts', async () => {
  const token = await gw.tokenFor(ranking.member);
  const hits = await search(token, 'crane');
  expect(hits.map((hit) => [hit.entityType, hit.title, hit.score, hit.matchedTerms])).toEqual([
    ['TASK', 'Crane inspection', 4, ['crane']],
    ['TASK', 'Cranes delivery', 3, ['cranes']],
    ['ASSET', 'Tower unit', 2, ['crane']],
    ['VENDOR', 'Lift Co', 1, ['cranesco']],
  ]);
  expect(hits.map((hit) => hit.rank)).toEqual([1, 2, 3, 4]);
  expect(hits.map((hit) => hit.entity.title ?? hit.entity.name)).toEqual(['Crane inspection', 'Cranes delivery', 'Tower unit', 'Lift Co']);
  expect(hits[2]!.summary).toBe('CRANE · lifting');
  // Every word must match; `first` cuts the ranked list.
  expect((await search(token, 'crane insp')).map((hit) => hit.title)).toEqual(['Crane inspection']);
  expect((await search(token, 'crane', { first: 2 })).map((hit) => hit.title)).toEqual(['Crane inspection', 'Cranes delivery']);
});

it('narrows to the types asked for', async () => {
  const token = await gw.tokenFor(ranking.member);
  expect((await search(token, 'crane', { types: ['TASK'] })).map((hit) => hit.title)).toEqual(['Crane inspection', 'Cranes delivery']);
  expect((await search(token, 'crane', { types: ['VENDOR', 'ASSET'] })).map((hit) => hit.entityType)).toEqual(['ASSET', 'VENDOR']);
  expect(await search(token, 'crane', { types: ['PROJECT', 'USER'] })).toEqual([]);
  // Users are found by name and e-mail.
  expect((await search(token, 'member', { types: ['USER'] })).map((hit) => hit.entityId)).toEqual([ranking.member.id]);
});

it("never finds another tenant's rows, even through an entry that names one", async () => {
  const token = await gw.tokenFor(globex.member);
  const foreign = acme.projects[1]!;
  await withoutCapture(gw.backends.pg, (client) => client.query("UPDATE projects SET name = 'Harbour Crane Refit' WHERE id = $1", [globex.projects[0]!.id]));
  await reindex(globex);
  // A corrupt entry in globex's index that points at acme's row: the row is read as globex, and is not there.
  await index().insertOne({ tenant_id: globex.id, entity_type: 'project', entity_id: foreign.id, title: 'Harbour crane twin', terms: ['harbour', 'crane', 'twin'], version: 1, indexed_at: new Date() });
  const hits = await search(token, 'harbour crane');
  expect(hits.map((hit) => hit.entityId)).toEqual([globex.projects[0]!.id]);
  expect((await search(await gw.tokenFor(acme.member), 'harbour crane')).map((hit) => hit.entityId)).toEqual([acme.projects[0]!.id]);
  expect(await search(token, 'search project', { types: ['PROJECT'] })).toEqual([]); // acme's fixture names
});

it('answers BAD_USER_INPUT naming the argument for an empty query, too many words, or first or types out of range, and logs none of them', async () => {
  const token = await gw.tokenFor(acme.member);
  const logged = (query: string) => gw.backends.mongo.collection('search_query_log').countDocuments({ tenant_id: acme.id, query });
  const refusals: [Record<string, unknown>, string, RegExp][] = [
    [{ q: '' }, 'query', /at least one word/],
    [{ q: '   ' }, 'query', /at least one word/],
    [{ q: '!!! — ??' }, 'query', /at least one word/],
    [{ q: 'a b c d e f g h i' }, 'query', /at most 8 words/],
    [{ q: 'x'.repeat(201) }, 'query', /at most 200 characters/],
    [{ q: 'harbour', first: 0 }, 'first', /between 1 and 100/],
    [{ q: 'harbour', first: 101 }, 'first', /between 1 and 100/],
    [{ q: 'harbour', first: -5 }, 'first', /between 1 and 100/],
    [{ q: 'harbour', types: [] }, 'types', /at least one type/],
    [{ q: 'harbour', types: ['PROJECT', 'TENANT'] }, 'types', /TENANT cannot be searched/],
  ];
  for (const [variables, field, message] of refusals) {
    const res = await gw.query(SEARCH, variables, token);
    expect({ variables, error: res.errors?.[0] }).toMatchObject({ variables, error: { message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', field } } });
  }
  // Eight words are fine, and repeated words count once.
  expect((await gw.query(SEARCH, { q: 'a b c d e f g h h h' }, token)).errors).toBeUndefined();
  await eventually(async () => (await logged('a b c d e f g h h h')) === 1);
  for (const [{ q }] of refusals) expect(await logged(q as string)).toBe(0);
});

it('costs one MongoDB find and one SQL statement per entity type among the hits', async () => {
  const token = await gw.tokenFor(ranking.member);
  await search(token, 'crane'); // the membership check is remembered from here on
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const sql = countPgQueries(gw.backends.pg);
  try {
    expect(await search(token, 'crane')).toHaveLength(4);
    expect(mongo.commands).toEqual(['find']);
    expect(sql.statements).toHaveLength(3); // tasks, assets, vendors: one statement each, whatever the number of hits
    mongo.reset();
    sql.reset();
    expect(await search(token, 'crane', { types: ['TASK'] })).toHaveLength(2);
    expect([mongo.commands, sql.statements.length]).toEqual([['find'], 1]);
  } finally {
    mongo.restore();
    sql.restore();
  }
});

it('records each search in the caller\'s search_query_log, off the request path, readable as searchQueries', async () => {
  const token = await gw.tokenFor(ranking.admin);
  await search(token, '  Crane   INSP ', { types: ['TASK'] });
  const entry = await eventually(() => gw.backends.mongo.collection('search_query_log').findOne({ tenant_id: ranking.id, user_id: ranking.admin.id }));
  expect(entry).toMatchObject({
    query: '  Crane   INSP ', normalized_query: 'crane insp', filters: { entityTypes: ['task'] }, results_count: 1, created_at: expect.any(Date),
  });
  const own = await gw.query('{ searchQueries(first: 5) { edges { node { query normalizedQuery resultsCount } } } }', {}, token);
  expect(own.data!.searchQueries.edges).toEqual([{ node: { query: '  Crane   INSP ', normalizedQuery: 'crane insp', resultsCount: 1 } }]);
});

it('drops a deleted row at once, and leaves out an entry whose row is gone while the next hit takes its place', async () => {
  const token = await gw.tokenFor(acme.admin);
  const [alpha, beta, doomed] = await createTasks(gw.backends.pg, acme, acme.projects[2]!.id, 3);
  await withoutCapture(gw.backends.pg, async (client) => {
    await client.query("UPDATE tasks SET title = 'Girder alpha' WHERE id = $1", [alpha]);
    await client.query("UPDATE tasks SET title = 'Girder beta' WHERE id = $1", [beta]);
    await client.query("UPDATE tasks SET title = 'Girder gamma' WHERE id = $1", [doomed]);
  });
  await reindex(acme);
  expect((await search(token, 'girder')).map((hit) => hit.title)).toEqual(['Girder alpha', 'Girder beta', 'Girder gamma']);

  expect((await gw.query(`mutation { deleteTask(id: "${doomed}") }`, {}, token)).errors).toBeUndefined();
  expect(await index().findOne({ tenant_id: acme.id, entity_id: doomed })).toBeNull();
  // A delete no writer told anyone about (the outbox off): the entry stays until a rebuild, search skips it.
  await withoutCapture(gw.backends.pg, (client) => client.query('DELETE FROM tasks WHERE id = $1', [alpha]));
  const hits = await search(token, 'girder', { first: 1 });
  expect(hits.map((hit) => [hit.rank, hit.title])).toEqual([[1, 'Girder beta']]);
});

it("keeps the index right for other writers' changes, through the outbox relay", async () => {
  const token = await gw.tokenFor(acme.member);
  const vendor = await createVendor(gw.backends.pg, acme, 'Plain Steel');
  await reindex(acme);
  // psql, or another service: a plain UPDATE, then a DELETE, with the outbox trigger on.
  await gw.backends.pg.query("UPDATE vendors SET name = 'Ferrum Works', email = 'hello@ferrum.example' WHERE id = $1", [vendor]);
  await eventually(async () => (await search(token, 'ferr')).length > 0);
  const found = await search(token, 'ferr');
  expect(found.map((hit) => [hit.entityId, hit.title, hit.summary])).toEqual([[vendor, 'Ferrum Works', 'hello@ferrum.example']]);
  expect(await search(token, 'plain steel')).toEqual([]);
  await gw.backends.pg.query('DELETE FROM vendors WHERE id = $1', [vendor]);
  await eventually(async () => (await index().findOne({ tenant_id: acme.id, entity_id: vendor })) === null);
});

it('is rebuilt by npm run search:rebuild: missing entries back, stale ones right, orphans gone, and again changes nothing', async () => {
  const token = await gw.tokenFor(acme.member);
  const [, project, stale] = acme.projects as [FixtureTenant['projects'][0], FixtureTenant['projects'][0], FixtureTenant['projects'][0]];
  await index().deleteOne({ tenant_id: acme.id, entity_id: project.id });
  await index().updateOne({ tenant_id: acme.id, entity_id: stale.id }, { $set: { title: 'Wrong', terms: ['wrong'] } });
  const orphan = randomUUID();
  await index().insertOne({ tenant_id: acme.id, entity_type: 'task', entity_id: orphan, title: 'Orphan', terms: ['orphan'], version: 1, indexed_at: new Date() });
  expect(await search(token, project.name)).toEqual([]);
  expect(await search(token, stale.name)).toEqual([]);

  const first = await reindex(acme);
  expect(first.removed).toBeGreaterThanOrEqual(1); // the orphan (and any row deleted with the outbox off)
  expect((await search(token, project.name)).map((hit) => hit.entityId)).toEqual([project.id]);
  expect((await search(token, stale.name)).map((hit) => hit.title)).toEqual([stale.name]);
  expect(await search(token, 'wrong')).toEqual([]);
  expect(await index().findOne({ tenant_id: acme.id, entity_id: orphan })).toBeNull();

  const entries = async () => (await index().find({ tenant_id: acme.id }, { projection: { _id: 0, indexed_at: 0 } }).sort({ entity_id: 1 }).toArray());
  const before = await entries();
  const again = await reindex(acme);
  expect(again).toEqual({ tenants: 1, indexed: first.indexed, removed: 0 });
  expect(await entries()).toEqual(before);
  // Other tenants' entries are not touched by a rebuild of one.
  expect(await index().countDocuments({ tenant_id: globex.id })).toBeGreaterThan(0);
});

it('never lets an entry made from an older version of the row replace a newer one, whichever writer comes last', async () => {
  const store = new SearchIndexStore(gw.backends.mongo);
  const id = randomUUID();
  const entry = (version: number, title: string) => ({ tenantId: ranking.id, put: { entity_type: 'task', entity_id: id, title, terms: [title.toLowerCase()], version } });
  await store.apply([entry(3, 'Newer')]);
  await store.apply([entry(2, 'Older')]); // a relay retry, or a write path slower than the relay
  expect(await index().findOne({ tenant_id: ranking.id, entity_id: id })).toMatchObject({ title: 'Newer', version: 3 });
  // In one batch the last change of an entity is the one written.
  await store.apply([entry(4, 'Four'), entry(5, 'Five'), { tenantId: ranking.id, remove: { entity_type: 'task', entity_id: id } }, entry(6, 'Six')]);
  expect(await index().find({ tenant_id: ranking.id, entity_id: id }).toArray()).toMatchObject([{ title: 'Six', version: 6 }]);
  await store.apply([{ tenantId: ranking.id, remove: { entity_type: 'task', entity_id: id } }]);
  expect(await index().countDocuments({ tenant_id: ranking.id, entity_id: id })).toBe(0);
});
