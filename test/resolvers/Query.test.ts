import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let acmeToken: string;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'acme', 5);
  globex = await createTenant(gw.backends.pg, 'globex', 2);
  acmeToken = await gw.tokenFor(acme.member);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

describe('me', () => {
  it('is the user named by the token, with tenant and roles', async () => {
    const res = await gw.query('{ me { id email roles entityType tenant { slug } } }', {}, acmeToken);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      id: acme.member.id, email: acme.member.email, roles: ['member'], entityType: 'USER', tenant: { slug: acme.slug },
    });
  });
});

describe('project(id)', () => {
  it('returns a project of the caller tenant with its owner', async () => {
    const project = acme.projects[0]!;
    const res = await gw.query('query($id: ID!) { project(id: $id) { id name status owner { id } } }', { id: project.id }, acmeToken);
    expect(res.data?.project).toEqual({ id: project.id, name: project.name, status: 'PLANNED', owner: { id: acme.admin.id } });
  });

  it("is null for another tenant's project, never its data", async () => {
    const res = await gw.query('query($id: ID!) { project(id: $id) { id name } }', { id: globex.projects[0]!.id }, acmeToken);
    expect(res.errors).toBeUndefined();
    expect(res.data?.project).toBeNull();
  });

  it('is null for an id that is not a uuid, without an error', async () => {
    const res = await gw.query('{ project(id: "not-a-uuid") { id } }', {}, acmeToken);
    expect(res.errors).toBeUndefined();
    expect(res.data?.project).toBeNull();
  });
});

describe('projects(first, after)', () => {
  const PAGE = `query($first: Int, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

  it('pages through only the caller tenant, newest first', async () => {
    const first = await gw.query(PAGE, { first: 3 }, acmeToken);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.projects;
    expect(page1.totalCount).toBe(5);
    expect(page1.edges.map((e: any) => e.node.id)).toEqual(acme.projects.slice(0, 3).map((p) => p.id));
    expect(page1.pageInfo.hasNextPage).toBe(true);

    const second = await gw.query(PAGE, { first: 3, after: page1.pageInfo.endCursor }, acmeToken);
    const page2 = second.data!.projects;
    expect(page2.edges.map((e: any) => e.node.id)).toEqual(acme.projects.slice(3).map((p) => p.id));
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('costs one statement for the page with its count', async () => {
    const counter = countPgQueries(gw.backends.pg);
    try {
      await gw.query('{ projects(first: 5) { totalCount edges { node { id owner { id } } } } }', {}, acmeToken);
      // the page with its count, then one batched owner lookup for all five projects
      expect(counter.statements).toHaveLength(2);
    } finally {
      counter.restore();
    }
  });

  it('rejects a page size above the maximum and a forged cursor with BAD_USER_INPUT', async () => {
    const tooMany = await gw.query(PAGE, { first: 1000 }, acmeToken);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await gw.query(PAGE, { first: 1, after: 'bm90LWEtY3Vyc29y' }, acmeToken);
    expect(forged.errors?.[0]).toMatchObject({ message: 'The cursor is not one this API issued.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(forged)).not.toMatch(/stack|at .*\.ts/);
  });
});

describe('User.preferences', () => {
  it('reads user_preference from MongoDB, with defaults when none was saved', async () => {
    await gw.backends.mongo.collection('user_preference').insertOne({
      tenant_id: acme.id, user_id: acme.member.id, locale: 'de-DE', timezone: 'Europe/Berlin', theme: 'DARK',
      default_project_id: acme.projects[1]!.id, updated_at: new Date(),
    });
    const res = await gw.query('{ me { preferences { locale timezone theme defaultProject { id } } } }', {}, acmeToken);
    expect(res.data?.me.preferences).toEqual({
      locale: 'de-DE', timezone: 'Europe/Berlin', theme: 'DARK', defaultProject: { id: acme.projects[1]!.id },
    });
    const adminToken = await gw.tokenFor(acme.admin);
    const defaults = await gw.query('{ me { preferences { locale timezone theme defaultProject { id } } } }', {}, adminToken);
    expect(defaults.data?.me.preferences).toEqual({ locale: 'en', timezone: 'UTC', theme: 'SYSTEM', defaultProject: null });
  });

  it("is FORBIDDEN for another user of the tenant, admins included, and the rest of the answer stays", async () => {
    const adminToken = await gw.tokenFor(acme.admin);
    const res = await gw.query(
      'query($id: ID!) { entity(type: USER, id: $id) { ... on User { name preferences { locale } } } }', { id: acme.member.id }, adminToken,
    );
    expect(res.errors?.[0]).toMatchObject({ path: ['entity', 'preferences'], extensions: { code: 'FORBIDDEN' } });
    expect(res.data?.entity).toEqual({ name: expect.any(String), preferences: null });
  });

  it("ignores another tenant's preference document for the same user id", async () => {
    await gw.backends.mongo.collection('user_preference').insertOne({
      tenant_id: globex.id, user_id: acme.admin.id, locale: 'fr-FR', timezone: 'Europe/Paris',
    });
    const res = await gw.query('{ me { preferences { locale } } }', {}, await gw.tokenFor(acme.admin));
    expect(res.data?.me.preferences.locale).toBe('en');
  });
});

describe('updatePreferences', () => {
  const SAVE = `mutation($input: PreferencesInput!) { updatePreferences(input: $input) { locale timezone theme defaultProject { id } } }`;

  it('saves only the given fields and reads them back', async () => {
    const token = await gw.tokenFor(acme.admin);
    const saved = await gw.query(SAVE, { input: { locale: 'en-gb', theme: 'DARK' } }, token);
    expect(saved.data?.updatePreferences).toEqual({ locale: 'en-GB', timezone: 'UTC', theme: 'DARK', defaultProject: null });
    const again = await gw.query(SAVE, { input: { timezone: 'Asia/Tokyo', defaultProjectId: acme.projects[0]!.id } }, token);
    expect(again.data?.updatePreferences).toEqual({
      locale: 'en-GB', timezone: 'Asia/Tokyo', theme: 'DARK', defaultProject: { id: acme.projects[0]!.id },
    });
  });

  it("rejects a bad time zone, a bad locale and another tenant's project, writing nothing", async () => {
    const token = await gw.tokenFor(acme.admin);
    const before = await gw.query('{ me { preferences { locale timezone defaultProject { id } } } }', {}, token);
    for (const input of [{ timezone: 'Mars/Olympus' }, { locale: '!!' }, { defaultProjectId: globex.projects[0]!.id }]) {
      const res = await gw.query(SAVE, { input }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await gw.query('{ me { preferences { locale timezone defaultProject { id } } } }', {}, token)).toEqual(before);
  });
});
