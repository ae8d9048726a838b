import { MongoClient } from 'mongodb';

/**
 * recordReadings under load, for `npm run bench:logs`: closed-loop calls of `perCall` readings
 * each from `concurrency` writers, as devices or an integration would send them. Readings use a
 * metric of their own and are deleted after each round, so the demo data stays as seeded and the
 * test server (which keeps everything in memory) does not grow.
 */
export const METRIC = 'bench_load';

export interface ReadingsRound {
  round: number;
  calls: number;
  readingsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

function body(assetIds: readonly string[], perCall: number): string {
  const now = Date.now();
  const readings = Array.from({ length: perCall }, (_, i) => ({
    assetId: assetIds[i % assetIds.length], metric: METRIC,
    value: Math.round(Math.random() * 1e5) / 100, time: new Date(now - Math.floor(Math.random() * 3_600_000)).toISOString(),
  }));
  return JSON.stringify({ query: 'mutation($r: [ReadingInput!]!) { recordReadings(readings: $r) }', variables: { r: readings } });
}

export async function benchRecordReadings(
  url: string, headers: Record<string, string>, assetIds: readonly string[],
  mongo: { url: string; db: string; tenantId: string },
  { rounds = 3, calls = 30, perCall = 1_000, concurrency = 2 } = {},
): Promise<ReadingsRound[]> {
  const client = await new MongoClient(mongo.url).connect();
  const cleanUp = () => client.db(mongo.db).collection('asset_reading').deleteMany({ tenant_id: mongo.tenantId, metric: METRIC });
  const results: ReadingsRound[] = [];
  try {
    for (let round = 1; round <= rounds; round++) {
      const bodies = Array.from({ length: calls }, () => body(assetIds, perCall));
      const latencies: number[] = [];
      let errors = 0;
      const started = performance.now();
      const writer = async () => {
        for (let next = bodies.pop(); next; next = bodies.pop()) {
          const t0 = performance.now();
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: next });
          const answer = (await res.json()) as { data?: { recordReadings?: number } };
          latencies.push(performance.now() - t0);
          if (answer.data?.recordReadings !== perCall) errors++;
        }
      };
      await Promise.all(Array.from({ length: concurrency }, writer));
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      results.push({
        round, calls, readingsPerSecond: Math.round(((calls - errors) * perCall) / seconds),
        p50Ms: Math.round(percentile(latencies, 0.5)), p99Ms: Math.round(percentile(latencies, 0.99)), errors,
      });
      await cleanUp();
    }
  } finally {
    await cleanUp().catch(() => undefined);
    await client.close();
  }
  return results;
}
