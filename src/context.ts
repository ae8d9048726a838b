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

/** The viewer and its tenant's loaders, or UNAUTHENTICATED. */
export function authorized(context: GatewayContext): { viewer: Viewer; loaders: Loaders } {
  if (!context.viewer || !context.loaders) throw unauthenticated();
  return { viewer: context.viewer, loaders: context.loaders };
}
