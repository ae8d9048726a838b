import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { PLATFORM_TENANT } from '../catalogue/types';
import { gatewayLogEntries } from '../metrics';

/** One GraphQL operation, as api_request_log keeps it (no bodies: see the catalogue's declaration). */
export interface RequestLogEntry {
  tenantId: string;
  requestId: string;
  method: 'GET' | 'POST';
  operationName: string | null;
  operationHash: string | null;
  statusCode: number;
  durationMs: number;
  errorCodes: readonly string[];
  userId: string;
  /** Root fields run (`Query.projects`): what feature_usage_metric counts. */
  features: readonly string[];
  /** The rows its writes committed (entity_type, entity_id). */
  wrote: readonly { entityType: string; entityId: string }[];
  /** Only for an operation `sampled()` picked: what was asked and answered, secrets redacted here. */
  bodies?: { request: unknown; response: unknown };
  at: Date;
}

/** An unexpected (masked) error, as error_log keeps it. */
export interface ErrorLogEntry {
  tenantId: string;
  requestId: string;
  error: unknown;
  operationName: string | null;
  path: readonly (string | number)[] | null;
  at: Date;
}

/** What a user did, as user_activity_event keeps it: a mutation, and the row it wrote when it wrote one. */
export interface ActivityEntry {
  tenantId: string;
  userId: string;
  action: string;
  entity?: { entityType: string; entityId: string };
  at: Date;
}

/** One search a user ran, as search_query_log keeps it. */
export interface SearchLogEntry {
  tenantId: string;
  userId: string;
  query: string;
  normalizedQuery: string;
  /** The entity types it was narrowed to (entity_type strings), when it was. */
  entityTypes?: readonly string[];
  resultsCount: number;
  at: Date;
}

/** One run of one of the gateway's own jobs, as background_job_log keeps it. */
export interface JobRunEntry {
  jobName: string;
  status: 'succeeded' | 'failed';
  params?: Record<string, unknown>;
  output?: Record<string, unknown>;
  error?: string;
  startedAt: Date;
  finishedAt: Date;
}

/** A dependency that went down or came back, as system_health_event keeps it. */
export interface HealthEntry {
  service: 'postgres' | 'mongodb' | 'redis';
  status: 'up' | 'down';
  message: string;
  at: Date;
}

export interface GatewayLogSettings {
  /** Entries waiting to be written at most; past it new ones are dropped (and counted). */
  maxBuffered?: number;
  /** The share of operations whose bodies are kept (REQUEST_LOG_BODY_SAMPLE), 0 by default. */
  bodySample?: number;
  /** How often the buffer is written, in one insert per collection. */
  flushEveryMs?: number;
}

const DAY_MS = 86_400_000;

/**
 * The gateway's own logs in MongoDB: every operation in api_request_log, every unexpected error in
 * error_log, operations per tenant, feature and day in feature_usage_metric, every mutation in
 * user_activity_event (with the rows it wrote), every search in search_query_log; and, under the
 * platform's tenant (`global`, read by operators, no tenant's), each run of its own jobs in
 * background_job_log and each dependency that went down or came back in system_health_event. Entries wait in a
 * bounded buffer and go out in batches off the request path, one write at a time: a slow or
 * absent MongoDB never slows or fails a request, and what it costs is what is dropped, counted in
 * `gateway_log_entries_total{outcome="dropped"}`. Writes use the default write concern: these are
 * diagnostics, not records.
 */
export class GatewayLogs {
  private requests: Document[] = [];
  private errors: Document[] = [];
  private activity: Document[] = [];
  private searches: Document[] = [];
  /** The gateway's own: job runs and health events belong to the platform, not to a tenant. */
  private platform: { collection: 'background_job_log' | 'system_health_event'; doc: Document }[] = [];
  /** `tenant|feature|day` → uses since the last write. */
  private usage = new Map<string, { tenantId: string; feature: string; day: number; count: number; last: Date }>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private readonly maxBuffered: number;

