import { GraphQLError, Kind, validate, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { authorizeOperation, rootFieldCoordinates } from '../pipeline/authorization';
import type { GatewayLogs } from '../stores/gateway-logs';
import { perDocument } from '../pipeline/per-document';
import { queryForLog } from '../pipeline/query-text';
import type { RateLimits } from '../pipeline/rate-limits';
import type { RowSelections } from '../pipeline/row-selection';
import { unauthenticated } from '../errors';
import { recordOperation } from '../metrics';
import type { RequestHooks } from './request-hooks';

/**
 * A plugin's refusal is the whole request's, so it carries its HTTP status: without one Apollo
 * answers 500 for an error thrown in a plugin.
 */
const withStatus = (error: GraphQLError, status: number) =>
  new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status } } });

/** Fields anyone may ask for: the router fetches `_service` (the SDL) without a user token. */
const PUBLIC_ROOT_FIELDS = new Set(['_service', '__typename']);

function onlyPublicFields(operation: OperationDefinitionNode | undefined): boolean {
  return !!operation && operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value),
  );
}

/**
 * Whether an operation may run, before anything executes, in this order: UNAUTHENTICATED without
 * a valid token (but for the public fields, which anyone may ask); FORBIDDEN for a root field the
 * viewer's roles may not run (auth/permissions.ts); the client-only limits (limits.ts); then the
 * operation spends from its user's and tenant's budgets (pipeline/rate-limits.ts), so a refused
 * one spends nothing.
 *
 * The client-only limits are checked here rather than among Apollo's validation rules: Apollo
 * caches a document once it validated, and the same document from a router and from a client must
 * not share that verdict. Their verdict is kept per document instead.
 */
export function admission(schema: GraphQLSchema, clientRules: ValidationRule[], limits: RateLimits): RequestHooks {
  const clientLimitError = perDocument((document) => validate(schema, document, clientRules)[0]);
  return {
    didResolveOperation({ contextValue, operation, document, operationName }) {
      const { viewer } = contextValue;
      if (!viewer && !onlyPublicFields(operation)) throw unauthenticated();
      try {
        if (viewer) authorizeOperation(viewer, document, operationName);
      } catch (error) {
        throw withStatus(error as GraphQLError, 403);
      }
      const tooBig = contextValue.fromRouter ? undefined : clientLimitError(document);
      if (tooBig) throw withStatus(tooBig, 400);
      return viewer ? limits.admit(viewer) : undefined;
    },
  };
}

/** Operations by type and outcome, and their durations (metrics.ts). */
export function operationMetrics(): RequestHooks {
  return {
    willSendResponse(request, startedAt) {
      recordOperation(request.operation?.operation ?? 'unknown', (performance.now() - startedAt) / 1000, !!request.errors?.length);
    },
  };
}

/** Before a query executes, its loaders learn which row properties it reads (pipeline/row-selection.ts). */
export function rowSelection(rowSelections: RowSelections): RequestHooks {
  return {
    didResolveOperation({ contextValue, document, operationName }) {
      contextValue.loaders?.selectRows(rowSelections(document, operationName ?? null));
    },
  };
}

/**
 * Every authenticated operation gets its api_request_log entry (off the request path: see
 * stores/gateway-logs.ts), and every masked error its error_log entry; the client's masked error
 * carries the `requestId` that finds both. Operations without a viewer belong to no tenant and
 * are only counted in the metrics.
 */
export function requestLog(logs: GatewayLogs): RequestHooks {
  return {
    willSendResponse(request, startedAt) {
      const { contextValue: { viewer, requestId }, response, document, operationName } = request;
      const at = new Date();
      const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
      const codes: string[] = [];
      single?.errors?.forEach((formatted, i) => {
        const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        codes.push(code);
        if (code !== 'INTERNAL_SERVER_ERROR') return;
        (formatted as { extensions: Record<string, unknown> }).extensions = { ...formatted.extensions, requestId };
        const original = request.errors?.[i];
        if (viewer) logs.error({ tenantId: viewer.tenantId, requestId, error: original ? unwrapResolverError(original) : formatted.message, operationName: operationName ?? null, path: formatted.path ?? null, at });
      });
      if (!viewer) return;
      logs.request({
        tenantId: viewer.tenantId, userId: viewer.userId, requestId,
        method: request.request.http?.method === 'GET' ? 'GET' : 'POST',
        operationName: operationName ?? null, operationHash: request.queryHash ?? null,
        statusCode: response.http.status ?? 200, durationMs: performance.now() - startedAt,
        errorCodes: codes, features: document ? rootFieldCoordinates(document, operationName ?? null) : [],
        wrote: request.contextValue.loaders?.wrote ?? [], at,
        ...(logs.sampled() && {
          bodies: {
            request: {
              // A text that did not parse cannot be redacted: only its size is kept.
              query: document ? queryForLog(document) : request.request.query && `[not parsed: ${request.request.query.length} characters]`,
              operationName: request.request.operationName ?? null, variables: request.request.variables ?? null,
            },
            response: single ?? null,
          },
        }),
      });
    },
  };
}
