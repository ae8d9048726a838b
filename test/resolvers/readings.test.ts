import { randomUUID } from 'node:crypto';
import { SeededRandom } from '../../src/seed/random';
import { createTenant, dropTenant, withoutCapture, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

/**
 * Asset readings (seed 002's time series): recordReadings writes a call all or nothing, and
 * Asset.readings answers count/avg/min/max per UTC bucket, checked against the same buckets
 * computed here in plain TypeScript, one aggregate for all the assets of a page.
 */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let member: string;
let assets: string[];
let otherAsset: string;

const HOUR = 3_600_000;
const now = Date.now();
/** Two days of readings, ending a minute ago. */
const start = now - 48 * HOUR;

interface Reading { assetId: string; metric: string; value: number; time: string }
const readings: Reading[] = [];

async function createAssets(tenant: FixtureTenant, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await withoutCapture(gw.backends.pg, async (client) => {
    for (const [i, id] of ids.entries()) {
      await client.query('INSERT INTO assets (id, tenant_id, project_id, tag, name, category, created_at) VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(secs => $7))',
        [id, tenant.id, tenant.projects[0]!.id, `A-${i}`, `machine ${i}`, 'generator', count - i]);
    }
  });
  return ids;
}

const RECORD = 'mutation($readings: [ReadingInput!]!) { recordReadings(readings: $readings) }';
const stored = (tenantId: string) => gw.backends.mongo.collection('asset_reading').countDocuments({ tenant_id: tenantId });

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'readings', 1);
  globex = await createTenant(gw.backends.pg, 'readings-other', 1);
  member = await gw.tokenFor(acme.member);
  assets = await createAssets(acme, 3);
  otherAsset = (await createAssets(globex, 1))[0]!;
  // 10,000 readings over the three assets and two metrics, at random moments of the two days.
  const random = new SeededRandom(2002);
  for (let i = 0; i < 10_000; i++) {
    readings.push({
      assetId: random.pick(assets), metric: random.pick(['temperature_c', 'power_kw']),
      value: Math.round((random.next() * 200 - 50) * 1000) / 1000,
      time: new Date(start + Math.floor(random.next() * (48 * HOUR - 60_000))).toISOString(),
    });
  }
});

