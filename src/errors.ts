import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { MongoBulkWriteError, MongoNetworkError, MongoServerSelectionError } from 'mongodb';

/** Every code a client can see. Apollo's own request-level codes are re-exported so one enum covers all. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  SUBSCRIPTION_DROPPED: 'SUBSCRIPTION_DROPPED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  GRAPHQL_PARSE_FAILED: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  GRAPHQL_VALIDATION_FAILED: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  PERSISTED_QUERY_NOT_SUPPORTED: ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  OPERATION_RESOLUTION_FAILURE: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** An expected failure: its message and code are safe to show to the client. */
export class GatewayError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'GatewayError';
  }
}

export const unauthenticated = (message = 'A valid bearer token is required.') =>
  new GatewayError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
export const forbidden = (message: string) => new GatewayError(ErrorCode.FORBIDDEN, message);
/** The row changed since the client read it (optimistic concurrency). */
export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new GatewayError(ErrorCode.CONFLICT, message, extensions);
export const badUserInput = (message: string, field?: string) =>
  new GatewayError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

function codeOf(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  // graphql-js aborts parsing past `maxTokens` with a plain syntax error; give it its own code.
  if (/Document contains more th\w+ \d+ tokens/.test(error.message)) return ErrorCode.TOO_MANY_TOKENS; // sic: "more that"
  // graphql-js's own limit on introspection nesting (MaxIntrospectionDepthRule) is a depth limit too.
  if (error.message === 'Maximum introspection depth exceeded') return ErrorCode.QUERY_TOO_DEEP;
  const code = error.extensions?.code;
  if (typeof code === 'string') return code;
  // Apollo refuses some requests with an HTTP status but no code ("provided sha does not match
  // query"): the client's request was wrong, so it is a BAD_REQUEST, not something to mask.
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : undefined;
}

/** PostgreSQL's answers that mean "not now" rather than "wrong": shutting down, cannot connect, starting up. */
const PG_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
/** A connection's own failures, whichever client met them. */
const SOCKET_FAILURES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
/**
 * The MongoDB driver sometimes lets a raw socket error through unwrapped (a write to a connection
 * the server just closed): its stack says whose connection it was.
 */
const fromMongoDriver = (error: { stack?: string }) => /[\\/]node_modules[\\/]mongodb[\\/]/.test(error.stack ?? '');
const PG_TIMEOUT = /^(Query read timeout|timeout exceeded when trying to connect|Connection terminated)/;

/**
 * The store a failure says is away (stopped, paused, unreachable), or undefined for any other
 * failure. Requests that need it fail fast (bounded waits, db/*.ts) with SERVICE_UNAVAILABLE: an
 * outage, not a bug, so it is logged as a warning without a stack.
 */
export function unavailableService(error: unknown): 'postgresql' | 'mongodb' | undefined {
  if (error instanceof MongoNetworkError || error instanceof MongoServerSelectionError || isUnsentBulkWrite(error)) return 'mongodb';
  const { code, message, stack } = (error ?? {}) as { code?: string; message?: string; stack?: string };
  if (code && SOCKET_FAILURES.has(code)) return fromMongoDriver({ stack }) ? 'mongodb' : 'postgresql';
  if ((code && PG_UNAVAILABLE.has(code)) || (message && PG_TIMEOUT.test(message))) return 'postgresql';
  return undefined;
}

/**
 * An insertMany that failed without an answer from the server: the driver wraps its own failure
 * (no server, a dropped connection) in a bulk write error with no write errors and no write
 * concern error, and the class of the original is lost.
 */
export function isUnsentBulkWrite(error: unknown): boolean {
  if (!(error instanceof MongoBulkWriteError) || error.err || error.result?.getWriteConcernError()) return false;
  return Array.isArray(error.writeErrors) ? error.writeErrors.length === 0 : !error.writeErrors;
}

/**
 * Apollo's `formatError`: known errors pass through with their most specific code (a limit rule's
 * own code rather than the generic validation one); anything unexpected is logged and masked, so
 * no message, path or stack of an internal failure reaches a client.
 */
export function createErrorFormatter(onUnexpected: (error: unknown) => void, onOutage: (service: string, error: unknown) => void = () => {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const service = unavailableService(original);
    if (service) {
      onOutage(service, original);
      const outage = unavailable(service);
      return { message: outage.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: outage.extensions.code, service } };
    }
    // A validation or parse failure wraps the rule's own error: its code is the specific one.
    const inner = codeOf((error as GraphQLError)?.originalError);
    const code = inner && knownCodes.has(inner) ? inner : (codeOf(original) ?? codeOf(error));
    if (code && knownCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    onUnexpected(original);
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * For failures outside any field (authentication in a transport): a store that is away becomes
 * SERVICE_UNAVAILABLE (HTTP 503), anything else stays what it was.
 */
export function asOutage(error: unknown): unknown {
  const service = unavailableService(error);
  return service ? unavailable(service) : error;
}

const unavailable = (service: 'postgresql' | 'mongodb') =>
  new GatewayError(ErrorCode.SERVICE_UNAVAILABLE, `${service === 'postgresql' ? 'PostgreSQL' : 'MongoDB'} is not answering; try again shortly.`, {
    service, http: { status: 503 },
  });
