import { createLoaders, type Backends, type Loaders } from './index';

/**
 * The loaders of subscription events: one set per tenant for one turn of the event loop.
 *
 * The hub hands a new notification to all its recipients' subscriptions at once, and each runs its
 * own execution. With loaders of their own, 100 recipients selecting `sender { name }` would send
 * 100 statements; sharing the tenant's loaders among the executions that start in the same turn
 * lets DataLoader batch them into one. Loaders hold tenant data only (see `createLoaders`), so
 * sharing them across users of a tenant shows nobody anything new, and a cache that lives for
 * one turn serves each event data as fresh as loaders created for it alone would.
 */
export class EventLoaders {
  private readonly byTenant = new Map<string, Loaders>();

  constructor(private readonly backends: Backends) {}

  of(tenantId: string): Loaders {
    let loaders = this.byTenant.get(tenantId);
    if (!loaders) {
      if (this.byTenant.size === 0) setImmediate(() => this.byTenant.clear());
      this.byTenant.set(tenantId, (loaders = createLoaders(this.backends, tenantId)));
    }
    return loaders;
  }
}