afterAll(async () => {
  await gw.backends.mongo.collection('asset_reading').deleteMany({ tenant_id: { $in: [acme.id, globex.id] } });
  for (const tenant of [acme, globex]) await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

/** The buckets as a reader expects them, from the readings themselves. */
function expectedBuckets(assetId: string, metric: string, from: Date, to: Date, sizeMs: number, originMs = 0) {
  const first = from.getTime() - ((from.getTime() - originMs) % sizeMs);
  const series = readings.filter((r) => r.assetId === assetId && r.metric === metric).map((r) => ({ t: Date.parse(r.time), v: r.value }));
  const buckets: Bucket[] = [];
  for (let at = first; at < to.getTime(); at += sizeMs) {
    const values = series
      .filter(({ t }) => t >= Math.max(at, from.getTime()) && t < Math.min(at + sizeMs, to.getTime()))
      .map(({ v }) => v);
    buckets.push({
      start: new Date(at).toISOString(), end: new Date(at + sizeMs).toISOString(), count: values.length,
      avg: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    });
  }
  return buckets;
}

const PAGE = `query($metric: String!, $from: DateTime!, $to: DateTime!, $granularity: ReadingGranularity!, $project: ID!) {
  project(id: $project) { assets(first: 10) { edges { node { id readings(metric: $metric, from: $from, to: $to, granularity: $granularity) { start end count avg min max } } } } }
}`;

type Bucket = { start: string; end: string; count: number; avg: number | null; min: number | null; max: number | null };
type Page = { project: { assets: { edges: { node: { id: string; readings: Bucket[] } }[] } } };

/** Averages are sums in another order: equal to the last few bits, so they are compared apart. */
function expectSameBuckets(actual: Bucket[], expected: Bucket[]) {
  const withoutAvg = (buckets: Bucket[]) => buckets.map(({ avg, ...rest }) => ({ ...rest, hasAvg: avg !== null }));
  expect(withoutAvg(actual)).toEqual(withoutAvg(expected));
  actual.forEach((bucket, i) => {
    if (bucket.avg !== null) expect(Math.abs(bucket.avg - expected[i]!.avg!)).toBeLessThan(1e-9);
  });
}

describe('recordReadings and Asset.readings', () => {
  it('records 10,000 readings in two calls of 5,000, each one SQL statement and one insertMany', async () => {
    // The driver cuts an insertMany at the server's limit: 100,000 documents on MongoDB (one
    // command), 1,000 on the test server (a command per 999).
    const { maxWriteBatchSize } = await gw.backends.mongo.admin().command({ isMaster: 1 });
    const sql = countPgQueries(gw.backends.pg);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    try {
      for (const call of [readings.slice(0, 5_000), readings.slice(5_000)]) {
        sql.reset();
        mongo.reset();
        expect(await gw.query(RECORD, { readings: call }, member)).toMatchObject({ data: { recordReadings: 5_000 } });
        expect(sql.statements).toHaveLength(1); // every asset of the call, checked at once
        expect(mongo.commands).toEqual(Array(Math.ceil(5_000 / (maxWriteBatchSize - 1))).fill('insert'));
      }
    } finally {
      sql.restore();
      mongo.restore();
    }
    expect(await stored(acme.id)).toBe(10_000);
  });

  it.each([
    ['HOUR', 'temperature_c', HOUR, 0],
    ['FIFTEEN_MINUTES', 'power_kw', 15 * 60_000, 0],
    ['DAY', 'temperature_c', 24 * HOUR, 0],
    ['WEEK', 'power_kw', 7 * 24 * HOUR, 4 * 24 * HOUR],
  ] as const)('%s buckets of %s equal a direct computation, for every asset of a page in one aggregate', async (granularity, metric, sizeMs, origin) => {
    // Unaligned on purpose: the first and last buckets count only what is inside the range.
    const from = new Date(start + 17 * 60_000 + 123);
    const to = new Date(now - 7 * 60_000);
    const sql = countPgQueries(gw.backends.pg);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    let res;
    try {
      res = await gw.query<Page>(PAGE, { metric, from, to, granularity, project: acme.projects[0]!.id }, member);
      expect(mongo.commands).toEqual(['aggregate']);
      expect(sql.statements).toHaveLength(2); // the project, its page of assets
    } finally {
      sql.restore();
      mongo.restore();
    }
    expect(res.errors).toBeUndefined();
    const edges = res.data!.project.assets.edges;
    expect(edges.map((e) => e.node.id).sort()).toEqual([...assets].sort());
    for (const { node } of edges) {
      const expected = expectedBuckets(node.id, metric, from, to, sizeMs, origin);
      expectSameBuckets(node.readings, expected);
      expect(node.readings.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(0);
    }
  });

  it('returns every bucket of the range, empty ones with count 0 and no avg, min or max', async () => {
    const from = new Date(Math.floor(now / HOUR) * HOUR + 2 * HOUR);
    const res = await gw.query<Page>(PAGE, { metric: 'temperature_c', from, to: new Date(from.getTime() + 3 * HOUR), granularity: 'HOUR', project: acme.projects[0]!.id }, member);
    expect(res.data!.project.assets.edges[0]!.node.readings).toEqual([0, 1, 2].map((i) => ({
      start: new Date(from.getTime() + i * HOUR).toISOString(), end: new Date(from.getTime() + (i + 1) * HOUR).toISOString(),
      count: 0, avg: null, min: null, max: null,
    })));
  });

  it("counts only the tenant's own readings, even ones another tenant wrote under the asset's id", async () => {
    await gw.backends.mongo.collection('asset_reading').insertOne({ tenant_id: globex.id, asset_id: assets[0], metric: 'temperature_c', value: 1e6, time: new Date(now - HOUR) });
    const res = await gw.query<Page>(PAGE, { metric: 'temperature_c', from: new Date(start), to: new Date(now), granularity: 'DAY', project: acme.projects[0]!.id }, member);
    const mine = res.data!.project.assets.edges.find((e) => e.node.id === assets[0])!.node.readings;
    expect(Math.max(...mine.map((b) => b.max ?? 0))).toBeLessThan(1e6);
    expect(mine.reduce((n, b) => n + b.count, 0)).toBe(readings.filter((r) => r.assetId === assets[0] && r.metric === 'temperature_c').length);
  });

  it('refuses the whole call with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const good = (i: number): Reading => ({ assetId: assets[i % 3]!, metric: 'temperature_c', value: i, time: new Date(now - i * 1000).toISOString() });
    const batch = (bad: Partial<Reading>, at = 4_999, size = 5_000) => Array.from({ length: size }, (_, i) => (i === at ? { ...good(i), ...bad } : good(i)));
    const before = await stored(acme.id);
    const refusals: [Reading[], string][] = [
      [Array.from({ length: 5_001 }, (_, i) => good(i)), 'readings'],
      [batch({ assetId: otherAsset }), 'readings[4999].assetId'],
      [batch({ assetId: 'not-a-uuid' }, 7, 10), 'readings[7].assetId'],
      [batch({ metric: 'Motor Temperature' }, 3, 10), 'readings[3].metric'],
      [batch({ metric: 'x'.repeat(65) }, 3, 10), 'readings[3].metric'],
      [batch({ time: new Date(now + HOUR).toISOString() }), 'readings[4999].time'],
      [batch({ time: new Date(now - 91 * 24 * HOUR).toISOString() }, 0, 10), 'readings[0].time'],
    ];
    for (const [call, field] of refusals) {
      const res = await gw.query(RECORD, { readings: call }, member);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    // A literal too large for a double parses to Infinity.
    const infinite = await gw.query(`mutation { recordReadings(readings: [{ assetId: "${assets[0]}", metric: "power_kw", value: 1e400, time: "${new Date(now).toISOString()}" }]) }`, {}, member);
    expect(infinite.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readings[0].value' });
    expect(await stored(acme.id)).toBe(before);
  });

  it("refuses an asset of another tenant to its own tenant's users too, and users without a role", async () => {
    const other = await gw.tokenFor(globex.member);
    const res = await gw.query(RECORD, { readings: [{ assetId: assets[0], metric: 'power_kw', value: 1, time: new Date(now).toISOString() }] }, other);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readings[0].assetId' });
    const roleless = await gw.tokenFor({ ...acme.member, roles: [] });
    const refused = await gw.query(RECORD, { readings: [{ assetId: assets[0], metric: 'power_kw', value: 1, time: new Date(now).toISOString() }] }, roleless);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a range of too many buckets, an empty range and a bad metric, naming the argument', async () => {
    const ask = (args: Record<string, unknown>) => gw.query(PAGE, { metric: 'power_kw', from: new Date(start), to: new Date(now), granularity: 'HOUR', project: acme.projects[0]!.id, ...args }, member);
    const field = async (args: Record<string, unknown>) => (await ask(args)).errors?.[0]?.extensions;
    expect(await field({ granularity: 'MINUTE' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granularity' }); // 2,880 buckets
    expect(await field({ from: new Date(now), to: new Date(now) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(await field({ metric: 'Power' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metric' });
    expect((await ask({ granularity: 'FIVE_MINUTES', from: new Date(now - 24 * HOUR) })).errors).toBeUndefined(); // 289 buckets
  });
});
