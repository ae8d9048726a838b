import { HeaderMap, type GraphQLRequestContext, type GraphQLResponse } from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { ResponseCache } from '../cache/response-cache';
import type { GatewayContext } from '../context';
import { rootFieldCoordinates } from '../pipeline/authorization';
import type { CachePolicies, CachePolicy } from '../pipeline/cache-policy';
import type { KnownOperations } from './persisted-answers';
import type { RequestHooks } from './request-hooks';

/**
 * HTTP answers carry `Cache-Control` from the operation's cache policy (`@cacheControl` hints):
 * `private, max-age=N` when every field asked may be reused (an answer about a tenant is never
 * for a shared cache), `no-store` otherwise.
 *
 * Persisted queries with such a policy are also answered from the response cache without being
 * executed: per tenant, and per user when the policy's scope is PRIVATE. An answer is stored only
 * without errors and when every cached value it was built from could be checked (see
 * CacheLoaders.observed); it is served while their tags' generations hold and its maxAge lasts.
 * What it takes to serve the next answer before Apollo (persisted-answers.ts) is learned here, from
 * clients' requests only (a router's fetch is not held to the client limits).
 */
export function responseCaching(cache: ResponseCache, cachePolicy: CachePolicies, known: KnownOperations): RequestHooks {
  /** Requests answered from the cache: nothing to store afterwards. */
  const answered = new WeakSet<object>();
  const policyOf = ({ document, operation }: { document?: DocumentNode; operation?: OperationDefinitionNode }) =>
    document && operation ? cachePolicy(document, operation) : undefined;
  const keyFor = ({ request, contextValue }: GraphQLRequestContext<GatewayContext>, queryHash: string, scope: CachePolicy['scope']) => ({
    tenantId: contextValue.viewer!.tenantId,
    ...(scope === 'PRIVATE' ? { userId: contextValue.viewer!.userId } : {}),
    queryHash, operationName: request.operationName, variables: request.variables,
  });
  const answer = async (requestContext: GraphQLRequestContext<GatewayContext>, key: ReturnType<typeof keyFor>): Promise<GraphQLResponse | null> => {
    const body = await cache.get(key);
    if (!body) return null;
    answered.add(requestContext);
    return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: JSON.parse(body) } };
  };
  return {
    responseForOperation(requestContext) {
      const policy = policyOf(requestContext); // none for an unknown operation name: refused after this
      const queryHash = persistedHash(requestContext);
      if (!policy || !queryHash || !requestContext.contextValue.viewer || policy.maxAge === 0) return null;
      return answer(requestContext, keyFor(requestContext, queryHash, policy.scope));
    },
    willSendResponse(requestContext) {
      const { response, contextValue } = requestContext;
      const policy = policyOf(requestContext);
      const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const cacheable = policy && policy.maxAge > 0 && single && !single.errors;
      response.http.headers.set('cache-control', cacheable ? `private, max-age=${policy.maxAge}` : 'no-store');
      const queryHash = persistedHash(requestContext);
      if (!cacheable || !queryHash || !contextValue.viewer) return;
      if (!contextValue.fromRouter && requestContext.document) {
        const coordinates = rootFieldCoordinates(requestContext.document, requestContext.operationName ?? null);
        known.learn(queryHash, requestContext.request.operationName ?? null, { scope: policy.scope, maxAge: policy.maxAge, coordinates });
      }
      if (answered.has(requestContext)) return;
      const generations = contextValue.loaders?.caches.observed();
      if (generations) void cache.set(keyFor(requestContext, queryHash, policy.scope), JSON.stringify(single), generations, policy.maxAge * 1000);
    },
  };
}

const persistedHash = ({ request }: GraphQLRequestContext<GatewayContext>) =>
  (request.extensions?.persistedQuery as { sha256Hash?: string } | undefined)?.sha256Hash;
