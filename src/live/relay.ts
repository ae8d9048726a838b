import { MongoServerError, Timestamp, type ChangeStream, type ChangeStreamDocument, type Db, type ResumeToken } from 'mongodb';
import { NOTIFICATION_COLLECTION } from '../documents/notifications';
import type { Logger } from '../logger';
import { Checkpoints } from './checkpoint';
import { eventOfChange, type NotificationEvent } from './events';

/** How long a change waits for the writer's own bus message before the relay publishes it. */
export const GRACE_MS = 250;
/** Changes per batch, and per answer asked of the server (see `open()`). */
export const MAX_BATCH = 500;
/** See `relay()`: an empty answer faster than this did not wait for changes, so pause before the next poll. */
const SERVER_WAITED_MS = 100;
const IDLE_PAUSE_MS = 500;
const RETRY_MS = 1000;
const PIPELINE = [{ $match: { operationType: { $in: ['insert', 'update', 'replace'] } } }];

export interface RelayOptions {
  mongo: Db;
  /** This process, as lease owner. */
  owner: string;
  leaseMs: number;
  logger: Logger;
  /** Whether the event has crossed the bus already (published from this process, or received). */
  carried(event: NotificationEvent): boolean;
  deliverLocally(events: NotificationEvent[]): void;
  /** Puts events on the bus for the other instances; false when Redis refused them. */
  publish(events: NotificationEvent[]): Promise<boolean>;
}

/**
 * Brings writes made outside the gateway onto the bus: one process at a time (the holder of a
 * lease in MongoDB) watches `notification_delivery` and publishes its inserts and status updates.
 *
 * Why one relay and not a change stream per instance: the bus already reaches every instance,
 * so one reader is enough, MongoDB serves one change stream instead of one per instance, and the
 * resume token has a single owner, which is what makes "a restarted relay continues where it
 * stopped" mean something: subscribers connected to the other instances stay connected while the
 * relay restarts or moves, and receive what was written meanwhile once it resumes.
 *
 * Why both the writer and the relay publish: the writing gateway publishes right after its insert
 * for latency, and the relay publishes what the bus has not carried. The relay waits a short grace
 * for the writer's message and skips events known to have crossed the bus (every process receives
 * every bus message), so in the common case each event crosses the bus once. The relay is still
 * needed for the writer's events: a gateway can stop between its insert and its publish, or Redis
 * can refuse the publish. When both do publish, the subscribers' processes drop the second copy
 * by id (hub).
 *
 * The position advances only after the events are on the bus (the relay waits for Redis rather
 * than skip), and it is checkpointed with every lease renewal, so a relay that stops loses nothing:
 * the next one republishes from the checkpoint, and duplicates are dropped by id.
 */
export class ChangeStreamRelay {
  private readonly checkpoints: Checkpoints;
  private stopped = false;
  private leading = false;
  private stream: ChangeStream | null = null;
  private position: ResumeToken | null = null;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private renewing = false;
  /** Until when the lease is ours for certain: the last acquisition or renewal began then, plus the lease. */
  private leaseValidUntil = 0;

  constructor(private readonly options: RelayOptions) {
    this.checkpoints = new Checkpoints(options.mongo, NOTIFICATION_COLLECTION);
  }

  start(): void {
    this.loop ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.stream?.close().catch(() => undefined);
    await this.loop;
    if (this.leading) {
      this.leading = false;
      await this.checkpoints.release(this.options.owner, this.position).catch((error: unknown) =>
        this.options.logger.warn({ err: error }, 'notification relay: could not store its final position'));
    }
  }

  private async run() {
    const { owner, leaseMs, logger } = this.options;
    while (!this.stopped) {
      try {
        const asked = Date.now();
        const checkpoint = await this.checkpoints.acquire(owner, leaseMs);
        if (checkpoint) this.leaseValidUntil = asked + leaseMs;
        if (!checkpoint) {
          this.leading = false;
          await this.sleep(leaseMs / 3);
          continue;
        }
        if (!this.leading) {
          this.position = checkpoint.resume_token ?? null;
          this.leading = true;
          logger.info({ resuming: this.position !== null }, 'notification relay: watching notification_delivery');
        }
        await this.relay();
      } catch (error) {
        if (this.stopped) continue;
        if (this.leading) logger.warn({ err: error }, 'notification relay: change stream failed; reopening');
        await this.sleep(RETRY_MS);
      }
    }
  }

  /**
   * Polls with tryNext. MongoDB holds an empty getMore until a change arrives or maxAwaitTimeMS
   * passes, so polling again at once costs nothing; the local test server answers at once, so
   * an empty answer that came back quickly is followed by a pause. An empty answer is also when
   * the position may advance to the stream's own token: nothing it covers is still waiting to be
   * published.
   */
  private async relay() {
    const renewal = setInterval(() => void this.renew(), this.options.leaseMs / 3).unref();
    const opened = await this.open();
    const { stream } = opened;
    let next: ChangeStreamDocument | null = opened.first;
    try {
      while (!this.stopped && this.leading) {
        const polledAt = Date.now();
        next ??= await stream.tryNext();
        if (!next) {
          this.position = stream.resumeToken ?? this.position;
          if (Date.now() - polledAt < SERVER_WAITED_MS) await this.sleep(IDLE_PAUSE_MS);
          continue;
        }
        const pulledAt = Date.now();
        const batch: ChangeStreamDocument[] = [next];
        next = null;
        while (stream.bufferedCount() > 0 && batch.length < MAX_BATCH) batch.push((await stream.next()) as ChangeStreamDocument);
        await this.sleep(graceLeft(batch, pulledAt));
        if (!(await this.forward(batch))) return;
      }
    } finally {
      clearInterval(renewal);
      this.stream = null;
      await stream.close().catch(() => undefined);
    }
  }