  constructor(private readonly db: Db, private readonly settings: GatewayLogSettings = {}) {
    this.maxBuffered = settings.maxBuffered ?? 10_000;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.settings.flushEveryMs ?? 1_000).unref();
  }

  /** Writes what is buffered, then stops. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.writing;
    await this.flush();
  }

  /** Whether this operation's bodies are kept: a sample of REQUEST_LOG_BODY_SAMPLE of them. */
  sampled(): boolean {
    const share = this.settings.bodySample ?? 0;
    return share > 0 && Math.random() < share;
  }

  request(entry: RequestLogEntry): void {
    this.mutationActivity(entry);
    if (!this.room('request')) return;
    this.requests.push({
      tenant_id: entry.tenantId, request_id: entry.requestId, direction: 'inbound', method: entry.method, endpoint: '/graphql',
      operation_name: entry.operationName, operation_hash: entry.operationHash, status_code: entry.statusCode,
      duration_ms: Math.round(entry.durationMs * 1000) / 1000, error_codes: [...entry.errorCodes], user_id: entry.userId,
      ...(entry.bodies && { request_body: bounded(redacted(entry.bodies.request)), response_body: bounded(redacted(entry.bodies.response)) }),
      created_at: entry.at,
    });
    const day = Math.floor(entry.at.getTime() / DAY_MS) * DAY_MS;
    for (const feature of entry.features) {
      const key = `${entry.tenantId}|${feature}|${day}`;
      const counted = this.usage.get(key);
      if (counted) {
        counted.count++;
        counted.last = entry.at;
      } else this.usage.set(key, { tenantId: entry.tenantId, feature, day, count: 1, last: entry.at });
    }
  }

  error(entry: ErrorLogEntry): void {
    if (!this.room('error')) return;
    const error = entry.error instanceof Error ? entry.error : new Error(String(entry.error));
    const where = error.stack?.split('\n')[1]?.trim() ?? '';
    this.errors.push({
      tenant_id: entry.tenantId, request_id: entry.requestId, fingerprint: `${error.name}: ${where}`.slice(0, 300),
      severity: 'error', error_type: error.name, message: error.message, stack: error.stack ?? null,
      context: { operation_name: entry.operationName, path: entry.path }, resolved: false, created_at: entry.at,
    });
  }

  /**
   * A mutation's user_activity_event entries: one per row it wrote (the action its root field, or
   * its root fields together when it has several), or one per root field when it wrote none and
   * did not fail.
   */
  private mutationActivity(entry: RequestLogEntry): void {
    // recordActivity records what it was given, and recordReadings is devices reporting (many a
    // minute): neither is a user's action of its own.
    const actions = entry.features.filter((f) => f.startsWith('Mutation.') && !NOT_ACTIONS.has(f)).map((f) => f.slice('Mutation.'.length));
    if (actions.length === 0) return;
    const base = { tenantId: entry.tenantId, userId: entry.userId, at: entry.at };
    if (entry.wrote.length > 0) for (const entity of entry.wrote) this.activityOf({ ...base, action: actions.join(','), entity });
    else if (entry.errorCodes.length === 0) for (const action of actions) this.activityOf({ ...base, action });
  }

  activityOf(entry: ActivityEntry): void {
    if (!this.room('activity')) return;
    this.activity.push({
      tenant_id: entry.tenantId, user_id: entry.userId, action: entry.action,
      ...(entry.entity ? { entity_type: entry.entity.entityType, entity_id: entry.entity.entityId } : {}), created_at: entry.at,
    });
  }

  search(entry: SearchLogEntry): void {
    if (!this.room('search')) return;
    this.searches.push({
      tenant_id: entry.tenantId, user_id: entry.userId, query: entry.query, normalized_query: entry.normalizedQuery,
      ...(entry.entityTypes && { filters: { entityTypes: [...entry.entityTypes] } }), results_count: entry.resultsCount, created_at: entry.at,
    });
  }

  job(run: JobRunEntry): void {
    if (!this.room('job')) return;
    this.platform.push({
      collection: 'background_job_log',
      doc: {
        tenant_id: PLATFORM_TENANT, job_name: run.jobName, status: run.status, params: run.params ?? null, output: run.output ?? null,
        error: run.error ?? null, duration_ms: run.finishedAt.getTime() - run.startedAt.getTime(), started_at: run.startedAt, finished_at: run.finishedAt,
      },
    });
  }

  health(event: HealthEntry): void {
    if (!this.room('health')) return;
    this.platform.push({
      collection: 'system_health_event',
      doc: { tenant_id: PLATFORM_TENANT, service: event.service, status: event.status, message: event.message, created_at: event.at },
    });
  }

  /** One write at a time: while MongoDB is slow, entries wait in the buffer (up to its bound). */
  async flush(): Promise<void> {
    if (this.writing) return;
    const requests = this.requests;
    const errors = this.errors;
    const usage = [...this.usage.values()];
    const platform = this.platform;
    const activity = this.activity;
    const searches = this.searches;
    if (requests.length + errors.length + usage.length + platform.length + activity.length + searches.length === 0) return;
    this.requests = [];
    this.errors = [];
    this.activity = [];
    this.searches = [];
    this.usage = new Map();
    this.platform = [];
    const of = (collection: string) => platform.filter((entry) => entry.collection === collection).map((entry) => entry.doc);
    const [jobs, health] = [of('background_job_log'), of('system_health_event')];
    this.writing = Promise.all([
      this.write('request', requests.length, () => insertLogDocuments(this.db, 'api_request_log', requests)),
      this.write('error', errors.length, () => this.db.collection('error_log').insertMany(errors, { ordered: false })),
      this.write('usage', usage.length, () => this.db.collection('feature_usage_metric').bulkWrite(usage.map(usageUpsert), { ordered: false })),
      this.write('activity', activity.length, () => this.db.collection('user_activity_event').insertMany(activity, { ordered: false })),
      this.write('search', searches.length, () => this.db.collection('search_query_log').insertMany(searches, { ordered: false })),
      this.write('job', jobs.length, () => this.db.collection('background_job_log').insertMany(jobs, { ordered: false })),
      // A dependency's health is worth a retry: the event that MongoDB went down can only be
      // written once it is back. (Few, and bounded by the buffer like the rest.)
      this.write('health', health.length, () => this.db.collection('system_health_event').insertMany(health, { ordered: false }))
        .then((written) => {
          if (!written) this.platform.unshift(...health.map((doc) => ({ collection: 'system_health_event' as const, doc })));
        }),
    ]).then(() => undefined).finally(() => (this.writing = undefined));
    await this.writing;
  }

  private room(kind: 'request' | 'error' | 'activity' | 'search' | 'job' | 'health'): boolean {
    if (this.requests.length + this.errors.length + this.activity.length + this.searches.length + this.platform.length < this.maxBuffered) return true;
    gatewayLogEntries.inc({ kind, outcome: 'dropped' });
    return false;
  }

  /** Whether the entries were written; counted either way (a health event put back is not dropped). */
  private async write(kind: string, count: number, send: () => Promise<unknown>): Promise<boolean> {
    if (count === 0) return true;
    try {
      await send();
      gatewayLogEntries.inc({ kind, outcome: 'written' }, count);
      return true;
    } catch {
      if (kind !== 'health') gatewayLogEntries.inc({ kind, outcome: 'dropped' }, count);
      return false;
    }
  }
}

