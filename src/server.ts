import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import type { RedisClient } from './db/redis';
import { bearerToken, type VerifyToken } from './auth/tokens';
import type { Config } from './config';
import { createContext, type GatewayContext } from './context';
import { createMongoClient } from './db/mongo';
import { asOutage, createErrorFormatter } from './errors';
import { persistedQueryCache } from './http/persisted-queries';
import { admission, operationMetrics, requestLog, rowSelection } from './http/plugins';
import { requestHooksPlugin } from './http/request-hooks';
import { inlineTracePlugins } from './http/inline-trace';
import { GatewayLogs } from './stores/gateway-logs';
import { HealthWatch } from './http/health-watch';
import { responseCaching } from './http/response-cache';
import { KnownOperations, persistedAnswers } from './http/persisted-answers';
import { ResponseCache } from './cache/response-cache';
import { NearCache } from './cache/near-cache';
import { createCachePolicies } from './pipeline/cache-policy';
import { ROUTER_SECRET_HEADER, routerCheck } from './http/router';
import { readiness } from './http/probes';
import { clientLimitRules, limitRules } from './limits';
import { OutboxRelay } from './audit/relay';
import { traceIdPlugin } from './http/trace-id';
import { explorerRoutes } from './http/explorer';
import { chatMentionAlerts } from './alerts/chat-mentions';
import { tracingEnabled } from './tracing';
import { RollupJob } from './analytics/rollup-job';
import { dispatcherFor } from './delivery';
import { routerInvalidationFor } from './cache/router-invalidation';
import { ChatFeed } from './live/chat-feed';
import { EntityChangeFeed } from './live/entity-changes';
import { NotificationFeed } from './live/feed';
import type { Logger } from './logger';
import type { ChatEvent } from './chat/conversations';
import { metrics } from './metrics';
import { createOperationPipeline } from './pipeline/operations';
import { RateLimits } from './pipeline/rate-limits';
import { createRowSelections } from './pipeline/row-selection';
import { SubscriptionCap } from './pipeline/subscription-cap';
import { buildSchema } from './schema';
import { createCallbackHandler } from './transport/callback';
import { createHttpHandler } from './transport/http';
import { send } from './http/body';
import { createEventStreamHandler, isEventStreamRequest } from './transport/sse';
import { attachSocketServer } from './transport/ws';

/** Every chat event goes live (here at once, elsewhere over the bus) and to the mention alerts. */
function chatEventListeners(feed: ChatFeed, alerts: (tenantId: string, event: ChatEvent) => void) {
  return (tenantId: string, event: ChatEvent) => {
    alerts(tenantId, event);
    void feed.publish(tenantId, event);
  };
}

export interface GatewayDeps {
  config: Config;
  logger: Logger;
  pg: Pool;
  mongo: Db;
  redis: RedisClient;
  verifyToken: VerifyToken;
  /** false only for the bridge benchmark's no-loaders baseline. */
  batchLoads?: boolean;
  /** false only for the writes benchmark's baseline: writes leave no change record in the outbox. */
  captureChanges?: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Stops accepting, drains HTTP requests and WebSocket operations, then resolves. */
  stop(): Promise<void>;
}

const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1 << 20;