  /**
   * Opens the stream at the checkpoint and makes its first round trip, the one that positions it:
   * a position the server refuses is dropped (and logged), and the stream starts from now.
   */
  private async open(): Promise<{ stream: ChangeStream; first: ChangeStreamDocument | null }> {
    const resumeAfter = this.position;
    const stream = this.options.mongo.collection(NOTIFICATION_COLLECTION).watch(PIPELINE, {
      fullDocument: 'updateLookup',
      // Without it an answer holds every change since the position (MongoDB: up to 16 MB; the
      // test server: all of them, each update looked up by a collection scan, while the other
      // connections its thread serves wait): a relay behind by seconds would stall everything.
      batchSize: MAX_BATCH,
      ...(resumeAfter ? { resumeAfter } : {}),
    });
    this.stream = stream;
    try {
      return { stream, first: await stream.tryNext() };
    } catch (error) {
      await stream.close().catch(() => undefined);
      // MongoDB says 260 (InvalidResumeToken), 286 (ChangeStreamHistoryLost) or 280; other servers
      // differ. Whatever the code, asking again for the same position would fail forever.
      if (resumeAfter && error instanceof MongoServerError) {
        this.options.logger.warn({ err: error }, 'notification relay: stored resume token refused; starting from now');
        this.position = null;
        await this.checkpoints.renew(this.options.owner, this.options.leaseMs, null);
        return this.open();
      }
      throw error;
    }
  }

  /** Publishes a batch; false when the relay must stop (stopped, or the stream was invalidated). */
  private async forward(batch: ChangeStreamDocument[]): Promise<boolean> {
    const invalidated = batch.findIndex((change) => change.operationType === 'invalidate');
    const changes = invalidated === -1 ? batch : batch.slice(0, invalidated);
    const events = changes.flatMap((change) => {
      const event = eventOfChange(change, (id) =>
        this.options.logger.warn({ id }, 'notification relay: skipped a document that is not a notification'));
      return event && !this.options.carried(event) ? [event] : [];
    });
    if (events.length > 0) {
      this.options.deliverLocally(events);
      while (!(await this.options.publish(events))) {
        if (this.stopped || !this.leading) return false; // the position stays: the next relay republishes
        await this.sleep(RETRY_MS);
      }
    }
    if (invalidated !== -1) {
      // The collection was dropped or renamed (or, on the test server, was dropped at some time
      // before the position): the stream cannot go on from here, only start again from now.
      this.options.logger.warn('notification relay: change stream invalidated; starting again from now');
      this.position = null;
      return false;
    }
    this.position = (batch.at(-1) as ChangeStreamDocument)._id;
    return true;
  }

  private async renew() {
    // A renewal still waiting for a slow server is not joined by another one every tick; but once
    // the lease may have run out meanwhile, another process may be relaying: step down.
    if (this.renewing) {
      if (Date.now() >= this.leaseValidUntil) await this.stepDown();
      return;
    }
    this.renewing = true;
    const asked = Date.now();
    try {
      if (await this.checkpoints.renew(this.options.owner, this.options.leaseMs, this.position)) {
        this.leaseValidUntil = asked + this.options.leaseMs;
        return;
      }
      this.options.logger.warn('notification relay: lease lost to another process');
    } catch (error) {
      this.options.logger.warn({ err: error }, 'notification relay: lease renewal failed; stepping down');
    } finally {
      this.renewing = false;
    }
    await this.stepDown();
  }

  /** Without a renewed lease another process may be relaying already: stop rather than double up. */
  private async stepDown() {
    this.leading = false;
    await this.stream?.close().catch(() => undefined);
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

/**
 * How long the relay still waits before publishing `batch` (pulled from the stream at `pulledAt`):
 * the grace runs from when its newest change was written, when the change says so, else from the
 * pull. A relay that is behind (a backlog, a failover) publishes what is older than the grace at
 * once: waiting a grace per batch would cap it at MAX_BATCH changes per GRACE_MS (2,000/s), below
 * what a busy deployment writes (every delivered notification is also an update), and it would
 * fall behind for good. A clock ahead of the server's shortens the grace, which costs at worst a
 * second copy on the bus (dropped by id), never a lost event.
 */
export function graceLeft(batch: readonly ChangeStreamDocument[], pulledAt: number, now = Date.now()): number {
  const newest = batch.at(-1);
  const written = newest ? writtenBy(newest) : null;
  return Math.max(0, Math.min(pulledAt, written ?? pulledAt) + GRACE_MS - now);
}

/**
 * The latest time a change can have been written: its `wallTime` (MongoDB 6.0+), else the end of
 * the second of its `clusterTime` (seconds and an increment; all the test server gives).
 */
function writtenBy(change: ChangeStreamDocument): number | null {
  const { wallTime, clusterTime } = change as { wallTime?: unknown; clusterTime?: Timestamp };
  if (wallTime instanceof Date) return wallTime.getTime();
  return clusterTime instanceof Timestamp ? (clusterTime.t + 1) * 1000 : null;
}
