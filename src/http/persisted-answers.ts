import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LRUCache } from 'lru-cache';
import { forbiddenRootField } from '../auth/permissions';
import { bearerToken, type VerifyToken } from '../auth/tokens';
import type { ResponseCache } from '../cache/response-cache';
import { recordOperation } from '../metrics';
import type { CacheScope } from '../pipeline/cache-policy';
import type { RateLimits } from '../pipeline/rate-limits';
import type { GatewayLogs } from '../stores/gateway-logs';

/** What the response cache learned of a persisted operation when it stored one of its answers. */
export interface KnownOperation {
  scope: CacheScope;
  maxAge: number;
  /** Its root fields (`Query.dashboard`): who may run it is asked again for every viewer. */
  coordinates: readonly string[];
}

/** Persisted operations this instance has stored an answer of, at most (the least recently used go first). */
const MAX_KNOWN = 10_000;

export class KnownOperations {
  private readonly known = new LRUCache<string, KnownOperation>({ max: MAX_KNOWN });

  learn(queryHash: string, operationName: string | null, operation: KnownOperation): void {
    this.known.set(`${queryHash}:${operationName ?? ''}`, operation);
  }

  get(queryHash: string, operationName: string | null): KnownOperation | undefined {
    return this.known.get(`${queryHash}:${operationName ?? ''}`);
  }
}

export interface PersistedAnswer {
  body: string;
  maxAge: number;
}

interface PersistedBody {
  operationName?: unknown;
  variables?: Record<string, unknown>;
  extensions: { persistedQuery: { sha256Hash: string } };
}

/** A request by a persisted query's hash alone: what may have a cached answer. */
export const isPersisted = (body: unknown): body is PersistedBody =>
  typeof body === 'object' && body !== null && !('query' in body) &&
  typeof (body as { extensions?: { persistedQuery?: { sha256Hash?: unknown } } }).extensions?.persistedQuery?.sha256Hash === 'string';

/**
 * A cached answer of a persisted query, served before Apollo Server parses anything: the answer
 * the response cache holds is the whole response, and what Apollo would check first is checked
 * here the same way, with what was learned when the answer was stored. The viewer is verified, its
 * roles may run the operation's root fields, the answer is current (the response cache's
 * generation check), and then the operation spends from the budgets; it is logged and counted
 * like any other. Anything else (an unknown operation, no viewer, a refusal, a miss, an `accept`
 * that is not plain JSON, a router's fetch) goes through Apollo, which answers it as usual.
 */
export function persistedAnswers(deps: {
  cache: ResponseCache; known: KnownOperations; verifyToken: VerifyToken; rateLimits: RateLimits; logs?: GatewayLogs | undefined;
  fromRouter: (req: IncomingMessage) => boolean;
}) {
  return async (req: IncomingMessage, body: unknown): Promise<PersistedAnswer | null> => {
    const started = performance.now();
    if (!isPersisted(body) || deps.fromRouter(req)) return null;
    const accept = req.headers.accept;
    if (accept && !/^(\*\/\*|application\/json)\s*(;|,|$)/.test(accept)) return null;
    const queryHash = body.extensions.persistedQuery.sha256Hash;
    const operationName = typeof body.operationName === 'string' ? body.operationName : null;
    const known = deps.known.get(queryHash, operationName);
    const token = bearerToken(req.headers.authorization);
    if (!known || !token) return null;
    const viewer = await deps.verifyToken(token).catch(() => null);
    if (!viewer || forbiddenRootField(viewer, known.coordinates)) return null;
    const answer = await deps.cache.get({
      tenantId: viewer.tenantId, ...(known.scope === 'PRIVATE' ? { userId: viewer.userId } : {}),
      queryHash, operationName: body.operationName as string | undefined, variables: body.variables,
    });
    if (!answer) return null;
    try {
      await deps.rateLimits.admit(viewer);
    } catch {
      return null; // Apollo refuses it, RATE_LIMITED with its retry-after
    }
    const durationMs = performance.now() - started;
    recordOperation('query', durationMs / 1000, false);
    deps.logs?.request({
      tenantId: viewer.tenantId, userId: viewer.userId, requestId: randomUUID(), method: 'POST', operationName, operationHash: queryHash,
      statusCode: 200, durationMs, errorCodes: [], features: known.coordinates, wrote: [], at: new Date(),
    });
    return { body: `${answer}\n`, maxAge: known.maxAge }; // Apollo's own serialization ends with a newline too
  };
}
