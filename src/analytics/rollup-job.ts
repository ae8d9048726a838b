import type { Db } from 'mongodb';
import type { NearCache } from '../cache/near-cache';
import { invalidateTenantCaches } from '../cache/tenant-caches';
import { tiles, type TileSpec } from '../dashboards/registry';
import type { RedisClient } from '../db/redis';
import type { Logger } from '../logger';
import type { JobRunEntry } from '../stores/gateway-logs';
import { exclusively, Lease, LEASE_COLLECTION, type LeaseDoc } from '../stores/lease';
import { RollupStore, rollupKey, sameValues } from '../stores/rollups';
import { metricsOf, rollupTag, ROLLUP_SOURCES, type MetricName } from './metrics';
import { scheduledWindows, STORED_GRANULARITIES, windowsOf, type SourceWindow } from './windows';

export interface RollupJobOptions {
  /** A MongoDB client off the request pool (the relays'): these aggregates read a day of logs. */
  mongo: Db;
  redis: RedisClient;
  /** This instance's near copies of cache entries, dropped with them. */
  nearCache?: NearCache | undefined;
  logger: Logger;
  /** This process, as lease owner. */
  owner: string;
  /** ROLLUP_INTERVAL_MS: how often the rollups are brought up to date, by one instance of all. */
  intervalMs: number;
  /** The Mutation root fields (activity.mutations). */
  mutationNames: readonly string[];
  /** Where each run is logged (background_job_log). */
  jobs?: { job(run: JobRunEntry): void };
}

/** The lease document carries the schedule: when the last run began, and what it covered. */
interface RollupLeaseDoc extends LeaseDoc {
  /** The start of the last scheduled run: documents created before it (by more than LATE_MS) are rolled up. */
  computed_through?: Date;
}

export interface RollupRun {
  /** Aggregates run: one per source and window. */
  windows: number;
  /** Rollups computed, and of those the ones written because they were new or their values changed. */
  rollups: number;
  written: number;
  unchanged: number;
  /** Tenants with a rollup written. */
  tenants: number;
}

export const ROLLUP_JOB = 'analytics-rollup';
const LEASE_NAME = 'analytics-rollup';
/** A run holds the lease this long, renewed every third of it while it runs. */
const RUN_LEASE_MS = 60_000;

/** The metrics some dashboard tile is computed from: their rollups changing drops those tiles. */
const readByTiles = new Set((Object.values(tiles) as TileSpec[]).flatMap((tile) => tile.rollups ?? []));

/**
 * Brings analytics_aggregate up to date from api_request_log and user_activity_event: hourly and
 * daily rollups of every metric (analytics/metrics.ts), for every tenant.
 *
 * One instance at a time runs it, under a lease in MongoDB (stores/lease.ts, as migrations do);
 * every instance ticks each ROLLUP_INTERVAL_MS and the one that takes the lease first runs, unless
 * a run began less than an interval ago. The lease document also keeps when the last run began, so
 * that the next one, wherever it runs, recomputes exactly the periods that could still change.
 *
 * Idempotent: each window is computed (one aggregate), compared with what is stored (one find),
 * and only new or changed rollups are written, by upsert on their unique identity, with
 * computed_at set to the run's start. A rerun over unchanged documents writes nothing at all, so
 * computed_at says when the values last changed, and no tile is dropped for nothing.
 */