/**
 * api_request_log takes one document per operation, and insertMany costs the gateway twice what
 * writing them does: it serializes each document on its own to measure it, gives it an ObjectId
 * and keeps every id for a result nobody reads. The insert command itself, in chunks well under
 * MongoDB's 16 MB limit on a command, writes the same documents (MongoDB gives each its `_id`, as
 * it does for any document without one). Sampled bodies make a document too big to estimate
 * cheaply: those go through insertMany, which splits by measured size.
 */
async function insertLogDocuments(db: Db, collection: string, docs: Document[]): Promise<void> {
  const [plain, withBodies] = [docs.filter((doc) => !('request_body' in doc)), docs.filter((doc) => 'request_body' in doc)];
  for (const chunk of chunksOf(plain)) {
    const reply = await db.command({ insert: collection, documents: chunk, ordered: false });
    if (reply.writeErrors?.length || reply.writeConcernError) throw new Error(`${collection}: ${JSON.stringify(reply.writeErrors?.[0] ?? reply.writeConcernError)}`);
  }
  if (withBodies.length > 0) await db.collection(collection).insertMany(withBodies, { ordered: false });
}

/** A generous bound of a request document's BSON size: its fixed fields, and 3 bytes a character for what a client names. */
const requestDocumentBytes = (doc: Document) =>
  512 + 3 * ((doc.operation_name?.length ?? 0) + (doc.operation_hash?.length ?? 0)) + (doc.error_codes as string[]).reduce((sum, code) => sum + 16 + 3 * code.length, 0);
const MAX_COMMAND_BYTES = 8 * 1024 * 1024;
const MAX_COMMAND_DOCUMENTS = 50_000;

function* chunksOf(docs: Document[]): Generator<Document[]> {
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < docs.length; i++) {
    const size = requestDocumentBytes(docs[i]!);
    if (i > start && (bytes + size > MAX_COMMAND_BYTES || i - start === MAX_COMMAND_DOCUMENTS)) {
      yield docs.slice(start, i);
      [start, bytes] = [i, 0];
    }
    bytes += size;
  }
  if (start < docs.length) yield docs.slice(start);
}

/** Module `Query`/`Mutation`/`Subscription`, feature the root field; the tenant's count (no user). */
function usageUpsert(use: { tenantId: string; feature: string; day: number; count: number; last: Date }): AnyBulkWriteOperation {
  const [module, feature] = use.feature.split('.') as [string, string];
  return {
    updateOne: {
      filter: { tenant_id: use.tenantId, module, feature, user_id: null, created_at: new Date(use.day) },
      update: { $inc: { count: use.count }, $max: { last_used_at: use.last } },
      upsert: true,
    },
  };
}

const NOT_ACTIONS = new Set(['Mutation.recordActivity', 'Mutation.recordReadings']);

/** Names of values never kept in a log: tokens, secrets, passwords, keys, credentials. */
export const SECRET = /token|secret|passw|authori[sz]ation|api[-_]?key|credential|cookie/i;
const REDACTED = '[redacted]';

/**
 * `value` with every property whose name looks secret replaced, at any depth. (Secrets written as
 * literals in a query's text are redacted where the text is taken, pipeline/query-text.ts.)
 */
export function redacted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redacted);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([, inner]) => inner !== undefined) // (MongoDB would keep an absent value as null)
    .map(([key, inner]) => [key, SECRET.test(key) ? REDACTED : redacted(inner)]));
}

/** A body kept whole up to 16 KiB of JSON; a bigger one is noted with its size only. */
const MAX_BODY_CHARS = 16 * 1024;
function bounded(value: unknown): unknown {
  const chars = JSON.stringify(value ?? null).length;
  return chars > MAX_BODY_CHARS ? { truncated: true, chars } : value;
}
