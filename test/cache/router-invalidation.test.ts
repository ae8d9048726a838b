import { setTimeout as sleep } from 'node:timers/promises';
import { Kind, visit, type StringValueNode } from 'graphql';
import { RouterInvalidator } from '../../src/cache/router-invalidation';
import { reportTag, tagsOfDashboard, tagsOfKinds } from '../../src/cache/router-tags';
import { dashboards, type DashboardId } from '../../src/dashboards/registry';
import { createLogger } from '../../src/logger';
import { routerInvalidationDroppedTags } from '../../src/metrics';
import { entityKinds } from '../../src/registry/entities';
import { reportTypes, type ReportType } from '../../src/reports/registry';
import { loadTypeDefs } from '../../src/schema';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type LogLine, type TestGateway } from '../support/gateway';
import { startInvalidationReceiver, UNREACHABLE_URL, type InvalidationReceiver } from '../support/invalidation-receiver';
import { eventually } from '../live/support';

/**
 * The gateway tells a router's response cache (Apollo Router: `response_cache.invalidation`) which
 * `@cacheTag` tags to drop when its own caches drop: a JSON array of
 * `{ kind: "cache_tag", subgraphs: [name], cache_tag }` POSTed with the shared key as the whole
 * `Authorization` header. Here a local HTTP server stands in for the router's endpoint.
 */
const KEY = 'router-shared-key-for-tests';
const SUBGRAPH = 'polyglot';
/** Longer than a batch window and a round trip: nothing more arrives after it. */
const SETTLE_MS = 300;

const captured = () => {
  const lines: LogLine[] = [];
  return { lines, logger: createLogger('warn', { write: (line: string) => void lines.push(JSON.parse(line)) }) };
};
const failures = (lines: LogLine[]) => lines.filter((line) => line.msg?.startsWith('router invalidation failed'));
const dropped = async () => (await routerInvalidationDroppedTags.get()).values[0]?.value ?? 0;

describe('the tags', () => {
  /** Every `@cacheTag(format:)` of the schema, as a pattern: `{$args.x}` stands for any value. */
  const formats: string[] = [];
  visit(loadTypeDefs(), {
    Directive(node) {
      if (node.name.value !== 'cacheTag') return;
      const format = node.arguments?.find((arg) => arg.name.value === 'format')?.value;
      if (format?.kind === Kind.STRING) formats.push((format as StringValueNode).value);
    },
  });
  const patterns = formats.map((format) => new RegExp(`^${format.split(/\{\$args\.\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`));
  const made = [
    ...tagsOfKinds(entityKinds),
    ...(Object.keys(dashboards) as DashboardId[]).flatMap(tagsOfDashboard),
    ...(Object.keys(reportTypes) as ReportType[]).map(reportTag),
  ];

  it('are the ones the schema declares', () => {
    expect([...formats].sort()).toEqual(['dashboard-{$args.id}', 'dashboards', 'report-types', 'report-{$args.type}']);
    for (const tag of made) expect(patterns.some((pattern) => pattern.test(tag))).toBe(true);
    // Every format is invalidated by something, but the list of report types, which only a deploy changes.
    expect(formats.filter((_, i) => !made.some((tag) => patterns[i]!.test(tag)))).toEqual(['report-types']);
  });

  it('follow the inputs the registries declare', () => {
    expect(tagsOfKinds(['TASK']).sort()).toEqual(['dashboard-overview', 'dashboards', 'report-task-throughput']);
    expect(tagsOfKinds(['VENDOR']).sort()).toEqual(['dashboard-procurement', 'dashboards', 'report-vendor-spend']);
    expect(tagsOfKinds(['USER'])).toEqual(['dashboard-overview', 'dashboards']);
    expect(tagsOfKinds([])).toEqual([]);
  });
});

