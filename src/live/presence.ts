import type { Logger } from '../logger';
import { ONLINE_HOLD_MS, type PresenceStore, type PresenceState } from '../stores/presence';

const RENEW_EVERY_MS = ONLINE_HOLD_MS / 3;

interface Held {
  tenantId: string;
  userId: string;
  count: number;
}

/**
 * This instance's part of presence: which users hold live chat subscriptions here. A user's first
 * subscription here marks them online in Redis, their last one ending takes that back, and every
 * RENEW_EVERY_MS the holds of everyone still here are renewed in one batch. When a change makes
 * someone come online or go offline for the whole deployment, `announce` is told, once.
 *
 * The Redis writes of one user run one after the other (a subscription that opens and closes at
 * once must not leave them online), and a failed one is logged: presence is a hint, never a
 * reason to refuse a subscription.
 */
export class PresenceTracker {
  private readonly held = new Map<string, Held>();
  private readonly writes = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly store: PresenceStore,
    private readonly origin: string,
    private readonly announce: (tenantId: string, state: PresenceState) => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.renew(), RENEW_EVERY_MS).unref();
  }

  /** Marks everyone held here offline (as far as this instance goes); after the subscriptions ended. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const { tenantId, userId } of this.held.values()) this.write(tenantId, userId, 'leave');
    this.held.clear();
    await Promise.all(this.writes.values());
  }

  /** A live subscription of the user starts here; the function returned ends it (once). */
  hold(tenantId: string, userId: string): () => void {
    const key = `${tenantId}:${userId}`;
    const held = this.held.get(key) ?? { tenantId, userId, count: 0 };
    this.held.set(key, held);
    if (++held.count === 1) this.write(tenantId, userId, 'arrive');
    let holding = true;
    return () => {
      if (!holding) return;
      holding = false;
      if (--held.count > 0 || this.held.get(key) !== held) return;
      this.held.delete(key);
      this.write(tenantId, userId, 'leave');
    };
  }

  private write(tenantId: string, userId: string, change: 'arrive' | 'leave') {
    const key = `${tenantId}:${userId}`;
    const write = (this.writes.get(key) ?? Promise.resolve()).then(async () => {
      const now = Date.now();
      const { turned, version } = await this.store[change](tenantId, userId, this.origin, now);
      if (turned) this.announce(tenantId, { userId, online: change === 'arrive', lastSeenAt: new Date(now), version });
    }).catch((error: unknown) => this.logger.warn({ err: error, change }, 'presence: Redis did not take a change'));
    this.writes.set(key, write);
    void write.finally(() => {
      if (this.writes.get(key) === write) this.writes.delete(key);
    });
  }

  private async renew() {
    if (this.held.size === 0) return;
    await this.store.renew([...this.held.values()], this.origin)
      .catch((error: unknown) => this.logger.warn({ err: error, users: this.held.size }, 'presence: renewing holds failed'));
  }
}
