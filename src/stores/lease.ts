import { setTimeout as sleep } from 'node:timers/promises';
import { MongoServerError, type Collection, type Filter, type MatchKeysAndValues, type WithId } from 'mongodb';

/** One lease: a document named by `_id`, owned by one process until `lease_until`. */
export interface LeaseDoc {
  _id: string;
  owner: string;
  lease_until: Date;
}

/**
 * Where leases without state of their own live (migrations, scheduled jobs). Like the relay's
 * checkpoints, this is process metadata, outside the tenant-scoped catalogue.
 */
export const LEASE_COLLECTION = 'gateway_lease';

const DUPLICATE_KEY = 11000;

/**
 * A named lease in MongoDB: at most one owner at a time, until the owner releases it or stops
 * renewing it. Relays, migrations and scheduled jobs use it so that one process at a time does
 * what must not be done twice at once. The document may carry the holder's state beside the
 * lease (`set` on renew and release), so that a write of that state is also a check that the
 * writer still holds the lease.
 */
export class Lease<Doc extends LeaseDoc = LeaseDoc> {
  constructor(
    private readonly collection: Collection<Doc>,
    readonly name: string,
  ) {}

  /**
   * Takes the lease when it is free, expired or already ours, and returns its document; null
   * while another process holds it. Two processes racing to create the document are decided by
   * the unique _id: the loser gets a duplicate-key error and simply is not the owner. (Creating
   * the collection implicitly, by this upsert, is atomic on MongoDB and on the local test server.)
   */
  async acquire(owner: string, leaseMs: number): Promise<WithId<Doc> | null> {
    const now = new Date();
    const filter = { _id: this.name, $or: [{ owner }, { lease_until: { $lte: now } }] } as Filter<Doc>;
    const update = { owner, lease_until: new Date(now.getTime() + leaseMs) } as MatchKeysAndValues<Doc>;
    try {
      return await this.collection.findOneAndUpdate(filter, { $set: update }, { upsert: true, returnDocument: 'after' });
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  /** Extends the lease (and stores `set` with it); false when the lease is no longer ours. */
  async renew(owner: string, leaseMs: number, set: Partial<Doc> = {}): Promise<boolean> {
    const update = { ...set, lease_until: new Date(Date.now() + leaseMs) } as MatchKeysAndValues<Doc>;
    const { matchedCount } = await this.collection.updateOne({ _id: this.name, owner } as Filter<Doc>, { $set: update });
    return matchedCount === 1;
  }

  /** Stores `set` and lets another process take over at once. */
  async release(owner: string, set: Partial<Doc> = {}): Promise<void> {
    const update = { ...set, lease_until: new Date(0) } as MatchKeysAndValues<Doc>;
    await this.collection.updateOne({ _id: this.name, owner } as Filter<Doc>, { $set: update });
  }
}

export interface ExclusiveOptions {
  owner: string;
  /** How long the lease lasts without renewal; it is renewed every third of it while `work` runs. */
  leaseMs: number;
  /** How long to wait for another holder to finish before giving up. */
  waitMs: number;
}

export class LeaseTimeoutError extends Error {}

/**
 * Runs `work` while holding the lease: waits (polling, with backoff) while another process holds
 * it, renews it while `work` runs, and releases it afterwards, whether `work` succeeded or not.
 */
export async function exclusively<T>(lease: Lease, options: ExclusiveOptions, work: () => Promise<T>): Promise<T> {
  const { owner, leaseMs, waitMs } = options;
  const deadline = Date.now() + waitMs;
  for (let pause = 50; !(await lease.acquire(owner, leaseMs)); pause = Math.min(pause * 2, 1_000)) {
    if (Date.now() + pause > deadline) {
      throw new LeaseTimeoutError(`lease "${lease.name}" is still held by another process after ${waitMs} ms`);
    }
    await sleep(pause);
  }
  // A failed renewal only shortens the lease; the release below still runs.
  const renewal = setInterval(() => void lease.renew(owner, leaseMs).catch(() => false), leaseMs / 3).unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await lease.release(owner);
  }
}