export class RollupJob {
  private readonly lease: Lease<RollupLeaseDoc>;
  private readonly store: RollupStore;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly options: RollupJobOptions) {
    this.lease = new Lease(options.mongo.collection<RollupLeaseDoc>(LEASE_COLLECTION), LEASE_NAME);
    this.store = new RollupStore(options.mongo, { mutationNames: options.mutationNames });
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs).unref();
    void this.tick();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /**
   * One scheduled run, now: null when another process holds the lease (it is running), or, with
   * `ifDue`, when a run began less than an interval ago.
   */
  async run({ ifDue = false } = {}): Promise<RollupRun | null> {
    const { owner } = this.options;
    const startedAt = new Date();
    const held = await this.lease.acquire(owner, RUN_LEASE_MS);
    if (!held) return null;
    const last = held.computed_through;
    // (A tenth of an interval early still counts as due: ticks of different instances drift.)
    if (ifDue && last && startedAt.getTime() - last.getTime() < this.options.intervalMs * 0.9) {
      await this.lease.release(owner);
      return null;
    }
    const windows = scheduledWindows(last ?? null, startedAt);
    let completed = false;
    try {
      const run = await this.logged({ since: last ?? null }, () => this.whileRenewing(() => this.rollUp(windows, startedAt)));
      completed = true;
      return run;
    } finally {
      // Only a completed run moves the schedule on: after a failure the next one recomputes the same periods.
      await this.lease.release(owner, completed ? { computed_through: startedAt } : {}).catch(() => undefined);
    }
  }

  /**
   * Recomputes every period from the one holding `from` to the one holding `to`, as far as the
   * sources still hold their documents (older periods keep the rollups they have), waiting up to
   * `waitMs` for a run in progress elsewhere. The schedule is left as it is.
   */
  backfill(from: Date, to: Date, { waitMs = 10 * 60_000 } = {}): Promise<RollupRun> {
    const startedAt = new Date();
    const windows = STORED_GRANULARITIES.flatMap((granularity) =>
      ROLLUP_SOURCES.flatMap((source) => windowsOf(source, granularity, from, to, startedAt)));
    // The same lease document, without the schedule's state: a backfill leaves it as it is.
    const lease = new Lease(this.options.mongo.collection<LeaseDoc>(LEASE_COLLECTION), LEASE_NAME);
    return exclusively(lease, { owner: this.options.owner, leaseMs: RUN_LEASE_MS, waitMs }, () =>
      this.logged({ from, to, backfill: true }, () => this.rollUp(windows, startedAt)));
  }

  private async tick() {
    if (this.running) return;
    this.running = this.run({ ifDue: true })
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'analytics rollup failed; the next run recomputes its periods'))
      .finally(() => (this.running = undefined));
    await this.running;
  }

  private async whileRenewing<T>(work: () => Promise<T>): Promise<T> {
    const renewal = setInterval(() => void this.lease.renew(this.options.owner, RUN_LEASE_MS).catch(() => false), RUN_LEASE_MS / 3).unref();
    try {
      return await work();
    } finally {
      clearInterval(renewal);
    }
  }

  /** Windows one after the other: one aggregate at a time, whatever the backlog. */
  private async rollUp(windows: readonly SourceWindow[], computedAt: Date): Promise<RollupRun> {
    const run: RollupRun = { windows: windows.length, rollups: 0, written: 0, unchanged: 0, tenants: 0 };
    const changed = new Map<string, Set<MetricName>>();
    for (const window of windows) {
      const computed = await this.store.compute(window.source, window);
      const tenants = [...new Set(computed.map((rollup) => rollup.tenant_id))];
      const stored = new Map((await this.store.stored(tenants, metricsOf(window.source), window)).map((rollup) => [rollupKey(rollup), rollup]));
      const changes = computed.filter((rollup) => {
        const before = stored.get(rollupKey(rollup));
        return !before || !sameValues(before, rollup);
      });
      await this.store.write(changes, computedAt);
      run.rollups += computed.length;
      run.written += changes.length;
      for (const { tenant_id, metric } of changes) changed.set(tenant_id, (changed.get(tenant_id) ?? new Set()).add(metric));
    }
    run.unchanged = run.rollups - run.written;
    run.tenants = changed.size;
    await this.invalidate(changed);
    return run;
  }

  /** Drops the tiles computed from rollups that changed, tenant by tenant; a failure leaves them to their TTL. */
  private async invalidate(changed: Map<string, Set<MetricName>>) {
    for (const [tenantId, names] of changed) {
      const tags = [...names].filter((name) => readByTiles.has(name)).map(rollupTag);
      if (tags.length === 0) continue;
      await invalidateTenantCaches(this.options.redis, this.options.mongo, tenantId, tags, this.options.nearCache).catch((error: unknown) =>
        this.options.logger.warn({ err: error, tenantId }, 'analytics rollup: could not drop the tiles of changed rollups'));
    }
  }

  private async logged(params: Record<string, unknown>, work: () => Promise<RollupRun>): Promise<RollupRun> {
    const startedAt = new Date();
    const entry = (fields: Pick<JobRunEntry, 'status' | 'output' | 'error'>) =>
      this.options.jobs?.job({ jobName: ROLLUP_JOB, params, startedAt, finishedAt: new Date(), ...fields });
    try {
      const run = await work();
      entry({ status: 'succeeded', output: { ...run } });
      return run;
    } catch (error) {
      entry({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