describe('RouterInvalidator', () => {
  let receiver: InvalidationReceiver;
  beforeEach(async () => {
    receiver = await startInvalidationReceiver();
  });
  afterEach(() => receiver.close());

  const invalidator = (logger = createLogger('silent'), options = {}) =>
    new RouterInvalidator({ url: receiver.url, sharedKey: KEY, subgraph: SUBGRAPH, logger, backoffMs: 20, ...options });

  it('sends the tags queued within its window in one POST, in the router\'s format', async () => {
    const router = invalidator(undefined, { coalesceMs: 100 });
    router.invalidate(['dashboard-overview', 'dashboards']);
    router.invalidate(['dashboards', 'report-task-throughput']);
    await eventually(() => receiver.posts.length === 1);
    await sleep(SETTLE_MS);
    expect(receiver.posts).toEqual([{
      method: 'POST', path: new URL(receiver.url).pathname, authorization: KEY, contentType: 'application/json',
      body: [
        { kind: 'cache_tag', subgraphs: [SUBGRAPH], cache_tag: 'dashboard-overview' },
        { kind: 'cache_tag', subgraphs: [SUBGRAPH], cache_tag: 'dashboards' },
        { kind: 'cache_tag', subgraphs: [SUBGRAPH], cache_tag: 'report-task-throughput' },
      ],
    }]);
    await router.stop();
  });

  it('retries a failed POST with the same tags until one is accepted', async () => {
    const log = captured();
    const router = invalidator(log.logger);
    receiver.failNext = 2;
    router.invalidate(['dashboards']);
    await eventually(() => receiver.posts.length === 3);
    await sleep(SETTLE_MS);
    expect(receiver.tagsPerPost()).toEqual([['dashboards'], ['dashboards'], ['dashboards']]);
    expect(failures(log.lines)).toEqual([]);
    await router.stop();
  });

  it('gives up after its attempts, logs at warn and counts the tags dropped', async () => {
    const log = captured();
    const router = invalidator(log.logger, { attempts: 2, timeoutMs: 100 });
    const before = await dropped();
    receiver.answer = 'hang';
    router.invalidate(['report-vendor-spend']);
    await eventually(() => failures(log.lines).length === 1);
    expect(receiver.posts).toHaveLength(2);
    expect(failures(log.lines)[0]).toMatchObject({ level: 40, tags: ['report-vendor-spend'], attempts: 2, reason: 'no answer within 100 ms' });
    expect(await dropped()).toBe(before + 1);
    await router.stop();
  });

  it('does not retry a refused key', async () => {
    const log = captured();
    const router = invalidator(log.logger);
    receiver.answer = 'refuse';
    router.invalidate(['dashboards']);
    await eventually(() => failures(log.lines).length === 1);
    await sleep(SETTLE_MS);
    expect(receiver.posts).toHaveLength(1);
    expect(failures(log.lines)[0]!.reason).toMatch(/^HTTP 401 .*Invalid authorization header/);
    await router.stop();
  });

  it('keeps one POST in flight: what is queued meanwhile goes in the next one', async () => {
    const router = invalidator(undefined, { timeoutMs: 10_000 });
    receiver.answer = 'hang';
    router.invalidate(['dashboard-overview']);
    await eventually(() => receiver.held === 1);
    router.invalidate(['dashboards']);
    router.invalidate(['report-asset-register']);
    await sleep(SETTLE_MS);
    expect(receiver.posts).toHaveLength(1);
    receiver.answer = 'accept';
    receiver.release();
    await eventually(() => receiver.posts.length === 2);
    expect(receiver.tagsPerPost()[1]).toEqual(['dashboards', 'report-asset-register']);
    await router.stop();
  });

  it('sends what is queued when it stops, without waiting for its window', async () => {
    const router = invalidator(undefined, { coalesceMs: 60_000 });
    router.invalidate(['dashboards']);
    await router.stop();
    expect(receiver.tagsPerPost()).toEqual([['dashboards']]);
  });
});

