import { DAY, HOUR, MINUTE, SECOND, sha256, type Draft, type Drafts, type SeedContext } from './context';

type Request = Draft<'api_request_log'>;
type Attempt = Draft<'webhook_event_log'>;

/** The client's operations against /graphql: what the web app and the mobile app send. */
const OPERATIONS: readonly { name: string; mutation?: true; variables: (ctx: SeedContext) => Record<string, unknown> }[] = [
  { name: 'ProjectList', variables: () => ({ first: 20 }) },
  { name: 'ProjectDetail', variables: (ctx) => ({ id: ctx.random.pick(ctx.data.projects).id }) },
  { name: 'TaskDetail', variables: (ctx) => ({ id: ctx.random.pick(ctx.data.tasks).id }) },
  { name: 'UpdateTask', mutation: true, variables: (ctx) => ({ id: ctx.random.pick(ctx.data.tasks).id, input: { status: 'DONE' } }) },
  { name: 'CreatePurchaseOrder', mutation: true, variables: (ctx) => ({ input: { vendorId: ctx.random.pick(ctx.data.vendors).id, totalAmount: '1250.00' } }) },
  { name: 'Dashboard', variables: (ctx) => ({ id: ctx.random.pick(['overview', 'overview', 'procurement']) }) },
  { name: 'Report', variables: () => ({ type: 'budget-vs-spend', params: {} }) },
  { name: 'MyNotifications', variables: () => ({ first: 20, unreadOnly: true }) },
  { name: 'UpdatePreferences', mutation: true, variables: () => ({ input: { theme: 'DARK' } }) },
];