export async function startGateway(deps: GatewayDeps): Promise<RunningGateway> {
  const { config, logger } = deps;
  // The change-stream relay polls all the time: a client of its own keeps that traffic off the
  // request pool (and out of the round trips the tests and benchmarks count). No request waits on
  // it, so it waits for a slow answer as long as it holds its lease, rather than give up on a
  // costly poll and send it again, and again: under load that is how a relay falls behind for good.
  const relayClient = createMongoClient(config.MONGO_URL, {
    socketTimeoutMs: Math.max(config.MONGO_SOCKET_TIMEOUT_MS, config.CHANGE_STREAM_LEASE_MS),
    serverSelectionTimeoutMs: config.MONGO_SERVER_SELECTION_TIMEOUT_MS,
  });
  const live = new NotificationFeed({
    mongo: deps.mongo, relayMongo: relayClient.db(config.MONGO_DB), redis: deps.redis, logger,
    channel: 'notifications',
    subscriptionBuffer: config.SUBSCRIPTION_BUFFER, leaseMs: config.CHANGE_STREAM_LEASE_MS,
  });
  const changes = new EntityChangeFeed({
    redis: deps.redis, logger, channel: 'entity-changes', origin: live.origin,
    subscriptionBuffer: config.SUBSCRIPTION_BUFFER,
  });
  const chatFeed = new ChatFeed({
    redis: deps.redis, logger, channel: 'chat', origin: live.origin, subscriptionBuffer: config.SUBSCRIPTION_BUFFER,
  });
  // The gateway's own logs have a client of their own too: their batches never queue behind, or
  // in front of, a request's commands.
  const logClient = config.REQUEST_LOG ? createMongoClient(config.MONGO_URL, {
    socketTimeoutMs: config.MONGO_SOCKET_TIMEOUT_MS, serverSelectionTimeoutMs: config.MONGO_SERVER_SELECTION_TIMEOUT_MS,
  }) : undefined;
  const logs = logClient ? new GatewayLogs(logClient.db(config.MONGO_DB), { bodySample: config.REQUEST_LOG_BODY_SAMPLE }) : undefined;
  const mongoUse = { secondaryReads: config.MONGO_SECONDARY_READS, durableWriteConcern: config.MONGO_DURABLE_WRITE_CONCERN };
  const router = routerInvalidationFor(config, logger);
  const nearCache = NearCache.for(deps.redis, config.NEAR_CACHE_MB * 1024 * 1024, logger);
  nearCache?.start();
  const outbox = new OutboxRelay({
    pgUrl: config.PG_URL, mongo: relayClient.db(config.MONGO_DB), redis: deps.redis, nearCache, changes, logger, mongoUse, router, jobs: logs, notifications: live,
  });
  const backends = {
    pg: deps.pg, mongo: deps.mongo, redis: deps.redis, logger, live, changes, auditWaitMs: config.WRITE_AUDIT_WAIT_MS,
    captureChanges: deps.captureChanges ?? true,
    mongoUse, router, nearCache, searchLog: logs,
    chatFeed,
    chatEvents: chatEventListeners(chatFeed, chatMentionAlerts({ mongo: deps.mongo, feed: live, mongoUse, logger })),
    chat: {
      messagesPerMinutePerUser: config.CHAT_MESSAGES_PER_MINUTE_PER_USER, messagesPerMinutePerTenant: config.CHAT_MESSAGES_PER_MINUTE_PER_TENANT,
      editWindowMs: config.CHAT_EDIT_WINDOW_MINUTES * 60_000,
    },
  };
  const health = logs ? new HealthWatch(backends, logs, config.HEALTH_CHECK_MS) : undefined;
  const schema = buildSchema();
  const rollups = config.ROLLUP_INTERVAL_MS > 0 ? new RollupJob({
    mongo: relayClient.db(config.MONGO_DB), redis: deps.redis, nearCache, logger, owner: live.origin, intervalMs: config.ROLLUP_INTERVAL_MS,
    mutationNames: Object.keys(schema.getMutationType()?.getFields() ?? {}), jobs: logs,
  }) : undefined;
  const dispatcher = dispatcherFor(config, relayClient.db(config.MONGO_DB), logger, (events) => live.publish(events));
  const formatError = createErrorFormatter(
    (error) => logger.error({ err: error }, 'unexpected error'),
    (service, error) => logger.warn({ service, reason: error instanceof Error ? error.message : String(error) }, 'a store is not answering'),
  );
  const validationRules = limitRules(config);
  const clientRules = clientLimitRules(config);
  const isRouter = routerCheck(config.ROUTER_SECRET);

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error) => {
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
      else res.destroy();
    });
  });
  // The streaming transports run the operation pipeline; HTTP runs Apollo Server with the same
  // rules, limits, formatter and authentication.
  const rateLimits = new RateLimits(deps.redis, config);
  const responseCache = new ResponseCache(deps.redis, nearCache);
  const knownOperations = new KnownOperations();
  const rowSelections = createRowSelections(schema);
  const pipeline = createOperationPipeline({
    rateLimits, rowSelections, logs,
    schema, backends, verifyToken: deps.verifyToken, validationRules, clientRules, formatError,
    maxTokens: config.MAX_TOKENS, maxPageSize: config.MAX_PAGE_SIZE,
    subscriptions: new SubscriptionCap(config.MAX_SUBSCRIPTIONS_PER_USER),
  });
  const fromRouter = (req: IncomingMessage) => isRouter(req.headers[ROUTER_SECRET_HEADER]);
  const sockets = attachSocketServer(httpServer, pipeline, {
    path: GRAPHQL_PATH, maxPayloadBytes: MAX_BODY_BYTES, initTimeoutMs: config.SOCKET_INIT_TIMEOUT_MS, fromRouter, logger,
  });
  const eventStreams = createEventStreamHandler(pipeline, MAX_BODY_BYTES, fromRouter);
  const callbacks = createCallbackHandler(pipeline, fromRouter, logger);

  const apollo = new ApolloServer<GatewayContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // main.ts drains on SIGTERM/SIGINT itself; Apollo's own handlers, stopping it alongside, left
    // the shutdown waiting out its whole grace period.
    stopOnTerminationSignals: false,
    validationRules,
    parseOptions: { maxTokens: config.MAX_TOKENS },
    persistedQueries: { cache: persistedQueryCache(deps.redis), ttl: null },
    formatError,
    logger: { debug: () => {}, info: (m) => logger.info(m), warn: (m) => logger.warn(m), error: (m) => logger.error(m) },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Sockets first (their subscriptions end), then the feed (the relay stores its position).
      {
        async serverWillStart() {
          return {
            drainServer: async () => {
              await sockets.close();
              callbacks.close();
              await Promise.all([live.stop(), outbox.stop(), rollups?.stop(), dispatcher?.stop()]);
              await Promise.all([changes.stop(), chatFeed.stop(), router.stop()]); // after the relay: its last invalidations go too
              await relayClient.close();
              nearCache?.stop();
              health?.stop();
              await logs?.stop(); // after the sockets: their last operations are logged too
              await logClient?.close();
            },
          };
        },
      },
      // The @cacheControl hints are read once per document (pipeline/cache-policy.ts), not per field.
      ApolloServerPluginCacheControlDisabled(),
      requestHooksPlugin([
        responseCaching(responseCache, createCachePolicies(schema), knownOperations),
        admission(schema, clientRules, rateLimits),
        rowSelection(rowSelections),
        ...(logs ? [requestLog(logs)] : []),
        operationMetrics(),
      ]),
      ...(tracingEnabled ? [traceIdPlugin()] : []),
      // Apollo's landing page loads its code from a CDN; outside production the gateway serves its own explorer.
      ApolloServerPluginLandingPageDisabled(),
      ...inlineTracePlugins(),
    ],
  });
  await apollo.start();
  const graphql = createHttpHandler(apollo, MAX_BODY_BYTES, async (req) => {
    const token = bearerToken(req.headers.authorization);
    const viewer = token ? await deps.verifyToken(token).catch((error) => Promise.reject(asOutage(error))) : null;
    return createContext(backends, viewer, config.MAX_PAGE_SIZE, { batch: deps.batchLoads ?? true, fromRouter: fromRouter(req) });
  }, callbacks, persistedAnswers({ cache: responseCache, known: knownOperations, verifyToken: deps.verifyToken, rateLimits, logs, fromRouter }));

  const explorer = config.NODE_ENV === 'production' ? undefined : explorerRoutes();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // The path and the query string, split by hand: a WHATWG URL costs more than a small request.
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const [pathname, search] = queryAt === -1 ? [target, ''] : [target.slice(0, queryAt), target.slice(queryAt)];
    if (explorer?.(req, res, pathname)) return;
    switch (pathname) {
      case '/healthz':
        return send(res, 200, '{"status":"ok"}');
      case '/readyz': {
        const report = await readiness(backends);
        return send(res, report.ready ? 200 : 503, JSON.stringify(report));
      }
      case '/metrics':
        return send(res, 200, await metrics.metrics(), metrics.contentType);
      case GRAPHQL_PATH:
        return isEventStreamRequest(req) ? eventStreams(req, res) : graphql(req, res, search);
      default:
        return send(res, 404, '{"error":"not found"}');
    }
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  live.start();
  changes.start();
  chatFeed.start();
  logs?.start();
  health?.start();
  if (config.OUTBOX_RELAY) outbox.start();
  rollups?.start();
  dispatcher?.start();
  const { port } = httpServer.address() as AddressInfo;
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  return { url: `http://${host}:${port}${GRAPHQL_PATH}`, port, stop: () => apollo.stop() };
}
