import type { NotificationDoc } from '../documents/notifications';
import { notificationBusEvents, notificationDeliveries, liveSubscribers } from '../metrics';
import { eventKey, recipientKey, type EventKind, type NotificationEvent } from './events';
import { KeyedSets } from './keyed-sets';
import type { RecentKeys } from './recent';

export interface Listener {
  kind: EventKind;
  push(doc: NotificationDoc): void;
  /** Ends the subscription with an error the client sees. */
  fail(error: Error): void;
}

/**
 * The in-process fan-out: recipient (tenant + user) → that user's live subscriptions on this
 * process. Every path an event takes into the process ends in `dispatch`, which drops what it has
 * dispatched before, so a subscriber sees each event once however many paths carried it.
 * A lookup is by the key taken from the document itself: an event can only ever reach
 * subscriptions of its own recipient in its own tenant.
 */
export class NotificationHub {
  private readonly byRecipient = new KeyedSets<Listener>();

  constructor(private readonly recent: RecentKeys) {}

  /** Starts delivering the recipient's events of `listener.kind` to it; returns the way to stop. */
  listen(tenantId: string, userId: string, listener: Listener): () => void {
    const remove = this.byRecipient.add(recipientKey(tenantId, userId), listener);
    liveSubscribers.inc({ subscription: listener.kind });
    let listening = true;
    return () => {
      if (!listening) return;
      listening = false;
      liveSubscribers.dec({ subscription: listener.kind });
      remove();
    };
  }

  /** Delivers an event to its recipient's local subscriptions once; false if it was a duplicate. */
  dispatch(event: NotificationEvent): boolean {
    if (!this.recent.add(eventKey(event))) {
      notificationBusEvents.inc({ outcome: 'duplicate' });
      return false;
    }
    notificationBusEvents.inc({ outcome: 'dispatched' });
    const listeners = this.byRecipient.get(recipientKey(event.doc.tenant_id, event.doc.recipient_id));
    if (!listeners) return true;
    let delivered = 0;
    for (const listener of listeners) {
      if (listener.kind !== event.kind) continue;
      listener.push(event.doc);
      delivered++;
    }
    if (delivered > 0) notificationDeliveries.inc({ subscription: event.kind }, delivered);
    return true;
  }

  /** Recipients with a live subscription to `kind` here, by tenant. */
  recipients(kind: EventKind): Map<string, string[]> {
    const byTenant = new Map<string, string[]>();
    for (const [key, listeners] of this.byRecipient.entries()) {
      if (![...listeners].some((listener) => listener.kind === kind)) continue;
      const at = key.indexOf(':');
      const [tenantId, userId] = [key.slice(0, at), key.slice(at + 1)];
      byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), userId]);
    }
    return byTenant;
  }

  /** Ends every local subscription of `kind`, e.g. after the bus lost more than can be caught up. */
  failAll(kind: EventKind, error: () => Error): void {
    for (const listener of this.byRecipient.all()) if (listener.kind === kind) listener.fail(error());
  }
}
