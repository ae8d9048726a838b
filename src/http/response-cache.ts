import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { ResponseCache } from '../cache/response-cache';
import type { GatewayContext } from '../context';
import type { CachePolicies, CachePolicy } from '../pipeline/cache-policy';

/**
 * HTTP answers carry `Cache-Control` from the operation's cache policy (`@cacheControl` hints):
 * `private, max-age=N` when every field asked may be reused (an answer about a tenant is never
 * for a shared cache), `no-store` otherwise.
 *
 * Persisted queries with such a policy are also answered from the response cache without being
 * executed: per tenant, and per user when the policy's scope is PRIVATE. An answer is stored only
 * without errors and when every cached value it was built from could be checked (see
 * CacheLoaders.observed); it is served while their tags' generations hold and its maxAge lasts.
 */
export function responseCachePlugin(cache: ResponseCache, cachePolicy: CachePolicies): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const queryHash = (request.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash;
      let policy: CachePolicy | undefined;
      let fromCache = false;
      const keyFor = (context: GatewayContext, scope: CachePolicy['scope']) => ({
        tenantId: context.viewer!.tenantId,
        ...(scope === 'PRIVATE' ? { userId: context.viewer!.userId } : {}),
        queryHash: queryHash!, operationName: request.operationName, variables: request.variables,
      });
      return {
        async responseForOperation({ contextValue, document, operation }) {
          if (!operation) return null; // an unknown operation name: refused after this
          policy = cachePolicy(document, operation);
          if (!queryHash || !contextValue.viewer || policy.maxAge === 0) return null;
          const body = await cache.get(keyFor(contextValue, policy.scope));
          if (!body) return null;
          fromCache = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: JSON.parse(body) } };
        },
        async willSendResponse({ contextValue, response }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const cacheable = policy && policy.maxAge > 0 && single && !single.errors;
          response.http.headers.set('cache-control', cacheable ? `private, max-age=${policy!.maxAge}` : 'no-store');
          if (!cacheable || fromCache || !queryHash || !contextValue.viewer) return;
          const generations = contextValue.loaders?.caches.observed();
          if (generations) void cache.set(keyFor(contextValue, policy!.scope), JSON.stringify(single), generations, policy!.maxAge * 1000);
        },
      };
    },
  };
}
