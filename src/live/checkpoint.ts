import type { Db, ResumeToken } from 'mongodb';
import { Lease, type LeaseDoc } from '../stores/lease';

/**
 * The change-stream relay's lease and position, one small document per watched collection in
 * `live_stream_checkpoint`. It is process metadata, not tenant data, so it lives outside the
 * tenant-scoped catalogue. The lease and the resume token share the document so that every write
 * of the token is also a check that the writer still holds the lease: a relay that lost it (a
 * long pause, a partition) can neither move the position back nor keep relaying unnoticed.
 */
export const CHECKPOINT_COLLECTION = 'live_stream_checkpoint';

export interface CheckpointDoc extends LeaseDoc {
  resume_token?: ResumeToken | null;
  updated_at?: Date;
}

export class Checkpoints {
  private readonly lease: Lease<CheckpointDoc>;

  constructor(db: Db, stream: string) {
    this.lease = new Lease(db.collection<CheckpointDoc>(CHECKPOINT_COLLECTION), stream);
  }

  /** Takes the lease when it is free or expired (or already ours); null while another process holds it. */
  acquire(owner: string, leaseMs: number): Promise<CheckpointDoc | null> {
    return this.lease.acquire(owner, leaseMs);
  }

  /** Extends the lease and stores the position; false when the lease is no longer ours. */
  renew(owner: string, leaseMs: number, token: ResumeToken | null): Promise<boolean> {
    return this.lease.renew(owner, leaseMs, { resume_token: token, updated_at: new Date() });
  }

  /** Stores the final position and lets another process take over at once. */
  release(owner: string, token: ResumeToken | null): Promise<void> {
    return this.lease.release(owner, { resume_token: token, updated_at: new Date() });
  }
}