const FAILURES = [
  { status: 200, code: 'BAD_USER_INPUT', message: 'Invalid status for Task.' },
  { status: 200, code: 'FORBIDDEN', message: 'Only admins may read this.' },
  { status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Cannot query field "budgetLeft" on type "Project".' },
  { status: 401, code: 'UNAUTHENTICATED', message: 'The token has expired.' },
  { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' },
] as const;

type Failure = (typeof FAILURES)[number];

function graphqlRequest(ctx: SeedContext, createdAt: Date, forced?: Failure): Request {
  const { random } = ctx;
  const operation = random.pick(OPERATIONS);
  const failure = forced ?? (random.chance(0.2) ? random.pick(FAILURES) : undefined);
  // Bodies are kept only when sampling asks for them, and for every failure.
  const sampled = failure !== undefined || random.chance(0.2);
  return {
    request_id: random.uuid(), direction: 'inbound',
    method: operation.mutation || random.chance(0.8) ? 'POST' : 'GET',
    endpoint: '/graphql',
    operation_name: operation.name,
    operation_hash: sha256(`${operation.mutation ? 'mutation' : 'query'} ${operation.name}`),
    status_code: failure?.status ?? 200,
    duration_ms: failure?.status === 500 ? random.int(2_000, 10_000) + random.next() : random.int(4, 400) + random.next(),
    error_codes: failure ? [failure.code] : [],
    ...(failure?.status !== 401 && { user_id: ctx.someone() }),
    ip_address: `198.51.100.${random.int(1, 254)}`,
    ...(sampled && { request_body: { operationName: operation.name, variables: operation.variables(ctx) } }),
    ...(failure && { response_body: { errors: [{ message: failure.message, extensions: { code: failure.code } }] } }),
    created_at: createdAt,
  };
}

/** Runs against QuickBooks (purchase orders out) and SAP (assets in), each with its outbound call. */
function syncs(ctx: SeedContext, requests: Request[]): Draft<'integration_sync_log'>[] {
  const { random, data } = ctx;
  const runs: Draft<'integration_sync_log'>[] = [];
  const plans = [
    { system: 'quickbooks', direction: 'export', every: 2, url: `https://quickbooks.api.intuit.com/v3/company/${random.int(1e9, 9e9)}/batch`, records: data.purchaseOrders.length },
    { system: 'sap', direction: 'import', every: 3, url: 'https://sap.erp.example/sap/opu/odata/sap/API_FIXEDASSET_SRV/FixedAsset', records: data.assets.length },
  ] as const;
  for (const plan of plans) {
    for (let daysAgo = plan.every * 6; daysAgo >= 0; daysAgo -= plan.every) {
      const startedAt = daysAgo === 0 ? ctx.ago(2 * MINUTE, 20 * MINUTE) : ctx.ago(daysAgo * DAY + 2 * HOUR, daysAgo * DAY + 3 * HOUR);
      const running = daysAgo === 0 && plan.system === 'quickbooks';
      const status = running ? 'running' : random.pick(['succeeded', 'succeeded', 'succeeded', 'partial', 'failed'] as const);
      const processed = status === 'failed' ? 0 : random.int(Math.ceil(plan.records / 2), plan.records);
      const failed = status === 'partial' ? random.int(1, 3) : 0;
      const errors = status === 'failed'
        ? [{ message: plan.system === 'quickbooks' ? 'OAuth token expired; reconnect QuickBooks.' : 'SAP gateway returned 503 Service Unavailable.' }]
        : Array.from({ length: failed }, () => plan.system === 'quickbooks'
          ? { record_id: random.pick(data.purchaseOrders).number, message: 'Vendor is not mapped to a QuickBooks vendor.' }
          : { record_id: `FA-${random.int(100000, 999999)}`, message: 'Asset class 3100 has no matching category.' });
      runs.push({
        system: plan.system, direction: plan.direction, status, records_processed: processed, records_failed: failed, errors,
        started_at: startedAt, ...(!running && { finished_at: new Date(startedAt.getTime() + random.int(20, 600) * SECOND) }),
      });
      requests.push({
        request_id: random.uuid(), direction: 'outbound', method: plan.direction === 'export' ? 'POST' : 'GET', endpoint: plan.url,
        status_code: status === 'failed' ? (plan.system === 'quickbooks' ? 401 : 503) : 200,
        duration_ms: random.int(150, 4_000) + random.next(), error_codes: status === 'failed' ? ['UPSTREAM_ERROR'] : [],
        created_at: new Date(startedAt.getTime() + random.int(1, 10) * SECOND),
      });
    }
  }
  return runs;
}

/** Deliveries of row events to two subscriptions: most arrive first time, some after retries, one gave up. */
function webhooks(ctx: SeedContext): Attempt[] {
  const { random, data } = ctx;
  const subscriptions = [
    { webhook_id: 'whk_erp_purchase_orders', target_url: 'https://erp.partner.example/hooks/purchase-orders' },
    { webhook_id: 'whk_chatops_tasks', target_url: `https://chat.${ctx.domain}/hooks/tasks` },
  ];
  // As many deliveries as there are rows the events are about, a few of each.
  const times = (n: number, event: readonly [string, (typeof subscriptions)[number]]) => Array.from({ length: n }, () => event);
  const count = (rows: readonly { status: string }[], status: string, max: number) => Math.min(max, rows.filter((r) => r.status === status).length);
  const events = [
    ...times(count(data.purchaseOrders, 'APPROVED', 4), ['purchase_order.approved', subscriptions[0]!]),
    ...times(count(data.purchaseOrders, 'RECEIVED', 2), ['purchase_order.received', subscriptions[0]!]),
    ...times(count(data.tasks, 'DONE', 4), ['task.completed', subscriptions[1]!]),
  ];
  const backoff = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR];
  const attempts: Attempt[] = [];
  events.forEach(([event_type, subscription], i) => {
    // The newest event's retry is still due; the one before it gave up after five attempts.
    const last = i === events.length - 1;
    const exhausted = i === events.length - 2;
    let at = last ? ctx.ago(50 * MINUTE, 55 * MINUTE) : ctx.ago(DAY, 30 * DAY);
    const failures = last ? 3 : exhausted ? 5 : random.chance(0.25) ? random.int(1, 2) : 0;
    for (let attempt = 1; attempt <= failures + (last || exhausted ? 0 : 1); attempt++) {
      const failed = attempt <= failures;
      const timeout = failed && random.chance(0.4);
      const nextRetryAt = failed && attempt <= backoff.length ? new Date(at.getTime() + backoff[attempt - 1]! + random.int(0, 999)) : undefined;
      attempts.push({
        ...subscription, event_type, attempt, status: failed ? 'failed' : 'delivered',
        ...(!timeout && { response_status: failed ? random.pick([500, 502, 503]) : 200, response_body: failed ? 'upstream unavailable' : '{"ok":true}' }),
        ...(timeout && { error: 'timed out after 10000 ms' }),
        ...(nextRetryAt && { next_retry_at: nextRetryAt }),
        created_at: at,
      });
      if (nextRetryAt) at = nextRetryAt;
    }
  });
  // Just enqueued: not attempted yet.
  attempts.push({ ...subscriptions[1]!, event_type: 'task.completed', attempt: 1, status: 'pending', created_at: ctx.ago(5 * SECOND, MINUTE) });
  return attempts;
}

export function integrationDocuments(ctx: SeedContext): Drafts<'api_request_log' | 'webhook_event_log' | 'integration_sync_log'> {
  const { random } = ctx;
  // Busier towards the anchor: half of the requests are from its last day.
  const requests = Array.from({ length: 48 }, () =>
    graphqlRequest(ctx, random.chance(0.5) ? ctx.ago(5 * SECOND, DAY) : ctx.ago(DAY, 14 * DAY)));
  // Every tenant has seen a server error (error_log joins it by request_id) and an expired token.
  requests.push(graphqlRequest(ctx, ctx.ago(3 * HOUR, 4 * HOUR), FAILURES[4]), graphqlRequest(ctx, ctx.ago(2 * DAY, 3 * DAY), FAILURES[3]));
  // Past the 30 days of retention: readers leave them out (MongoDB's TTL monitor deletes them).
  requests.push(graphqlRequest(ctx, ctx.ago(40 * DAY, 41 * DAY)), graphqlRequest(ctx, ctx.ago(45 * DAY, 46 * DAY)));
  const integration_sync_log = syncs(ctx, requests);
  return { api_request_log: requests, webhook_event_log: webhooks(ctx), integration_sync_log };
}
