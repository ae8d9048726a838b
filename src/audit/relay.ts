import { setTimeout as sleep } from 'node:timers/promises';
import { MongoBulkWriteError, type Db, type Document } from 'mongodb';
import { Client } from 'pg';
import type { RedisClient } from '../db/redis';
import { evaluateChanges } from '../alerts/evaluate';
import type { RouterInvalidation } from '../cache/router-invalidation';
import { tagsOfKinds } from '../cache/router-tags';
import type { NearCache } from '../cache/near-cache';
import { invalidateTenantCaches } from '../cache/tenant-caches';
import type { EntityChangeDoc, FieldAuditDoc } from '../documents/types';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { NotificationFeed } from '../live/feed';
import type { Logger } from '../logger';
import { outboxLagSeconds, outboxRelayed } from '../metrics';
import { kindOfEntityType } from '../registry/entities';
import type { CollectionName } from '../catalogue/collections';
import { DEFAULT_MONGO_USE, writeOptions, type MongoUseSettings } from '../stores/mongo-options';
import type { JobRunEntry } from '../stores/gateway-logs';
import { OutboxStore } from '../stores/outbox';
import { isUnsentBulkWrite } from '../errors';
import { SearchIndexStore } from '../stores/search-index';
import { changelogDocuments, type OutboxRow } from './changelog';
import { searchIndexChanges } from './search-index';

export interface OutboxRelayOptions {
  pgUrl: string;
  /** A MongoDB client of the relay's own, off the request pool. */
  mongo: Db;
  redis: RedisClient;
  changes: EntityChangeFeed;
  logger: Logger;
  batchSize?: number;
  /** How long relayed outbox rows are kept before pruning. */
  keepRelayedMs?: number;
  /** How long a follower waits before trying the lock again. */
  standbyMs?: number;
  /** The audit logs' write concern comes from here (MONGO_DURABLE_WRITE_CONCERN). */
  mongoUse?: MongoUseSettings;
  /** A supergraph router told to drop the answers these changes made stale. */
  router?: RouterInvalidation;
  /** This instance's near copies of cache entries, dropped with them. */
  nearCache?: NearCache | undefined;
  /** Where each run of its pruning job is logged (background_job_log). */
  jobs?: { job(run: JobRunEntry): void };
  /** Where the notifications of alert configs the changes match are published live. */
  notifications?: NotificationFeed;
}

const DUPLICATE_KEY = 11000;
/** Without a notification (it can be lost with a connection), look anyway this often. */
const POLL_MS = 1_000;
/**
 * After a batch that was not full, let a few more commits arrive before reading again: under load
 * every commit notifies, and batches of one cost a round trip to each store per change.
 */
const GATHER_MS = 10;
const PRUNE_EVERY_MS = 60_000;
const IDEMPOTENCY_KEEP_MS = 24 * 3600_000;
const backoffMs = (failures: number) => Math.min(10_000, 100 * 2 ** Math.min(failures, 7));

/**
 * Moves entity_outbox rows to entity_changelog and field_audit_log (w: majority), notifies the
 * users whose alert configs they match, then tells the row's live subscribers and drops the caches
 * computed from its entity type, then marks the rows relayed. One process at a time holds the
 * relay (a session advisory lock on its own connection); the others stand by and take over when
 * that connection goes.
 *
 * Every step is safe to repeat: documents (alert notifications too) have deterministic ids (a copy
 * is refused as a duplicate), invalidation is idempotent, and events may be delivered twice, with
 * the same id, if the relay stops between publishing and marking. A failing MongoDB or Redis only
 * delays the rows, which stay pending in PostgreSQL and are retried with backoff, in id order, so
 * per entity in commit order.
 */
