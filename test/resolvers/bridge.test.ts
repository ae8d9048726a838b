import type { Db } from 'mongodb';
import { createTasks, createTenant, createVendor, dropTenant, timeline, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;
let token: string;

const comment = (tenant: FixtureTenant, entity_type: string, entity_id: string, created_at: Date, body = 'hi') => ({
  tenant_id: tenant.id, entity_type, entity_id, author_id: tenant.member.id, body, created_at, reactions: [],
});

/** SQL statements and MongoDB commands one operation costs. */
async function roundTrips(query: string, variables: Record<string, unknown> = {}) {
  const sql = countPgQueries(gw.backends.pg);
  const mongo = countMongoCommands(gw.backends.mongoClient);
  try {
    const res = await gw.query(query, variables, token);
    expect(res.errors).toBeUndefined();
    return { res, sql: sql.statements.length, mongo: [...mongo.commands] };
  } finally {
    sql.restore();
    mongo.restore();
  }
}

beforeAll(async () => {
  gw = await startTestGateway({ MAX_PAGE_SIZE: '1000' });
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'bridge', 50);
  globex = await createTenant(gw.backends.pg, 'other', 1);
  token = await gw.tokenFor(acme.member);
  // Project i has i % 9 comments, so some have more than a page and some none.
  const docs = acme.projects.flatMap((p, i) => timeline(i % 9).map((at, j) => comment(acme, 'project', p.id, at, `p${i} c${j}`)));
  await db.collection('comment_thread').insertMany(docs);
});

