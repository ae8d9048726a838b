import { createTenant, dropTenant, withoutCapture, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

/**
 * What the relational statements cost PostgreSQL: named (prepared once per connection), only the
 * columns the operation reads, and a page's look-ahead row and count only when selected.
 */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'stmt-acme', 3);
  globex = await createTenant(gw.backends.pg, 'stmt-globex', 2);
  await withoutCapture(gw.backends.pg, async (client) => {
    for (const tenant of [acme, globex]) {
      for (const project of tenant.projects) {
        await client.query(
          `INSERT INTO tasks (tenant_id, project_id, title) SELECT $1, $2, 'Task ' || n FROM generate_series(1, 4) AS n`,
          [tenant.id, project.id],
        );
      }
    }
  });
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const Q1 = '{ projects(first: 20) { edges { node { id name status tasks(first: 3) { totalCount edges { node { id title } } } } } } }';

async function sent(query: string, token: string) {
  const counter = countPgQueries(gw.backends.pg);
  try {
    const res = await gw.query(query, {}, token);
    expect(res.errors).toBeUndefined();
    return { data: res.data as any, statements: [...counter.sent] };
  } finally {
    counter.restore();
  }
}

/** The properties a statement selects (`… AS "name"`), leaving out the page's own bookkeeping. */
const selected = (text: string) => [...text.matchAll(/AS "(\w+)"/g)].map((m) => m[1]).filter((p) => !p!.startsWith('__'));

it('sends a page of projects and their tasks as two named statements reading only what the query selects', async () => {
  const { data, statements } = await sent(Q1, await gw.tokenFor(acme.member));
  expect(data.projects.edges).toHaveLength(3);
  expect(data.projects.edges[0].node.tasks.totalCount).toBe(4);
  expect(data.projects.edges[0].node.tasks.edges).toHaveLength(3);
  expect(statements).toHaveLength(2);
  const [projects, tasks] = statements;
  expect(projects!.name).toMatch(/^gw_/);
  expect(tasks!.name).toMatch(/^gw_/);
  expect(selected(projects!.text).sort()).toEqual(['id', 'name', 'status']);
  expect(selected(tasks!.text).sort()).toEqual(['id', 'title']);
  // No look-ahead row without hasNextPage, no count without totalCount; the tasks' count is asked.
  expect(projects!.values.at(-1)).toBe(20);
  expect(projects!.text).not.toMatch(/count\(\*\)/);
  expect(tasks!.values.at(-1)).toBe(3);
  expect(tasks!.text).toMatch(/count\(\*\)/);
});

it('asks for the look-ahead row, the count and the keyset only when hasNextPage, totalCount and cursors are selected', async () => {
  const { data, statements } = await sent(
    '{ projects(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }', await gw.tokenFor(acme.member),
  );
  expect(data.projects).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true, endCursor: expect.any(String) } });
  expect(data.projects.edges[1].cursor).toBe(data.projects.pageInfo.endCursor);
  expect(statements).toHaveLength(1); // the page and its count together
  expect(statements[0]!.values.at(-1)).toBe(3);
  expect(selected(statements[0]!.text).sort()).toEqual(['createdAt', 'id']);
});

it('shares one prepared statement between tenants: the tenant is a parameter, never part of the text', async () => {
  const ofAcme = await sent(Q1, await gw.tokenFor(acme.member));
  const ofGlobex = await sent(Q1, await gw.tokenFor(globex.member));
  expect(ofGlobex.data.projects.edges.map((e: any) => e.node.id).sort()).toEqual(globex.projects.map((p) => p.id).sort());
  expect(ofAcme.data.projects.edges.map((e: any) => e.node.id).sort()).toEqual(acme.projects.map((p) => p.id).sort());
  expect(ofGlobex.statements.map((s) => s.name)).toEqual(ofAcme.statements.map((s) => s.name));
  for (const statement of [...ofAcme.statements, ...ofGlobex.statements]) {
    expect(statement.text).not.toContain(acme.id);
    expect(statement.text).not.toContain(globex.id);
  }
  expect(ofAcme.statements[0]!.values[0]).toBe(acme.id);
  expect(ofGlobex.statements[0]!.values[0]).toBe(globex.id);
});

it('reads whole rows in a mutation, whatever it selects', async () => {
  const token = await gw.tokenFor(acme.admin);
  const project = acme.projects[0]!;
  const { data, statements } = await sent(
    `mutation { createTask(input: { projectId: "${project.id}", title: "Whole" }) { id project { name } } }`, token,
  );
  expect(data.createTask.project.name).toBe(project.name);
  const read = statements.find((s) => /FROM "projects"/.test(s.text) && !/^\s*(INSERT|UPDATE)/i.test(s.text));
  expect(selected(read!.text)).toEqual(expect.arrayContaining(['id', 'name', 'status', 'budget', 'ownerId', 'createdAt', 'updatedAt']));
});