export class OutboxRelay {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private client: Client | undefined;
  private wake: (() => void) | undefined;
  /** A notification came while the relay was busy: the next pause returns at once. */
  private notified = false;
  private wakeOnNotify = true;
  private lastPrune = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
  }

  private async run() {
    let failures = 0;
    while (!this.stopped) {
      try {
        const store = await this.connect();
        if (!(await store.tryLock())) {
          await this.pause(this.options.standbyMs ?? 2_000, { untilNotified: false });
          continue;
        }
        this.options.logger.info('outbox relay: relaying entity_outbox');
        failures = await this.relayWhileLeading(store);
      } catch (error) {
        if (this.stopped) break;
        this.options.logger.warn({ err: error }, 'outbox relay: PostgreSQL connection failed; reconnecting');
        await this.disconnect();
        await this.pause(backoffMs(++failures), { untilNotified: false });
      }
    }
    await this.disconnect();
  }

  /** Returns the failure count when it stops; PostgreSQL errors propagate to reconnect. */
  private async relayWhileLeading(store: OutboxStore): Promise<number> {
    let failures = 0;
    const batchSize = this.options.batchSize ?? 500;
    while (!this.stopped) {
      this.notified = false;
      const rows = await store.pending(batchSize);
      outboxLagSeconds.set(rows.length ? (Date.now() - rows[0]!.changed_at.getTime()) / 1000 : 0);
      if (rows.length === 0) {
        await this.pruneNow(store);
        await this.pause(POLL_MS);
        continue;
      }
      try {
        await this.deliver(rows);
        failures = 0;
      } catch (error) {
        // The message only: a bulk write error lists every document of the batch.
        this.options.logger.warn({ err: { type: (error as Error).name, message: (error as Error).message }, pending: rows.length },
          'outbox relay: delivery failed; retrying');
        await this.pause(backoffMs(++failures), { untilNotified: false });
        continue;
      }
      await store.markRelayed(rows.map((row) => row.id));
      outboxRelayed.inc(rows.length);
      if (rows.length < batchSize) await sleep(GATHER_MS);
    }
    return failures;
  }

  private async deliver(rows: OutboxRow[]) {
    const changes: EntityChangeDoc[] = [];
    const audits: FieldAuditDoc[] = [];
    for (const row of rows) {
      const docs = changelogDocuments(row);
      if (!docs) continue;
      changes.push(docs.change);
      audits.push(...docs.audits);
    }
    await Promise.all([
      this.insertOnce('entity_changelog', changes), this.insertOnce('field_audit_log', audits),
      // Every writer's rows, so the index is right whoever wrote them (versions keep a retry or a
      // write path that came first from being overwritten with older words).
      new SearchIndexStore(this.options.mongo).apply(searchIndexChanges(rows)),
      // Here each change is seen by one instance, and a retried batch notifies nobody twice.
      evaluateChanges({ mongo: this.options.mongo, feed: this.options.notifications, mongoUse: this.options.mongoUse, logger: this.options.logger }, rows),
    ]);
    await this.options.changes.publish(changes).catch((error: unknown) =>
      this.options.logger.warn({ err: error }, 'outbox relay: could not publish changes live; subscribers will replay'));
    const changed = this.changedKinds(rows);
    await Promise.all([...changed].map(([tenantId, kinds]) =>
      invalidateTenantCaches(this.options.redis, this.options.mongo, tenantId, [...kinds], this.options.nearCache)));
    // Only once this gateway's entries are gone, or the router would refetch them. Its tags name
    // no tenant, so one set for the whole batch; a retried batch tells it again, which is harmless.
    this.options.router?.invalidate(tagsOfKinds([...changed.values()].flatMap((kinds) => [...kinds])));
  }

  /**
   * Inserts what is not there yet: a document relayed before is refused by its unique _id. Only a
   * batch whose every failure is such a refusal counts as delivered; a failure before the server
   * answered (no write errors at all) or a write concern error does not.
   */
  private async insertOnce(collection: CollectionName, docs: Document[]) {
    if (docs.length === 0) return;
    try {
      const { writeConcern } = writeOptions(collection, this.options.mongoUse ?? DEFAULT_MONGO_USE);
      await this.options.mongo.collection(collection).insertMany(docs, { ordered: false, ...(writeConcern && { writeConcern }) });
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError) || error.err || error.result.getWriteConcernError() || isUnsentBulkWrite(error)) throw error;
      // (Some servers miscount insertedCount: the write errors are what tells.)
      const refused = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
      const onlyCopies = refused.every((e) => e.code === DUPLICATE_KEY);
      if (!onlyCopies) throw error;
    }
  }

  private changedKinds(rows: OutboxRow[]) {
    const byTenant = new Map<string, Set<string>>();
    for (const row of rows) {
      const kind = kindOfEntityType(row.entity_type);
      if (!kind) continue;
      const kinds = byTenant.get(row.tenant_id) ?? new Set<string>();
      byTenant.set(row.tenant_id, kinds.add(kind));
    }
    return byTenant;
  }

  private async pruneNow(store: OutboxStore) {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    const params = { keepRelayedMs: this.options.keepRelayedMs ?? 3600_000, keepIdempotencyKeysMs: IDEMPOTENCY_KEEP_MS };
    const startedAt = new Date();
    const run = (fields: Pick<JobRunEntry, 'status' | 'output' | 'error'>) =>
      this.options.jobs?.job({ jobName: 'prune-outbox', params, startedAt, finishedAt: new Date(), ...fields });
    try {
      run({ status: 'succeeded', output: await store.prune(params.keepRelayedMs, params.keepIdempotencyKeysMs) });
    } catch (error) {
      run({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  private async connect(): Promise<OutboxStore> {
    if (!this.client) {
      const client = new Client({ connectionString: this.options.pgUrl });
      client.on('error', () => undefined); // surfaces as a failed query, handled by the loop
      client.on('notification', () => {
        this.notified = true;
        if (this.wakeOnNotify) this.wake?.();
      });
      await client.connect();
      await client.query('LISTEN entity_outbox');
      this.client = client;
    }
    return new OutboxStore(this.client);
  }

  private async disconnect() {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /**
   * Sleeps until `ms` pass or the relay stops, and, `untilNotified`, until a notification arrives
   * (or one came while the relay was busy). A failure's backoff and a follower's wait are not cut
   * short by notifications: under load every commit notifies, new commits do not bring a store
   * back, and a follower (which never reads the outbox) would otherwise spin on the lock.
   */
  private async pause(ms: number, { untilNotified = true } = {}) {
    if (this.stopped || (untilNotified && this.notified)) return;
    const controller = new AbortController();
    this.wake = () => controller.abort();
    this.wakeOnNotify = untilNotified;
    await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    this.wake = undefined;
    this.wakeOnNotify = true;
  }
}
