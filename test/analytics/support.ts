import { randomUUID } from 'node:crypto';
import type { Db, Document } from 'mongodb';
import { metrics, type MetricName } from '../../src/analytics/metrics';
import { DAY_MS, HOUR_MS } from '../../src/analytics/periods';

/** The gateway's Mutation fields the tests' activity uses (the job is given the schema's). */
export const MUTATIONS = ['createTask', 'updateTask', 'recordActivity'];

/** What a rollup holds, computed here from the documents themselves, independently of the job's pipeline. */
export interface Expected {
  count: number;
  sum?: number;
  min?: number;
  max?: number;
}

const isMutation = (action: string) => action.split(',').every((name) => MUTATIONS.includes(name));
const counted: Record<MetricName, (doc: Document) => boolean> = {
  'api.requests': (doc) => doc.direction === 'inbound',
  'api.errors': (doc) => doc.direction === 'inbound' && (doc.error_codes.length > 0 || doc.status_code >= 400),
  'activity.events': () => true,
  'activity.page_views': (doc) => doc.action === 'view',
  'activity.mutations': (doc) => isMutation(doc.action),
};

/** `tenant|metric|granularity|periodStart ms` → the rollup a direct aggregation of `docs` gives. */
export function directRollups(docs: readonly Document[], source: 'api_request_log' | 'user_activity_event'): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const doc of docs) {
    for (const [granularity, ms] of [['hour', HOUR_MS], ['day', DAY_MS]] as const) {
      const start = Math.floor(doc.created_at.getTime() / ms) * ms;
      for (const name of Object.keys(metrics) as MetricName[]) {
        const spec = metrics[name];
        if (spec.source !== source || !counted[name](doc)) continue;
        const key = `${doc.tenant_id}|${name}|${granularity}|${start}`;
        const rollup = out.get(key) ?? { count: 0 };
        rollup.count++;
        const value = 'measure' in spec ? doc[spec.measure.field] : undefined;
        if (typeof value === 'number') {
          rollup.sum = (rollup.sum ?? 0) + value;
          rollup.min = Math.min(rollup.min ?? Infinity, value);
          rollup.max = Math.max(rollup.max ?? -Infinity, value);
        }
        out.set(key, rollup);
      }
    }
  }
  return out;
}

/** The stored rollups of these tenants, in the same shape. */
export async function storedRollups(db: Db, tenants: readonly string[]): Promise<Map<string, Expected>> {
  const docs = await db.collection('analytics_aggregate').find({ tenant_id: { $in: [...tenants] } }).toArray();
  return new Map(docs.map((doc) => [`${doc.tenant_id}|${doc.metric}|${doc.granularity}|${doc.period_start.getTime()}`, {
    count: doc.count, ...(doc.sum !== undefined && { sum: doc.sum, min: doc.min, max: doc.max }),
  }]));
}

/** An inbound call of /graphql, as the gateway logs it. */
export const request = (tenantId: string, at: Date, fields: Document = {}): Document => ({
  tenant_id: tenantId, request_id: randomUUID(), direction: 'inbound', method: 'POST', endpoint: '/graphql', operation_name: 'Q',
  operation_hash: null, status_code: 200, duration_ms: 12.5, error_codes: [], created_at: at, ...fields,
});

export const activity = (tenantId: string, at: Date, action: string, fields: Document = {}): Document => ({
  tenant_id: tenantId, user_id: randomUUID(), action, created_at: at, ...fields,
});

/** Documents of the current and the previous hour of `now` (the day before too, when that hour was yesterday). */
export function hourStarts(now = Date.now()) {
  const current = Math.floor(now / HOUR_MS) * HOUR_MS;
  return { current: new Date(current), previous: new Date(current - HOUR_MS) };
}