afterAll(async () => {
  await db.collection('comment_thread').deleteMany({ tenant_id: { $in: [acme.id, globex.id] } });
  for (const name of ['entity_changelog', 'user_activity_event']) {
    await db.collection(name).deleteMany({ tenant_id: { $in: [acme.id, globex.id] } });
  }
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

describe('entity → documents', () => {
  const LATEST_COMMENTS = `{ projects(first: 50) { edges { node { id
    comments(first: 5) { totalCount pageInfo { hasNextPage } edges { node { body author { id } } } } } } } }`;

  it('serves the latest 5 comments of each of 50 projects with ONE MongoDB command', async () => {
    const { res, mongo, sql } = await roundTrips(LATEST_COMMENTS);
    expect(mongo).toEqual(['aggregate']);
    expect(sql).toBe(2); // the page of projects, then every author at once
    const byId = new Map(res.data!.projects.edges.map((e: any) => [e.node.id, e.node.comments]));
    acme.projects.forEach((project, i) => {
      const comments: any = byId.get(project.id);
      const total = i % 9;
      expect(comments.totalCount).toBe(total);
      expect(comments.edges).toHaveLength(Math.min(5, total));
      expect(comments.pageInfo.hasNextPage).toBe(total > 5);
      // newest first: the last comment written comes first
      if (total > 0) expect(comments.edges[0].node.body).toBe(`p${i} c${total - 1}`);
    });
  });

  it("pages an entity's documents with opaque cursors", async () => {
    const project = acme.projects[8]!; // 8 comments
    const PAGE = `query($id: ID!, $after: String) { project(id: $id) {
      comments(first: 3, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
    const bodies: string[] = [];
    let after: string | null = null;
    for (let hasNext = true; hasNext; ) {
      const res = await gw.query(PAGE, { id: project.id, after }, token);
      const page: any = res.data!.project.comments;
      bodies.push(...page.edges.map((e: any) => e.node.body));
      ({ hasNextPage: hasNext, endCursor: after } = page.pageInfo);
    }
    expect(bodies).toEqual(Array.from({ length: 8 }, (_, j) => `p8 c${7 - j}`));
  });
});

describe('document → entity', () => {
  it('costs the same round trips for 10, 100 and 1,000 documents', async () => {
    const changes = timeline(1000, Date.now() - 2 * 86_400_000).map((at, i) => ({
      tenant_id: acme.id, entity_type: 'project', entity_id: acme.projects[i % 50]!.id, operation: 'UPDATE',
      old_value: null, new_value: { i }, changed_by: i % 2 ? acme.admin.id : acme.member.id, changed_at: at,
    }));
    await db.collection('entity_changelog').insertMany(changes);
    const QUERY = `query($n: Int) { changelog(entityType: PROJECT, first: $n) { edges { node {
      changedBy { id } entity { id ... on Project { owner { id } } } } } } }`;
    const costs = [];
    for (const n of [10, 100, 1000]) {
      const { res, sql, mongo } = await roundTrips(QUERY, { n });
      expect(res.data!.changelog.edges).toHaveLength(n);
      costs.push({ n, sql, mongo });
    }
    // changedBy users and entity projects in one tick; owners are those users, already loaded
    expect(costs).toEqual([10, 100, 1000].map((n) => ({ n, sql: 2, mongo: ['find'] })));
  });

  it('rejects a page larger than the configured maximum with BAD_USER_INPUT', async () => {
    const res = await gw.query('{ changelog(entityType: PROJECT, first: 1001) { totalCount } }', {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toBe('first must be between 0 and 1000.');
  });

  it('costs 1 + K round trips for documents pointing at K entity types', async () => {
    const vendorId = await createVendor(gw.backends.pg, acme, 'Bolts Inc');
    const [taskId] = await createTasks(gw.backends.pg, acme, acme.projects[0]!.id, 1);
    const targets = [['vendor', vendorId!], ['task', taskId!], ['project', acme.projects[1]!.id], ['project', acme.projects[2]!.id]];
    await db.collection('user_activity_event').insertMany(targets.map(([entity_type, entity_id], i) => ({
      tenant_id: acme.id, user_id: acme.member.id, action: 'view', entity_type, entity_id, created_at: new Date(Date.now() - i * 1000),
    })));
    const { res, sql, mongo } = await roundTrips('{ recentActivity(first: 10) { edges { node { entityType entity { __typename id } } } } }');
    expect(mongo).toEqual(['find']);
    expect(sql).toBe(3); // one statement per entity type: vendors, tasks, projects
    expect(res.data!.recentActivity.edges.map((e: any) => e.node)).toEqual([
      { entityType: 'VENDOR', entity: { __typename: 'Vendor', id: vendorId } },
      { entityType: 'TASK', entity: { __typename: 'Task', id: taskId } },
      { entityType: 'PROJECT', entity: { __typename: 'Project', id: acme.projects[1]!.id } },
      { entityType: 'PROJECT', entity: { __typename: 'Project', id: acme.projects[2]!.id } },
    ]);
  });

  it('resolves dangling and foreign-tenant references to null, not to errors', async () => {
    const at = Date.now() + 3_600_000; // newer than everything else, so they come first
    const change = (entity_id: string, i: number) => ({
      tenant_id: acme.id, entity_type: 'project', entity_id, operation: 'DELETE', changed_at: new Date(at + i),
    });
    await db.collection('entity_changelog').insertMany([
      change('00000000-0000-4000-8000-000000000000', 0), // never existed
      change(globex.projects[0]!.id, 1), // exists, but in another tenant
      change('not-a-uuid', 2), // garbage
      change(acme.projects[3]!.id, 3),
    ]);
    const { res, sql } = await roundTrips(`{ changelog(entityType: PROJECT, first: 4) { edges { node { entityId entity { id } } } } }`);
    expect(res.data!.changelog.edges.map((e: any) => e.node.entity)).toEqual([{ id: acme.projects[3]!.id }, null, null, null]);
    expect(sql).toBe(1);
    await db.collection('entity_changelog').deleteMany({ tenant_id: acme.id, changed_at: { $gte: new Date(at) } });
  });

  it("never lists another tenant's documents, even for the same entity id", async () => {
    const project = acme.projects[4]!; // 4 comments of its own
    await db.collection('comment_thread').insertOne(comment(globex, 'project', project.id, new Date(), 'foreign'));
    const res = await gw.query(`{ project(id: "${project.id}") { comments { totalCount edges { node { body } } } } }`, {}, token);
    expect(res.data!.project.comments.totalCount).toBe(4);
    expect(res.data!.project.comments.edges.map((e: any) => e.node.body)).not.toContain('foreign');
  });
});

describe('relational relations', () => {
  it('batches to-one and per-parent to-many relations: the cost does not grow with the page', async () => {
    for (const project of acme.projects.slice(0, 5)) await createTasks(gw.backends.pg, acme, project.id, 4);
    const QUERY = `query($n: Int) { projects(first: $n) { edges { node { id owner { id }
      tasks(first: 3) { totalCount pageInfo { hasNextPage } edges { node { assignee { id } project { id } } } } } } } }`;
    const { rows } = await gw.backends.pg.query('SELECT project_id, count(*)::int AS n FROM tasks WHERE tenant_id = $1 GROUP BY 1', [acme.id]);
    const taskCounts = new Map(rows.map((r) => [r.project_id as string, r.n as number]));
    for (const n of [5, 50]) {
      const { res, sql } = await roundTrips(QUERY, { n });
      // projects page, owners, tasks of every project (one LATERAL statement), assignees
      expect(sql).toBe(4);
      for (const { node } of res.data!.projects.edges) {
        const total = taskCounts.get(node.id) ?? 0;
        expect(node.tasks.totalCount).toBe(total);
        expect(node.tasks.edges).toHaveLength(Math.min(3, total));
        expect(node.tasks.pageInfo.hasNextPage).toBe(total > 3);
        for (const edge of node.tasks.edges) expect(edge.node).toEqual({ assignee: { id: acme.member.id }, project: { id: node.id } });
      }
    }
  });
});
