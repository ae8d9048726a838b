import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Hostile input over HTTP: each gets a coded error, never a 5xx, a stack or a crash; the gateway
 * is ready afterwards; and a client's mistake is never logged at error level or with a stack.
 */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let token: string;

beforeAll(async () => {
  gw = await startTestGateway({ MAX_DEPTH: '8' }, { logs: true });
  acme = await createTenant(gw.backends.pg, 'hostile', 1);
  globex = await createTenant(gw.backends.pg, 'hostile-other', 1);
  token = await gw.tokenFor(acme.member);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

interface Raw {
  body?: string | Buffer;
  contentType?: string;
  method?: string;
  search?: string;
}

async function send({ body, contentType = 'application/json', method = 'POST', search = '' }: Raw) {
  const res = await fetch(`${gw.url}${search}`, {
    method,
    headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // some refusals are not JSON; the checks below only need the status and the text
  }
  return { status: res.status, text, json };
}

const query = (q: string, variables?: unknown) => send({ body: JSON.stringify({ query: q, variables }) });
const deep = (levels: number) => `{ me { ${'tenant { changelog(first: 1) { edges { node { entity { ... on Tenant { '.repeat(levels)} id ${'} } } } } } '.repeat(levels)} } }`;

const cases: [string, () => ReturnType<typeof send>, string | number][] = [
  ['malformed JSON', () => send({ body: '{"query": "{ me { id }"' }), 400],
  ['an oversized body', () => send({ body: JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(1_100_000)}` }) }), 413],
  ['a batch', () => send({ body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]) }), 400],
  ['invalid UTF-8', () => send({ body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }), 400],
  ['an unknown content type', () => send({ body: 'query', contentType: 'text/csv' }), 400],
  ['a simple cross-site GET (CSRF)', () => send({ method: 'GET', search: `?query=${encodeURIComponent('{ me { id } }')}`, contentType: 'text/plain' }), 400],
  ['a query nested too deep', () => query(deep(3)), 'QUERY_TOO_DEEP'],
  ['an introspection depth bomb', () => query(`{ __schema { types { ${'fields { type { '.repeat(6)} name ${'} } '.repeat(6)} } } }`), 'QUERY_TOO_DEEP'],
  ['aliases of __typename', () => query(`{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`), 'TOO_MANY_ALIASES'],
  ['a wide, costly query', () => query(`{ ${Array.from({ length: 12 }, (_, i) => `p${i}: projects(first: 100) { edges { node { tasks(first: 100) { edges { node { id title } } } } } }`).join(' ')} }`), 'QUERY_TOO_COMPLEX'],
  ['directives by the hundred', () => query(`{ me ${'@include(if: true) '.repeat(100)} { id } }`), 'TOO_MANY_DIRECTIVES'],
  ['a fragment cycle', () => query('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 'GRAPHQL_VALIDATION_FAILED'],
  ['a token flood', () => query(`{ me { ${'id '.repeat(5000)} } }`), 'TOO_MANY_TOKENS'],
  ['a huge variable of the wrong type', () => query('query($first: Int) { projects(first: $first) { totalCount } }', { first: 'x'.repeat(500_000) }), 'BAD_USER_INPUT'],
  ['a page past the maximum', () => query('{ projects(first: 101) { totalCount } }'), 'BAD_USER_INPUT'],
  ['a forged cursor', () => query('{ projects(after: "bm90LWEtY3Vyc29y") { totalCount } }'), 'BAD_USER_INPUT'],
  ['a document cursor that is not one', () => query(`{ changelog(after: "${Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', 'zz'])).toString('base64url')}") { totalCount } }`), 'BAD_USER_INPUT'],
  ['a document id that is not an ObjectId', () => query('{ chatMessages(threadId: "not-an-id") { totalCount } }'), 'BAD_USER_INPUT'],
  ['notification ids that are not ObjectIds', () => query('mutation { markNotificationsRead(ids: ["x", "y"]) { id } }'), 'BAD_USER_INPUT'],
  ['an unknown operation name', () => send({ body: JSON.stringify({ query: 'query A { me { id } }', operationName: 'B' }) }), 'OPERATION_RESOLUTION_FAILURE'],
  ['a subscription over HTTP', () => query('subscription { notificationUpdated { id } }'), 'BAD_REQUEST'],
];

describe.each(cases)('%s', (_name, request, expected) => {
  it('is refused with a code, no 5xx and no stack', async () => {
    const res = await request();
    expect(res.status).toBeLessThan(500);
    if (typeof expected === 'number') expect(res.status).toBe(expected);
    else expect(res.json?.errors?.[0]?.extensions?.code).toBe(expected);
    expect(res.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  });
});

describe('ids of another tenant, on every field that takes one', () => {
  it('reads as nothing and changes nothing', async () => {
    const other = globex.projects[0]!.id;
    const reads = await query(`query($p: ID!, $u: ID!) {
      project(id: $p) { id } entity(type: PROJECT, id: $p) { id } user: entity(type: USER, id: $u) { id }
      changelog(entityType: PROJECT, entityId: $p) { totalCount } comments(entityType: PROJECT, entityId: $p) { totalCount }
      activityEvents(userId: $u) { totalCount } }`, { p: other, u: globex.admin.id });
    expect(reads.json.errors).toBeUndefined();
    expect(reads.json.data).toEqual({
      project: null, entity: null, user: null, changelog: { totalCount: 0 }, comments: { totalCount: 0 }, activityEvents: { totalCount: 0 },
    });
    const writes = await query(`mutation($p: ID!) { updateProject(id: $p, input: { name: "Mine now" }) { id } deleteTask(id: $p) }`, { p: other });
    expect(writes.json.data?.updateProject ?? null).toBeNull();
    const task = await query(`mutation($p: ID!) { createTask(input: { projectId: $p, title: "Sneak" }) { id } }`, { p: other });
    expect(task.json.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    const { rows } = await gw.backends.pg.query('SELECT name FROM projects WHERE id = $1', [other]);
    expect(rows[0].name).toBe(globex.projects[0]!.name);
  });
});

describe('afterwards', () => {
  it('is ready and answers', async () => {
    expect((await fetch(gw.url.replace('/graphql', '/readyz'))).status).toBe(200);
    expect((await query('{ me { id } }')).json.data).toEqual({ me: { id: acme.member.id } });
  });

  it('logged none of those client mistakes as an error, nor with a stack', () => {
    const noisy = gw.logs.filter((line) => line.level >= 50 || line.err?.stack);
    expect(noisy.map((line) => `${line.level} ${line.msg} ${line.err?.message ?? ''}`)).toEqual([]);
  });
});
