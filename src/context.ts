import type { Viewer } from './auth/viewer';
import { unauthenticated } from './errors';
import { createLoaders, type Backends, type Loaders } from './loaders';

export interface GatewayContext {
  readonly viewer: Viewer | null;
  readonly maxPageSize: number;
  /** Present exactly when there is a viewer: every data path is tenant-scoped. */
  readonly loaders: Loaders | null;
}

export function createContext(
  backends: Backends, viewer: Viewer | null, maxPageSize: number, options?: { batch?: boolean },
): GatewayContext {
  return { viewer, maxPageSize, loaders: viewer ? createLoaders(backends, viewer, options) : null };
}

const START_EVENT = Symbol('startEvent');

/**
 * A subscription's context. graphql-js runs every event of a subscription with the context it
 * was subscribed with, so loaders created once would cache rows for the life of the socket:
 * here they are created on first use within an event and dropped by `startEvent`, so each event
 * sees fresh data and an event that selects no relational field costs nothing.
 */
export function createSubscriptionContext(backends: Backends, viewer: Viewer, maxPageSize: number): GatewayContext {
  let loaders: Loaders | null = null;
  return {
    viewer,
    maxPageSize,
    get loaders() {
      return (loaders ??= createLoaders(backends, viewer));
    },
    [START_EVENT]: () => void (loaders = null),
  } as GatewayContext;
}

/** Called by a subscription field's `resolve` for each event: what follows gets fresh loaders. */
export function startEvent(context: GatewayContext): void {
  (context as { [START_EVENT]?: () => void })[START_EVENT]?.();
}

/** The viewer and its tenant's loaders, or UNAUTHENTICATED. */
export function authorized(context: GatewayContext): { viewer: Viewer; loaders: Loaders } {
  if (!context.viewer || !context.loaders) throw unauthenticated();
  return { viewer: context.viewer, loaders: context.loaders };
}