/** A gateway configured to tell `url`, over the shared test services, with a tenant of its own. */
function gatewayTelling(url: () => string, overrides: Record<string, string> = {}) {
  const env: { gw: TestGateway; tenant: FixtureTenant; admin: string; member: string } = {} as never;
  beforeAll(async () => {
    env.gw = await startTestGateway({
      ROUTER_INVALIDATION_URL: url(), ROUTER_INVALIDATION_KEY: KEY, ROUTER_SUBGRAPH_NAME: SUBGRAPH, ...overrides,
    }, { logs: true });
    env.tenant = await createTenant(env.gw.backends.pg, 'router-inval', 2);
    [env.admin, env.member] = await Promise.all([env.gw.tokenFor(env.tenant.admin), env.gw.tokenFor(env.tenant.member)]);
  });
  afterAll(async () => {
    for (const name of ['entity_changelog', 'field_audit_log']) await env.gw.backends.mongo.collection(name).deleteMany({ tenant_id: env.tenant.id });
    await dropTenant(env.gw.backends.pg, env.tenant);
    await env.gw.stop();
  });
  return env;
}

/** Every change in the outbox relayed (earlier test files' included), and what that sent, sent. */
async function relayed(gw: TestGateway) {
  await eventually(async () => {
    const { rows } = await gw.backends.pg.query<{ n: number }>('SELECT count(*)::int AS n FROM entity_outbox WHERE relayed_at IS NULL');
    return rows[0]!.n === 0;
  });
  await sleep(SETTLE_MS);
}

const CREATE_TASK = 'mutation($p: ID!) { createTask(input: { projectId: $p, title: "Survey" }) { id } }';

describe('a gateway with ROUTER_INVALIDATION_URL', () => {
  let receiver: InvalidationReceiver;
  beforeAll(async () => {
    receiver = await startInvalidationReceiver();
  });
  const env = gatewayTelling(() => receiver.url);
  afterAll(() => receiver.close());

  beforeEach(async () => {
    await relayed(env.gw);
    receiver.posts.length = 0;
  });

  /** The tags the router was told after `operation`, one list per POST, once nothing more arrives. */
  async function tagsAfter(operation: string, variables: Record<string, unknown>, token: string) {
    const res = await env.gw.query(operation, variables, token);
    expect(res.errors).toBeUndefined();
    await eventually(() => receiver.posts.length > 0);
    await relayed(env.gw);
    return receiver.tagsPerPost();
  }

  it('tells it, once the relay has dropped its own entries, the tags a write made stale', async () => {
    expect(await tagsAfter(CREATE_TASK, { p: env.tenant.projects[0]!.id }, env.member))
      .toEqual([['dashboard-overview', 'dashboards', 'report-task-throughput']]);
    expect(receiver.posts[0]).toMatchObject({ authorization: KEY, contentType: 'application/json' });
    expect(receiver.posts[0]!.body.every((request) => request.kind === 'cache_tag' && request.subgraphs.join() === SUBGRAPH)).toBe(true);

    receiver.posts.length = 0;
    const update = `mutation($id: ID!) { updateProject(id: $id, input: { status: ACTIVE }) { status } }`;
    expect(await tagsAfter(update, { id: env.tenant.projects[0]!.id }, env.member))
      .toEqual([['dashboard-overview', 'dashboards', 'report-budget-vs-spend']]);
  });

  it('tells it the dashboard refreshDashboard recomputed, and the report type invalidateReport dropped', async () => {
    expect(await tagsAfter('mutation { refreshDashboard(id: "procurement") { name } }', {}, env.admin))
      .toEqual([['dashboard-procurement', 'dashboards']]);
    receiver.posts.length = 0;
    expect(await tagsAfter('mutation { invalidateReport(type: "vendor-spend", params: { from: "2026-01-01" }) }', {}, env.admin))
      .toEqual([['report-vendor-spend']]);
  });

  it('tells it nothing for a read, or for a refresh that was refused', async () => {
    await env.gw.query('{ dashboard(id: "overview") { tiles { snapshot { source } } } }', {}, env.member);
    await env.gw.query('mutation { refreshDashboard(id: "nope") { name } }', {}, env.admin);
    await sleep(SETTLE_MS);
    expect(receiver.posts).toEqual([]);
  });
});

