import type { Pool } from 'pg';

/** The channels that leave the gateway; in_app is the notification document itself. */
export type OutgoingChannel = 'email' | 'push' | 'sms';

/** What a message says and where it goes, fixed when it is queued. */
export interface OutgoingMessage {
  /** An email address, a phone number (E.164) or a device token. */
  to: string;
  platform?: 'ios' | 'android' | 'web';
  subject: string;
  text: string;
}

export interface NewOutgoing {
  channel: OutgoingChannel;
  notificationId: string;
  userId: string;
  message: OutgoingMessage;
  expiresAt?: Date | undefined;
}

/** How a send ended, kept on the row until its record is written. */
export interface SendOutcome {
  status: 'sent' | 'failed';
  /** When the provider answered (ISO 8601): the record's sent_at, however late it is written. */
  at: string;
  /** What the records name as the provider. */
  provider: string;
  providerMessageId?: string | undefined;
  error?: string | undefined;
  /** The provider's code for a failure: an HTTP status, an SMTP reply code. */
  code?: string | undefined;
}

export interface ClaimedOutgoing {
  id: string;
  tenant_id: string;
  channel: OutgoingChannel;
  notification_id: string;
  user_id: string;
  message: OutgoingMessage;
  /** This attempt's number, from 1: a close or retry for an older attempt changes nothing. */
  attempts: number;
  expires_at: Date | null;
  created_at: Date;
  /** Set on a closed row whose record is still to write. */
  outcome: SendOutcome | null;
}

const RETURNING = 'RETURNING id::text, tenant_id, channel, notification_id, user_id::text, message, attempts, expires_at, created_at, outcome';

/** One tenant's side of message_outbox: queuing, always under the tenant. */
export class MessageOutbox {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  /** Every message in one statement. */
  async enqueue(messages: readonly NewOutgoing[]): Promise<void> {
    if (messages.length === 0) return;
    await this.pool.query(
      `INSERT INTO message_outbox (tenant_id, channel, notification_id, user_id, message, expires_at)
       SELECT $1, m.channel, m.notification_id, m.user_id, m.message, m.expires_at
         FROM jsonb_to_recordset($2::jsonb) AS m(channel text, notification_id text, user_id uuid, message jsonb, expires_at timestamptz)`,
      [this.tenantId, JSON.stringify(messages.map((m) => ({
        channel: m.channel, notification_id: m.notificationId, user_id: m.userId, message: m.message,
        expires_at: m.expiresAt ?? null,
      })))],
    );
  }
}

/**
 * The senders' side, across tenants. A claim takes due rows no other session has locked and moves
 * their next attempt `leaseMs` on, in one statement: until then no other sender sees them, and if
 * this one stops mid-send they become due again by themselves. Every later write names the attempt
 * it closes, so a sender whose lease ran out cannot overwrite what the next one did. A closed row
 * is due again, under the same kind of lease, until its record is written.
 */
export class MessageQueue {
  constructor(private readonly pool: Pool) {}

  /** Messages to send, on `channels`. */
  async claim(channels: readonly OutgoingChannel[], limit: number, leaseMs: number): Promise<ClaimedOutgoing[]> {
    if (channels.length === 0) return [];
    const { rows } = await this.pool.query<ClaimedOutgoing>(
      `UPDATE message_outbox SET attempts = attempts + 1, next_attempt_at = now() + $3 * interval '1 millisecond'
        WHERE id IN (SELECT id FROM message_outbox
                      WHERE status = 'queued' AND next_attempt_at <= now() AND channel = ANY($1::text[])
                      ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
        ${RETURNING}`,
      [channels, limit, leaseMs],
    );
    return rows;
  }

  /** Closed messages whose record a sender did not write (MongoDB failed it, or the sender stopped). */
  async claimUnrecorded(limit: number, leaseMs: number): Promise<ClaimedOutgoing[]> {
    const { rows } = await this.pool.query<ClaimedOutgoing>(
      `UPDATE message_outbox SET next_attempt_at = now() + $2 * interval '1 millisecond'
        WHERE id IN (SELECT id FROM message_outbox
                      WHERE status <> 'queued' AND recorded_at IS NULL AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        ${RETURNING}`,
      [limit, leaseMs],
    );
    return rows;
  }

  /**
   * Closes the attempt with its outcome, leased for `recordLeaseMs` to its sender, which writes the
   * record next; with `recorded`, nothing is left to record. False when the attempt is no longer
   * the row's last.
   */
  async finish(claimed: ClaimedOutgoing, outcome: SendOutcome, recordLeaseMs: number, { recorded = false } = {}): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE message_outbox SET status = $3, outcome = $4, last_error = $5, finished_at = now(),
              next_attempt_at = now() + $6 * interval '1 millisecond', recorded_at = CASE WHEN $7 THEN now() END
        WHERE id = $1 AND attempts = $2 AND status = 'queued'`,
      [claimed.id, claimed.attempts, outcome.status, outcome, outcome.error ?? null, recordLeaseMs, recorded],
    );
    return rowCount === 1;
  }

  async recorded(claimed: ClaimedOutgoing): Promise<void> {
    await this.pool.query('UPDATE message_outbox SET recorded_at = now() WHERE id = $1 AND recorded_at IS NULL', [claimed.id]);
  }

  /** Puts the message back (or, closed, its record), due after `delayMs`. */
  async retry(claimed: ClaimedOutgoing, delayMs: number, error?: string): Promise<void> {
    await this.pool.query(
      `UPDATE message_outbox SET next_attempt_at = now() + $3 * interval '1 millisecond', last_error = coalesce($4, last_error)
        WHERE id = $1 AND attempts = $2 AND recorded_at IS NULL`,
      [claimed.id, claimed.attempts, delayMs, error ?? null],
    );
  }

  /** Deletes rows recorded longer than `keepMs` ago: the record of what was sent is in MongoDB. */
  async prune(keepMs: number): Promise<number> {
    const { rowCount } = await this.pool.query(
      "DELETE FROM message_outbox WHERE recorded_at < now() - $1 * interval '1 millisecond'", [keepMs]);
    return rowCount ?? 0;
  }
}
