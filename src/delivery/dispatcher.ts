import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from 'mongodb';
import { Pool } from 'pg';
import type { NotificationEvent } from '../live/events';
import type { Logger } from '../logger';
import { MessageQueue, type ClaimedOutgoing, type OutgoingChannel, type SendOutcome } from '../stores/message-outbox';
import { messageIdOf } from './email';
import { channelMessages } from './metrics';
import { DeliveryRecords } from './records';
import { DeliveryError, type ChannelSender } from './senders';

export interface DispatcherOptions {
  pgUrl: string;
  /** A MongoDB client off the request pool (the relays'). */
  mongo: Db;
  logger: Logger;
  /** The configured channels; a channel without one is not sent, its messages stay queued. */
  senders: readonly ChannelSender[];
  /** SMTP_FROM: the records name it as the sender of email. */
  from: string;
  /** DELIVERY_ATTEMPTS, DELIVERY_BACKOFF_MS, DELIVERY_POLL_MS, DELIVERY_TIMEOUT_MS. */
  attempts: number;
  backoffMs: number;
  pollMs: number;
  timeoutMs: number;
  /** Tells the recipient's live subscriptions (notificationUpdated) of a status change. */
  publish?: (events: NotificationEvent[]) => Promise<void>;
  /** Messages claimed (and sent concurrently) at a time. */
  batchSize?: number;
}

const MAX_BACKOFF_MS = 15 * 60_000;
const PRUNE_EVERY_MS = 3600_000;
const KEEP_RECORDED_MS = 7 * 24 * 3600_000;

/** The pause after the n-th failed attempt. */
export const backoffAfter = (attempt: number, backoffMs: number) => Math.min(MAX_BACKOFF_MS, backoffMs * 2 ** (attempt - 1));

/**
 * Sends what message_outbox holds for the configured channels. Every instance runs one; the queue's
 * claim (row locks, then a lease) gives each message to one of them at a time, so instances share
 * the work and never send a message twice, and a message queued when an instance stopped is sent
 * by whichever runs next. The lease covers a whole batch's sends (each bounded by the timeout):
 * only a sender that stopped without closing its messages lets them come due again.
 *
 * A message taken by its provider is closed SENT; refused for good, or out of attempts, FAILED
 * (and so is its notification); otherwise it comes back after an exponential backoff. Its record
 * (records.ts) is written after it is closed, and until it is, the row keeps coming due for it.
 */
export class MessageDispatcher {
  private readonly pool: Pool;
  private readonly queue: MessageQueue;
  private readonly records: DeliveryRecords;
  private readonly senders: Map<OutgoingChannel, ChannelSender>;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private lastPrune = 0;
  /** Records MongoDB refused in a row: their retries back off together. */
  private recordFailures = 0;

  constructor(private readonly options: DispatcherOptions) {
    // Its own two connections: polling stays off the request pool and out of its round trips.
    this.pool = new Pool({ connectionString: options.pgUrl, max: 2 });
    this.pool.on('error', () => undefined); // surfaces as a failed query, handled by the loop
    this.queue = new MessageQueue(this.pool);
    this.records = new DeliveryRecords(options.mongo, options.from);
    this.senders = new Map(options.senders.map((sender) => [sender.channel, sender]));
  }

  get channels(): OutgoingChannel[] {
    return [...this.senders.keys()];
  }

  start(): void {
    this.loop ??= this.run();
  }

  /** Lets the messages in flight finish (each within the timeout), then closes the connections. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    for (const sender of this.senders.values()) sender.close?.();
    await this.pool.end().catch(() => undefined);
  }

  private async run() {
    const { pollMs, batchSize = 10, logger } = this.options;
    let failures = 0;
    while (!this.stopped) {
      try {
        const [claimed, unrecorded] = [
          await this.queue.claim(this.channels, batchSize, this.leaseMs), await this.queue.claimUnrecorded(batchSize, this.leaseMs),
        ];
        failures = 0;
        if (claimed.length === 0 && unrecorded.length === 0) {
          await this.prune();
          await this.pause(pollMs);
          continue;
        }
        await Promise.all([...claimed.map((message) => this.deliver(message)), ...unrecorded.map((message) => this.record(message, message.outcome!))]);
      } catch (error) {
        if (this.stopped) break;
        logger.warn({ err: error }, 'message dispatcher: the queue is not answering; trying again');
        await this.pause(backoffAfter(++failures, pollMs));
      }
    }
  }

  /** Connecting, the greeting and the message each may take the timeout; then the record. */
  private get leaseMs() {
    return this.options.timeoutMs * 4 + 5_000;
  }

  private async deliver(message: ClaimedOutgoing) {
    const sender = this.senders.get(message.channel)!;
    const { provider } = sender;
    if (message.expires_at && message.expires_at.getTime() <= Date.now()) {
      // Gone for its recipient: nothing to send, nothing to record.
      await this.queue.finish(message, { status: 'failed', at: new Date().toISOString(), provider, error: 'the notification expired before it was sent' }, 0, { recorded: true });
      return;
    }
    let outcome: SendOutcome;
    try {
      const sent = await sender.send(message);
      outcome = { status: 'sent', at: new Date().toISOString(), provider, providerMessageId: sent.providerMessageId };
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(String(error), false);
      if (!failure.permanent && message.attempts < this.options.attempts) {
        const delayMs = backoffAfter(message.attempts, this.options.backoffMs);
        this.options.logger.info({ channel: message.channel, messageId: message.id, attempt: message.attempts, delayMs, reason: failure.message },
          'message dispatcher: send failed; trying again later');
        await this.queue.retry(message, delayMs, failure.message);
        channelMessages.inc({ channel: message.channel, outcome: 'retried' });
        return;
      }
      outcome = { status: 'failed', at: new Date().toISOString(), provider, error: failure.message, code: failure.code };
    }
    // Closed first: from here on the message is never sent again, whatever happens to its record.
    if (!(await this.queue.finish(message, outcome, this.leaseMs))) return;
    channelMessages.inc({ channel: message.channel, outcome: outcome.status });
    await this.record(message, outcome);
  }

  /**
   * The record and the notification's status, then the status live. When MongoDB refuses, the row
   * stays unrecorded and comes due again after a backoff, here or at another instance.
   */
  private async record(message: ClaimedOutgoing, outcome: SendOutcome) {
    let changed;
    try {
      changed = await this.records.write(message, outcome, messageIdOf(message, this.options.from));
    } catch (error) {
      this.options.logger.warn({ err: error, channel: message.channel, messageId: message.id },
        'message dispatcher: could not write the record of a message; trying again later');
      await this.queue.retry(message, backoffAfter(++this.recordFailures, this.options.pollMs)).catch(() => undefined);
      return;
    }
    this.recordFailures = 0;
    await this.queue.recorded(message);
    if (changed) {
      await this.options.publish?.([{ kind: 'updated', doc: changed }]).catch((error: unknown) =>
        this.options.logger.warn({ err: error }, 'message dispatcher: could not publish a status change live; the change-stream relay will'));
    }
  }

  private async prune() {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await this.queue.prune(KEEP_RECORDED_MS);
  }

  private async pause(ms: number) {
    if (this.stopped) return;
    const controller = new AbortController();
    this.wake = () => controller.abort();
    await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    this.wake = undefined;
  }
}
