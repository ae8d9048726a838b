import { DAY, HOUR, MINUTE, SECOND, sha256, type Draft, type Drafts, type SeedContext } from './context';

type Job = Draft<'background_job_log'>;
type ErrorEntry = Draft<'error_log'>;

/** Hourly numbers for the busiest operations over the anchor's last hours. */
function metrics(ctx: SeedContext): Draft<'performance_metric'>[] {
  const { random } = ctx;
  const hour = Math.floor(ctx.anchor.getTime() / HOUR) * HOUR;
  const window = (endpoint: string, end: number) => {
    const requests = random.int(40, 900);
    const p50 = random.int(8, 60) + random.next();
    return {
      endpoint, window_seconds: 3600, request_count: requests, error_count: Math.floor(requests * random.next() * 0.03),
      p50_ms: p50, p95_ms: p50 * (2.5 + random.next()), p99_ms: p50 * (6 + random.next() * 3),
      // The window closes on the hour; the numbers are written a moment later.
      created_at: new Date(end + random.int(5, 900)),
    };
  };
  const out: Draft<'performance_metric'>[] = [];
  for (let h = 6; h >= 1; h--) for (const endpoint of ['ProjectList', 'ProjectDetail', 'TaskDetail', 'Dashboard']) out.push(window(endpoint, hour - h * HOUR));
  return out;
}

function jobs(ctx: SeedContext): Job[] {
  const { random } = ctx;
  const out: Job[] = [];
  const run = (job_name: string, startedAt: Date, fields: Partial<Job> = {}): Job => {
    const duration = random.int(200, 90_000) + random.next();
    return {
      job_name, status: 'succeeded', duration_ms: duration, started_at: startedAt,
      finished_at: new Date(startedAt.getTime() + Math.ceil(duration)), ...fields,
    };
  };
  for (let i = 8; i >= 1; i--) {
    out.push(run('refresh-dashboard-snapshots', ctx.ago(i * 6 * HOUR, i * 6 * HOUR + MINUTE), { params: { dashboards: ['overview', 'procurement'] }, output: { tiles: 5 } }));
  }
  for (let d = 5; d >= 1; d--) out.push(run('reindex-search', ctx.ago(d * DAY + 2 * HOUR, d * DAY + 3 * HOUR), { output: { entries: ctx.targets.length } }));
  for (let i = 4; i >= 1; i--) out.push(run('retry-webhooks', ctx.ago(i * 4 * HOUR, i * 4 * HOUR + MINUTE), { output: { retried: random.int(0, 3) } }));
  out.push(
    run('train-model', ctx.ago(6 * DAY, 7 * DAY), { params: { model: 'task-delay-risk' }, status: 'failed', error: 'Dataset has 12 rows; at least 20 are needed.', output: null }),
    run('train-model', ctx.ago(4 * DAY, 5 * DAY), { params: { model: 'task-delay-risk' }, output: { version: '1.2.0', auc: 0.81 } }),
  );
  // Still going, and waiting for a worker (started_at is when it was enqueued: the field is required).
  out.push({ job_name: 'expire-report-cache', status: 'running', params: { olderThanDays: 30 }, started_at: ctx.ago(30 * SECOND, 2 * MINUTE) });
  out.push({ job_name: 'export-audit-archive', status: 'queued', params: { year: ctx.anchor.getUTCFullYear() - 7 }, started_at: ctx.ago(SECOND, 30 * SECOND) });
  return out;
}

function health(ctx: SeedContext): Draft<'system_health_event'>[] {
  const { random } = ctx;
  const out: Draft<'system_health_event'>[] = [];
  for (let d = 6; d >= 1; d--) {
    for (const service of ['postgres', 'mongodb', 'redis']) {
      out.push({ service, status: 'up', message: `health check passed in ${random.int(1, 9)} ms`, created_at: ctx.ago(d * DAY, d * DAY + HOUR) });
    }
  }
  const outage = ctx.ago(2 * DAY, 3 * DAY);
  out.push(
    { service: 'mongodb', status: 'down', message: 'connect ECONNREFUSED 127.0.0.1:57017', created_at: outage },
    { service: 'mongodb', status: 'up', message: 'health check passed in 4 ms after 4 minutes down', created_at: new Date(outage.getTime() + 4 * MINUTE) },
    { service: 'redis', status: 'degraded', metric: 'latency_ms', value: 240 + random.next() * 60, message: 'PING took longer than 200 ms', created_at: ctx.ago(10 * HOUR, 20 * HOUR) },
    { service: 'disk', status: 'degraded', metric: 'disk', value: 0.91, message: '/var/lib/mongodb is 91% full', created_at: ctx.ago(HOUR, 5 * HOUR) },
    { service: 'api', status: 'degraded', metric: 'cpu', value: 0.97, message: 'CPU above 95% for 5 minutes', created_at: ctx.ago(4 * DAY, 5 * DAY) },
  );
  return out;
}

const FAULTS = [
  { error_type: 'MongoServerError', message: 'connection pool for 127.0.0.1:57017 was cleared', at: 'DocumentStore.find (src/stores/documents.ts:74:61)', severity: 'error' },
  { error_type: 'TypeError', message: "Cannot read properties of undefined (reading 'id')", at: 'resolveOwner (resolvers/relations.ts:14:35)', severity: 'error' },
  { error_type: 'QueryTimeoutError', message: 'canceling statement due to statement timeout', at: 'KpiStore.buckets (src/stores/kpis.ts:21:40)', severity: 'critical' },
] as const;

/** The server errors of the API log, grouped by fingerprint; the TypeError is fixed, and one entry is past the 90 days of retention. */
function errors(ctx: SeedContext, requests: readonly Draft<'api_request_log'>[]): ErrorEntry[] {
  const { random } = ctx;
  const entry = (fault: (typeof FAULTS)[number], createdAt: Date, fields: Partial<ErrorEntry> = {}): ErrorEntry => {
    const resolved = fault.error_type === 'TypeError';
    return {
      fingerprint: sha256(`${fault.error_type}:${fault.at}`).slice(0, 32), severity: fault.severity, error_type: fault.error_type,
      message: fault.message, stack: `${fault.error_type}: ${fault.message}\n    at ${fault.at}\n    at async Promise.all (index 0)`,
      resolved, ...(resolved && { resolved_at: ctx.after(createdAt, 3 * DAY) }), created_at: createdAt, ...fields,
    };
  };
  const out = requests.filter((r) => r.status_code === 500).map((r) => entry(random.pick(FAULTS), ctx.after(r.created_at, 500), {
    request_id: r.request_id, context: { operationName: r.endpoint, variables: Object.keys((r.request_body as { variables?: object })?.variables ?? {}) },
  }));
  out.push(
    entry(FAULTS[1], ctx.ago(5 * DAY, 6 * DAY), { context: { job: 'refresh-dashboard-snapshots' } }),
    { fingerprint: sha256('DeprecationWarning:punycode').slice(0, 32), severity: 'warning', error_type: 'DeprecationWarning', message: 'The `punycode` module is deprecated.', resolved: false, created_at: ctx.ago(HOUR, DAY) },
    entry(FAULTS[0], ctx.ago(100 * DAY, 101 * DAY), { context: { operationName: 'ProjectList' } }),
  );
  return out;
}

export function observabilityDocuments(
  ctx: SeedContext, requests: readonly Draft<'api_request_log'>[],
): Drafts<'performance_metric' | 'background_job_log' | 'system_health_event' | 'error_log'> {
  return { performance_metric: metrics(ctx), background_job_log: jobs(ctx), system_health_event: health(ctx), error_log: errors(ctx, requests) };
}
