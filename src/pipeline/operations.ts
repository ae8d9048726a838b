import {
  execute, GraphQLError, getOperationAST, parse, print, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import type { VerifyToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { createContext, createSubscriptionContext } from '../context';
import { asOutage, ErrorCode, GatewayError } from '../errors';
import type { Backends } from '../loaders';
import { EventLoaders } from '../loaders/events';
import { subscribeSharingResults } from '../live/shared-results';
import { authorizeOperation } from './authorization';
import type { RateLimits } from './rate-limits';
import type { RowSelections } from './row-selection';
import type { GatewayContext } from '../context';
import type { GatewayLogs } from '../stores/gateway-logs';
import { rootFieldCoordinates } from './authorization';
import { queryForLog } from './query-text';
import type { SubscriptionCap } from './subscription-cap';

export interface PipelineOptions {
  schema: GraphQLSchema;
  backends: Backends;
  verifyToken: VerifyToken;
  /** The limit rules (depth, directives, cost), run after graphql-js's own. */
  validationRules: ValidationRule[];
  /** Limits for clients' operations only, not a router's merged fetches (aliases). */
  clientRules: ValidationRule[];
  maxTokens: number;
  maxPageSize: number;
  subscriptions: SubscriptionCap;
  rateLimits: RateLimits;
  /** The row properties each query reads, for its loaders (pipeline/row-selection.ts). */
  rowSelections: RowSelections;
  /** api_request_log, one entry per operation (stores/gateway-logs.ts). */
  logs?: GatewayLogs;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface OperationParams {
  query: string;
  variables?: Record<string, unknown> | null | undefined;
  operationName?: string | null | undefined;
}

/** What a transport runs: the arguments, and what to call when the operation ends however it ends. */
export interface PreparedOperation {
  args: ExecutionArgs;
  isSubscription: boolean;
  release: () => void;
}

/**
 * An operation refused before it runs (parse, validation, limits, the subscription cap) is
 * answered like any other result, its errors and then the end, not as a protocol error: routers
 * that proxy the stream turn those into a masked error and drop the code. It runs this stand-in
 * document, whose execution is replaced by the errors.
 */
const REFUSED: DocumentNode = parse('{ __typename }');
const refusals = new WeakMap<object, readonly GraphQLError[]>();

/** graphql-js's own validation errors carry no code; the limit rules' do, and keep theirs. */
const withValidationCode = (error: GraphQLError) => error.extensions.code
  ? error
  : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } });

/**
 * The operation pipeline of the streaming transports (graphql-ws, graphql-sse): authenticate,
 * parse with the token limit, validate with the limit rules, authorize (the roles of
 * auth/permissions.ts), rate-limit, cap subscriptions per user, build the context, execute (subscriptions sharing results per event), mask and format
 * errors. HTTP goes
 * through Apollo Server, configured with the same rules, limits, formatter and authentication.
 */