describe('a router that fails or hangs', () => {
  let receiver: InvalidationReceiver;
  beforeAll(async () => {
    receiver = await startInvalidationReceiver();
  });
  // Long enough that a held POST is still held when the test releases it.
  const env = gatewayTelling(() => receiver.url, { ROUTER_INVALIDATION_TIMEOUT_MS: '10000' });
  afterAll(() => receiver.close());

  beforeEach(async () => {
    await relayed(env.gw);
    receiver.posts.length = 0;
    receiver.answer = 'accept';
  });

  it('answering 500 fails no write and holds up no relay; each batch is tried three times, then dropped and logged', async () => {
    receiver.answer = 'fail';
    const before = { dropped: await dropped(), failures: failures(env.gw.logs).length };
    const task = await env.gw.query(CREATE_TASK, { p: env.tenant.projects[0]!.id }, env.member);
    expect(task.errors).toBeUndefined();
    await relayed(env.gw); // the outbox moved on while the router failed
    await eventually(() => failures(env.gw.logs).length === before.failures + 1);
    const refresh = await env.gw.query('mutation { refreshDashboard(id: "procurement") { name } }', {}, env.admin);
    expect(refresh.data).toEqual({ refreshDashboard: { name: 'Procurement' } });
    await eventually(() => failures(env.gw.logs).length === before.failures + 2);
    const task3 = ['dashboard-overview', 'dashboards', 'report-task-throughput'];
    const procurement = ['dashboard-procurement', 'dashboards'];
    expect(receiver.tagsPerPost()).toEqual([task3, task3, task3, procurement, procurement, procurement]);
    expect(failures(env.gw.logs).at(-1)).toMatchObject({ level: 40, attempts: 3, reason: expect.stringMatching(/^HTTP 500 /) });
    expect(await dropped()).toBe(before.dropped + 5);
  });

  it('not answering does not hold a write up; what comes meanwhile goes in one POST after it', async () => {
    receiver.answer = 'hang';
    const first = await env.gw.query('mutation { refreshDashboard(id: "overview") { name } }', {}, env.admin);
    expect(first.errors).toBeUndefined();
    await eventually(() => receiver.held === 1);
    // Both answered while the router still holds the first POST.
    const task = await env.gw.query(CREATE_TASK, { p: env.tenant.projects[1]!.id }, env.member);
    const refresh = await env.gw.query('mutation { refreshDashboard(id: "procurement") { name } }', {}, env.admin);
    expect([task.errors, refresh.errors]).toEqual([undefined, undefined]);
    await relayed(env.gw);
    expect([receiver.held, receiver.posts.length]).toEqual([1, 1]);

    receiver.answer = 'accept';
    receiver.release();
    await eventually(() => receiver.posts.length === 2);
    await sleep(SETTLE_MS);
    expect(receiver.tagsPerPost()).toEqual([
      ['dashboard-overview', 'dashboards'],
      ['dashboard-overview', 'dashboard-procurement', 'dashboards', 'report-task-throughput'],
    ]);
  });
});

describe('a router that is down', () => {
  const env = gatewayTelling(() => UNREACHABLE_URL);

  it('fails no write and holds up no relay; the failure is logged and counted', async () => {
    const before = await dropped();
    const task = await env.gw.query(CREATE_TASK, { p: env.tenant.projects[0]!.id }, env.member);
    expect(task.errors).toBeUndefined();
    const refresh = await env.gw.query('mutation { invalidateReport(type: "asset-register") }', {}, env.admin);
    expect(refresh.data).toEqual({ invalidateReport: true });
    await relayed(env.gw);
    await eventually(() => failures(env.gw.logs).length >= 1);
    expect(failures(env.gw.logs)[0]).toMatchObject({ level: 40, attempts: 3, reason: expect.stringMatching(/ECONNREFUSED/) });
    expect(await dropped()).toBeGreaterThan(before);
  });
});
