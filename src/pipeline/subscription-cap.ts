import { subscriptionsHeld } from '../metrics';

/**
 * How many subscriptions each user holds in this process, over every socket and event stream:
 * a router multiplexes its users' subscriptions over few upstream connections, so a cap per
 * connection would be a cap per router, and a user with many tabs would dodge one per socket.
 */
export class SubscriptionCap {
  private readonly held = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** A release function, or null when the user already holds `limit` subscriptions. */
  acquire(userId: string): (() => void) | null {
    const count = this.held.get(userId) ?? 0;
    if (count >= this.limit) return null;
    this.held.set(userId, count + 1);
    subscriptionsHeld.inc();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      subscriptionsHeld.dec();
      const left = (this.held.get(userId) ?? 1) - 1;
      if (left === 0) this.held.delete(userId);
      else this.held.set(userId, left);
    };
  }
}
