import { randomUUID } from 'node:crypto';
import { createTasks, createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let taskIds: string[];
let token: string;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'fed', 40);
  globex = await createTenant(gw.backends.pg, 'fed-other', 2);
  taskIds = await createTasks(gw.backends.pg, acme, acme.projects[0]!.id, 40);
  token = await gw.tokenFor(acme.member);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  __typename ... on Project { id name } ... on Task { id title } ... on User { id email } } }`;

describe('_entities', () => {
  it('resolves 100 representations of 3 types with 3 statements, in representation order', async () => {
    const representations = [
      ...acme.projects.map((p) => ({ __typename: 'Project', id: p.id })),
      ...taskIds.map((id) => ({ __typename: 'Task', id })),
      ...Array.from({ length: 10 }, (_, i) => ({ __typename: 'User', id: i % 2 ? acme.admin.id : acme.member.id })),
      ...Array.from({ length: 10 }, () => ({ __typename: 'Project', id: randomUUID() })),
    ].sort(() => Math.random() - 0.5);
    expect(representations).toHaveLength(100);
    const sql = countPgQueries(gw.backends.pg);
    const res = await gw.query(ENTITIES, { representations }, token);
    sql.restore();
    expect(res.errors).toBeUndefined();
    expect(sql.statements).toHaveLength(3);
    const entities = res.data!._entities as ({ __typename: string; id: string } | null)[];
    representations.forEach((rep, i) => {
      const known = acme.projects.some((p) => p.id === rep.id) || taskIds.includes(rep.id) || rep.__typename === 'User';
      if (known) expect(entities[i]).toMatchObject({ __typename: rep.__typename, id: rep.id });
      else expect(entities[i]).toBeNull();
    });
  });

  it("returns null for another tenant's ids", async () => {
    const representations = [
      { __typename: 'Project', id: globex.projects[0]!.id },
      { __typename: 'User', id: globex.admin.id },
      { __typename: 'Project', id: acme.projects[0]!.id },
    ];
    const res = await gw.query(ENTITIES, { representations }, token);
    expect(res.data!._entities).toEqual([null, null, { __typename: 'Project', id: acme.projects[0]!.id, name: acme.projects[0]!.name }]);
  });

  it('requires a token', async () => {
    const res = await gw.query(ENTITIES, { representations: [{ __typename: 'Project', id: acme.projects[0]!.id }] });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns an inline trace (ftv1) when the router asks for one', async () => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await res.json()) as { extensions?: { ftv1?: unknown } };
    expect(typeof body.extensions?.ftv1).toBe('string');
  });

  it('answers a malformed representation with an error for that entry only, the rest resolved', async () => {
    const project = { __typename: 'Project', id: acme.projects[0]!.id };
    const junk = [{ __typename: 'Project' }, { __typename: 'Nope', id: 'x' }, { __typename: 'Project', id: 5 }, 'str', { id: 'no-type' }];
    const res = await gw.query(ENTITIES, { representations: [project, ...junk, { __typename: 'Project', id: 'not-a-uuid' }] }, token);
    const entities = res.data!._entities as unknown[];
    expect(entities[0]).toMatchObject({ __typename: 'Project', id: project.id });
    expect(entities.slice(1)).toEqual([null, null, null, null, null, null]);
    expect(res.errors!.map((e) => [e.path, e.extensions?.code])).toEqual(junk.map((_, i) => [['_entities', i + 1], 'BAD_USER_INPUT']));
  });

  it('resolves documents by id too, with the access table applied per entry', async () => {
    const db = gw.backends.mongo;
    const { insertedId: comment } = await db.collection('comment_thread').insertOne({
      tenant_id: acme.id, entity_type: 'project', entity_id: acme.projects[0]!.id, body: 'federated', mentions: [], reactions: [], created_at: new Date(),
    });
    const { insertedId: error } = await db.collection('error_log').insertOne({
      tenant_id: acme.id, fingerprint: 'f', severity: 'error', error_type: 'Error', message: 'm', resolved: false, created_at: new Date(),
    });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Comment { body } ... on ErrorLogEntry { message } } }`;
    const res = await gw.query(query, { r: [{ __typename: 'Comment', id: comment.toHexString() }, { __typename: 'ErrorLogEntry', id: error.toHexString() }] }, token);
    expect(res.data!._entities).toEqual([{ body: 'federated' }, null]);
    expect(res.errors?.[0]).toMatchObject({ path: ['_entities', 1], extensions: { code: 'FORBIDDEN' } }); // members may not read error_log
    await db.collection('comment_thread').deleteOne({ _id: comment });
    await db.collection('error_log').deleteOne({ _id: error });
  });
});
