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

export function limitRules(config: Config): ValidationRule[] {
  return [
    maxDepthRule({ n: config.MAX_DEPTH, ...coded(ErrorCode.QUERY_TOO_DEEP) }),
    maxAliasesRule({ n: config.MAX_ALIASES, ...coded(ErrorCode.TOO_MANY_ALIASES) }),
    maxDirectivesRule({ n: config.MAX_DIRECTIVES, ...coded(ErrorCode.TOO_MANY_DIRECTIVES) }),
    costLimitRule({ maxCost: config.MAX_COST, ...coded(ErrorCode.QUERY_TOO_COMPLEX) }),
  ] as ValidationRule[];
}
