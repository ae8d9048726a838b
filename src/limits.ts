import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { Config } from './config';
import { ErrorCode } from './errors';

/**
 * Reports the armor rule's rejection under a code of our own, so a client can tell "too deep"
 * from "too costly" without parsing messages. The same rules run for HTTP and WebSocket operations.
 */
function coded(code: ErrorCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message, { nodes: error.nodes, extensions: { code } })),
    ],
  };
}

/** Limits every operation meets, from a client or from a router. */
export function limitRules(config: Config): ValidationRule[] {
  return [
    maxDepthRule({ n: config.MAX_DEPTH, ...coded(ErrorCode.QUERY_TOO_DEEP) }),
    maxDirectivesRule({ n: config.MAX_DIRECTIVES, ...coded(ErrorCode.TOO_MANY_DIRECTIVES) }),
    costLimitRule({ maxCost: config.MAX_COST, ...coded(ErrorCode.QUERY_TOO_COMPLEX) }),
  ] as ValidationRule[];
}

/**
 * Limits for operations written by clients only. A router (identified by ROUTER_SECRET) merges
 * the root fields of a client's operation into one fetch under aliases of its own (`_v0_me`, …),
 * so its fetches are not held to the client's alias limit: the router enforces that limit on the
 * client's operation.
 */
export function clientLimitRules(config: Config): ValidationRule[] {
  // Aliases of __typename count too: armor exempts them by default, which lets a client multiply
  // the work of one cheap field without bound.
  return [maxAliasesRule({ n: config.MAX_ALIASES, allowList: [], ...coded(ErrorCode.TOO_MANY_ALIASES) })] as ValidationRule[];
}
