import { MongoServerError, type Collection, type Db, type ResumeToken } from 'mongodb';

/**
 * The change-stream relay's lease and position, one small document per watched collection in
 * `live_stream_checkpoint`. It is process metadata, not tenant data, so it lives outside the
 * tenant-scoped catalogue. The lease and the resume token share the document so that every write
 * of the token is also a check that the writer still holds the lease: a relay that lost it (a
 * long pause, a partition) can neither move the position back nor keep relaying unnoticed.
 */
export const CHECKPOINT_COLLECTION = 'live_stream_checkpoint';

export interface CheckpointDoc {
  _id: string;
  owner: string;
  lease_until: Date;
  resume_token?: ResumeToken | null;
  updated_at?: Date;
}

const DUPLICATE_KEY = 11000;

export class Checkpoints {
  private readonly collection: Collection<CheckpointDoc>;

  constructor(
    db: Db,
    private readonly stream: string,
  ) {
    this.collection = db.collection<CheckpointDoc>(CHECKPOINT_COLLECTION);
  }

  /**
   * Takes the lease when it is free or expired (or already ours) and returns the checkpoint, or
   * null while another process holds it. Two processes racing to create the document are decided
   * by the unique _id: the loser gets a duplicate-key error and simply is not the owner.
   */
  async acquire(owner: string, leaseMs: number): Promise<CheckpointDoc | null> {
    const now = new Date();
    try {
      return await this.collection.findOneAndUpdate(
        { _id: this.stream, $or: [{ owner }, { lease_until: { $lte: now } }] },
        { $set: { owner, lease_until: new Date(now.getTime() + leaseMs) } },
        { upsert: true, returnDocument: 'after' },
      );
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return null;
      throw error;
    }
  }

  /** Extends the lease and stores the position; false when the lease is no longer ours. */
  async renew(owner: string, leaseMs: number, token: ResumeToken | null): Promise<boolean> {
    const { matchedCount } = await this.collection.updateOne(
      { _id: this.stream, owner },
      { $set: { lease_until: new Date(Date.now() + leaseMs), resume_token: token, updated_at: new Date() } },
    );
    return matchedCount === 1;
  }

  /** Stores the final position and lets another process take over at once. */
  async release(owner: string, token: ResumeToken | null): Promise<void> {
    await this.collection.updateOne(
      { _id: this.stream, owner },
      { $set: { lease_until: new Date(0), resume_token: token, updated_at: new Date() } },
    );
  }
}
