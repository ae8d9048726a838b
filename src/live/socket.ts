import type { Server } from 'node:http';
import {
  execute, GraphQLError, getOperationAST, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { VerifyToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import { createContext, createSubscriptionContext } from '../context';
import { ErrorCode, GatewayError } from '../errors';
import type { Backends } from '../loaders';
import { EventLoaders } from '../loaders/events';
import { subscribeSharingResults } from './shared-results';

export interface SocketOptions {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  backends: Backends;
  verifyToken: VerifyToken;
  validationRules: ValidationRule[];
  maxTokens: number;
  maxPageSize: number;
  /** Subscriptions one socket may hold at once; queries and mutations do not count. */
  maxSubscriptions: number;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

type SocketExtra = {
  viewer?: Viewer;
  expiryTimer?: NodeJS.Timeout;
  /** Ids of the socket's running subscriptions, for the per-socket cap. */
  subscriptions?: Set<string>;
};

/**
 * An operation refused before it runs (parse, validation, limits, the subscription cap) is
 * answered like any other result, `next` with its errors and then `complete`, not with the
 * protocol's `error` message: routers that proxy the socket turn that one into a masked error and
 * drop the code. The refused operation runs this stand-in document, whose execution is replaced
 * by the errors (see `executeOrRefuse`).
 */
const REFUSED: DocumentNode = parse('{ __typename }');
const refusals = new WeakMap<object, readonly GraphQLError[]>();

function refuse(schema: GraphQLSchema, errors: readonly GraphQLError[]): ExecutionArgs {
  const contextValue = {};
  refusals.set(contextValue, errors);
  return { schema, document: REFUSED, contextValue };
}

/** graphql-js's own validation errors carry no code; the limit rules' do, and keep theirs. */
const withValidationCode = (error: GraphQLError) => error.extensions.code
  ? error
  : new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } });

function executeOrRefuse(args: ExecutionArgs) {
  const errors = refusals.get(args.contextValue as object);
  return errors ? { errors } : execute(args);
}

/** The token travels in connection_init as `{ authorization: "Bearer …" }` or `{ token: "…" }`. */
function tokenOf(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  return typeof raw === 'string' ? raw.replace(/^Bearer\s+/i, '') : undefined;
}

/**
 * graphql-ws on the HTTP server's port and path. Sockets are authenticated once at
 * connection_init and closed when the token expires; every operation goes through the same
 * token limit, validation rules and error masking as HTTP.
 */
export function attachSocketServer(options: SocketOptions) {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path });
  const rules = [...specifiedRules, ...options.validationRules];
  const eventLoaders = new EventLoaders(options.backends);

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema: options.schema,
      execute: executeOrRefuse,
      subscribe: subscribeSharingResults,
      connectionInitWaitTimeout: 5_000,
      async onConnect(ctx) {
        const token = tokenOf(ctx.connectionParams);
        const viewer = token ? await options.verifyToken(token) : null;
        if (!viewer) {
          // 4401, not graphql-ws's default 4403: clients (graphql-ws's own among them) retry a
          // 4403, which may pass later, but give up on 4401 at once, as they should for a bad token.
          ctx.extra.socket.close(CloseCode.Unauthorized, 'A valid bearer token is required');
          return false;
        }
        ctx.extra.viewer = viewer;
        if (viewer.expiresAt !== undefined) {
          const socket = ctx.extra.socket;
          const ms = Math.max(0, viewer.expiresAt * 1000 - Date.now());
          ctx.extra.expiryTimer = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Token expired'), ms);
        }
        return true;
      },
      onClose(ctx) {
        clearTimeout((ctx.extra as SocketExtra).expiryTimer);
        (ctx.extra as SocketExtra).subscriptions?.clear();
      },
      onComplete(ctx, id) {
        ctx.extra.subscriptions?.delete(id);
      },
      onSubscribe(ctx, id, payload) {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'Invalid query.';
          return refuse(options.schema, [new GatewayError(ErrorCode.GRAPHQL_PARSE_FAILED, message)]);
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length > 0) return refuse(options.schema, errors.map(withValidationCode));
        const viewer = ctx.extra.viewer ?? null;
        const isSubscription = getOperationAST(document, payload.operationName)?.operation === 'subscription';
        if (isSubscription && viewer) {
          const running = (ctx.extra.subscriptions ??= new Set());
          if (running.size >= options.maxSubscriptions) {
            return refuse(options.schema, [new GatewayError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `A socket may hold at most ${options.maxSubscriptions} subscriptions.`)]);
          }
          // Counted from here; onComplete runs however the operation ends (completed, failed, socket closed).
          running.add(id);
        }
        return {
          schema: options.schema,
          document,
          variableValues: payload.variables ?? null,
          operationName: payload.operationName ?? null,
          contextValue: isSubscription && viewer
            ? createSubscriptionContext(eventLoaders, viewer, options.maxPageSize)
            : createContext(options.backends, viewer, options.maxPageSize),
        };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!('errors' in result) || !result.errors) return result;
        return { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error)) };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((error) => options.formatError(error.toJSON(), error)) as never;
      },
    },
    wsServer,
  );

  return {
    wsServer,
    /** Closes every socket (1001 Going Away) and stops accepting new ones. */
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
