import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

const ROUTER_SECRET = 'router-secret-for-tests-0123456789abcdef';
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway({ MAX_DEPTH: '6', MAX_ALIASES: '5', MAX_DIRECTIVES: '5', MAX_COST: '100', MAX_TOKENS: '300', ROUTER_SECRET });
  tenant = await createTenant(gw.backends.pg, 'limits', 1);
  token = await gw.tokenFor(tenant.admin);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

describe('query limits (HTTP)', () => {
  it('accepts an ordinary query', async () => {
    const res = await gw.query('{ me { id preferences { locale } } }', {}, token);
    expect(res.errors).toBeUndefined();
  });

  it('rejects a query nested too deep with QUERY_TOO_DEEP', async () => {
    const deep = '{ me { tenant { id } preferences { defaultProject { owner { preferences { defaultProject { owner { id } } } } } } } }';
    const res = await gw.query(deep, {}, token);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('QUERY_TOO_DEEP');
  });

  it('rejects too many aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(codeOf(await gw.query(`{ ${aliases} }`, {}, token))).toBe('TOO_MANY_ALIASES');
  });

  it("does not hold a router's merged fetch to the client's alias limit, and the same document from a client stays refused", async () => {
    // What a router sends for a client operation with 8 root fields: each under an alias of its own.
    const merged = `{ ${Array.from({ length: 8 }, (_, i) => `_v${i}_me: me { id }`).join(' ')} }`;
    const post = (secret?: string) => fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(secret && { 'x-router-secret': secret }) },
      body: JSON.stringify({ query: merged }),
    }).then(async (res) => ({ status: res.status, ...((await res.json()) as object) }) as { status: number; errors?: { extensions?: Record<string, unknown> }[] });
    const fromRouter = await post(ROUTER_SECRET);
    expect(fromRouter.errors).toBeUndefined();
    for (const res of [await post(), await post(`${ROUTER_SECRET.slice(0, -1)}x`)]) {
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('TOO_MANY_ALIASES');
    }
  });

  it('rejects too many directives with TOO_MANY_DIRECTIVES', async () => {
    const directives = Array.from({ length: 6 }, () => '@include(if: true)').join(' ');
    expect(codeOf(await gw.query(`{ me ${directives} { id } }`, {}, token))).toBe('TOO_MANY_DIRECTIVES');
  });

  it('rejects an over-costly query with QUERY_TOO_COMPLEX', async () => {
    const fields = 'id name code status budget createdAt updatedAt owner { id name email roles createdAt }';
    const res = await gw.query(`{ a: projects { edges { node { ${fields} } } } b: projects { edges { node { ${fields} } } } }`, {}, token);
    expect(codeOf(res)).toBe('QUERY_TOO_COMPLEX');
  });

  it('rejects a document with too many tokens with TOO_MANY_TOKENS', async () => {
    const res = await gw.query(`{ me { ${'id '.repeat(400)} } }`, {}, token);
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('TOO_MANY_TOKENS');
  });

  it('refuses batched HTTP requests', async () => {
    const res = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batch/i);
  });

  it('blocks a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${gw.url}?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('masks unexpected errors: no message, no stack', async () => {
    const res = await fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.(ts|js)/);
  });
});
