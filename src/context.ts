import { randomUUID } from 'node:crypto';
import type { Viewer } from './auth/viewer';
import { unauthenticated } from './errors';
import { createLoaders, type Backends, type Loaders } from './loaders';
import type { EventLoaders } from './loaders/events';

export interface GatewayContext {
  readonly viewer: Viewer | null;
  /** Joins the operation's api_request_log entry, its error_log entries and a masked error's `requestId`. */
  readonly requestId: string;
  /** The operation is a supergraph router's fetch (see limits.ts): client-only limits do not apply. */
  readonly fromRouter?: boolean;
  readonly maxPageSize: number;
  /** Present exactly when there is a viewer: every data path is tenant-scoped. */
  readonly loaders: Loaders | null;
}

export function createContext(
  backends: Backends, viewer: Viewer | null, maxPageSize: number, options?: { batch?: boolean; fromRouter?: boolean },
): GatewayContext {
  const loaders = viewer ? createLoaders(backends, viewer.tenantId, options) : null;
  return { viewer, requestId: randomUUID(), maxPageSize, loaders, fromRouter: options?.fromRouter ?? false };
}

/**
 * A subscription's context. graphql-js runs every event of a subscription with the context it
 * was subscribed with, so loaders created with it would cache rows for the life of the socket:
 * here they come from `eventLoaders` on each use, fresh for each turn of the event loop and
 * shared by the tenant's subscriptions within it.
 */
export function createSubscriptionContext(eventLoaders: EventLoaders, viewer: Viewer, maxPageSize: number): GatewayContext {
  return {
    viewer,
    requestId: randomUUID(),
    maxPageSize,
    get loaders() {
      return eventLoaders.of(viewer.tenantId);
    },
  };
}

/** The viewer and its tenant's loaders, or UNAUTHENTICATED. */
export function authorized(context: GatewayContext): { viewer: Viewer; loaders: Loaders } {
  if (!context.viewer || !context.loaders) throw unauthenticated();
  return { viewer: context.viewer, loaders: context.loaders };
}
