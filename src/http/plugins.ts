import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, validate, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from 'graphql';
import type { GatewayContext } from '../context';
import { authorizeOperation } from '../pipeline/authorization';
import type { RateLimits } from '../pipeline/rate-limits';
import { unauthenticated } from '../errors';
import { operationSeconds, operationsTotal } from '../metrics';

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
 * Before anything executes: UNAUTHENTICATED without a valid token (but for the public fields),
 * FORBIDDEN for a root field the viewer's roles may not run (auth/permissions.ts).
 */
export const authorizationPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, document, operationName }) {
        if (!contextValue.viewer) {
          if (!onlyPublicFields(operation)) throw unauthenticated();
          return;
        }
        try {
          authorizeOperation(contextValue.viewer, document, operationName);
        } catch (error) {
          throw withStatus(error as GraphQLError, 403);
        }
      },
    };
  },
};

export const metricsPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    const stop = operationSeconds.startTimer();
    let type = 'unknown';
    return {
      async didResolveOperation({ operation }) {
        type = operation?.operation ?? 'unknown';
      },
      async willSendResponse({ errors }) {
        stop({ type });
        operationsTotal.inc({ type, outcome: errors?.length ? 'error' : 'ok' });
      },
    };
  },
};

/**
 * The client-only limits (limits.ts), checked per request rather than among Apollo's validation
 * rules: Apollo caches a document once it validated, and the same document from a router and from
 * a client must not share that verdict.
 */
export function clientLimitsPlugin(schema: GraphQLSchema, rules: ValidationRule[]): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (contextValue.fromRouter) return;
          const [error] = validate(schema, document, rules);
          if (error) throw withStatus(error, 400);
        },
      };
    },
  };
}

/** Every authenticated operation spends from its user's and tenant's budgets (pipeline/rate-limits.ts). */
export function rateLimitPlugin(limits: RateLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (contextValue.viewer) await limits.admit(contextValue.viewer);
        },
      };
    },
  };
}