export function createOperationPipeline(options: PipelineOptions) {
  const routerRules = [...specifiedRules, ...options.validationRules];
  const clientRules = [...routerRules, ...options.clientRules];
  const eventLoaders = new EventLoaders(options.backends);

  const refuse = (errors: readonly GraphQLError[]): PreparedOperation => {
    const contextValue = {};
    refusals.set(contextValue, errors);
    return { args: { schema: options.schema, document: REFUSED, contextValue }, isSubscription: false, release: () => {} };
  };

  /** The operation's api_request_log entry, once its result is known. */
  const logged = <R extends ExecutionResult>(args: ExecutionArgs, result: R, started: number): R => {
    const { viewer, requestId, loaders } = args.contextValue as GatewayContext;
    if (options.logs && viewer) {
      options.logs.request({
        tenantId: viewer.tenantId, userId: viewer.userId, requestId, method: 'GET',
        operationName: getOperationAST(args.document, args.operationName)?.name?.value ?? null, operationHash: null,
        statusCode: 200, durationMs: performance.now() - started,
        errorCodes: (result.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
        features: rootFieldCoordinates(args.document, args.operationName ?? null), wrote: loaders?.wrote ?? [], at: new Date(),
        ...(options.logs.sampled() && {
          bodies: { request: { query: queryForLog(args.document), operationName: args.operationName ?? null, variables: args.variableValues ?? null }, response: result },
        }),
      });
    }
    return result;
  };

  return {
    /** The viewer, null for no or a bad token; SERVICE_UNAVAILABLE when PostgreSQL cannot say. */
    async authenticate(token: string | undefined): Promise<Viewer | null> {
      if (!token) return null;
      return options.verifyToken(token).catch((error) => Promise.reject(asOutage(error)));
    },

    async prepare(params: OperationParams, viewer: Viewer, fromRouter = false): Promise<PreparedOperation> {
      let document: DocumentNode;
      try {
        document = parse(params.query, { maxTokens: options.maxTokens });
      } catch (error) {
        return refuse([new GatewayError(ErrorCode.GRAPHQL_PARSE_FAILED, error instanceof GraphQLError ? error.message : 'Invalid query.')]);
      }
      const errors = validate(options.schema, document, fromRouter ? routerRules : clientRules);
      if (errors.length > 0) return refuse(errors.map(withValidationCode));
      try {
        authorizeOperation(viewer, document, params.operationName);
        // Last, as over HTTP: an operation refused for anything else spends nothing of the budgets.
        await options.rateLimits.admit(viewer);
      } catch (error) {
        if (error instanceof GatewayError) return refuse([error]);
        throw error;
      }
      const isSubscription = getOperationAST(document, params.operationName)?.operation === 'subscription';
      let release = () => {};
      if (isSubscription) {
        const acquired = options.subscriptions.acquire(viewer.userId);
        if (!acquired) {
          const limit = options.subscriptions.limit;
          return refuse([new GatewayError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `A user may hold at most ${limit} subscriptions at once.`)]);
        }
        release = acquired;
      }
      const contextValue = isSubscription
        ? createSubscriptionContext(eventLoaders, viewer, options.maxPageSize)
        : createContext(options.backends, viewer, options.maxPageSize);
      if (!isSubscription) contextValue.loaders?.selectRows(options.rowSelections(document, params.operationName ?? null));
      const args = { schema: options.schema, document, variableValues: params.variables ?? null, operationName: params.operationName ?? null, contextValue };
      return { args, isSubscription, release };
    },

    execute(args: ExecutionArgs) {
      const errors = refusals.get(args.contextValue as object);
      if (errors) return { errors };
      const started = performance.now();
      const result = execute(args);
      return result instanceof Promise ? result.then((done) => logged(args, done, started)) : logged(args, result, started);
    },

    subscribe(args: ExecutionArgs) {
      const errors = refusals.get(args.contextValue as object);
      if (errors) return { errors };
      const started = performance.now();
      // Logged once it is under way (or refused): its events are not operations of their own.
      return subscribeSharingResults(args).then((result) => {
        logged(args, Symbol.asyncIterator in result ? {} : result, started);
        return result;
      });
    },

    /**
     * Known errors keep their code and message; anything else is logged and masked, and the
     * masked error carries the operation's request id, which finds its error_log entry.
     */
    formatResult<R extends ExecutionResult>(result: R, context?: object): R {
      if (!result.errors) return result;
      const { viewer, requestId } = (context ?? {}) as Partial<GatewayContext>;
      return {
        ...result,
        errors: result.errors.map((error) => {
          const formatted = options.formatError(error.toJSON(), error);
          if (formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR || !requestId) return formatted;
          if (viewer) {
            options.logs?.error({
              tenantId: viewer.tenantId, requestId, error: error.originalError ?? error, operationName: null, path: error.path ?? null, at: new Date(),
            });
          }
          return { ...formatted, extensions: { ...formatted.extensions, requestId } };
        }),
      };
    },
  };
}

export type OperationPipeline = ReturnType<typeof createOperationPipeline>;
