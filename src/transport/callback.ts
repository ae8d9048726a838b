import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import type { Logger } from '../logger';
import type { OperationPipeline, PreparedOperation } from '../pipeline/operations';
import { send } from '../http/body';
import { viewerOrRefusal } from './tokens';

/** What a router puts in `extensions.subscription` (Apollo's callback protocol, snake_case accepted too). */
export interface CallbackRequest {
  callbackUrl: string;
  subscriptionId: string;
  verifier: string;
  heartbeatIntervalMs: number;
}

interface Body {
  query?: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: { subscription?: Record<string, unknown> };
}

/** A POST whose extensions ask for the callback protocol. */
export function callbackRequestOf(body: unknown): CallbackRequest | null {
  const extension = (body as Body | undefined)?.extensions?.subscription;
  if (!extension || typeof extension !== 'object') return null;
  const callbackUrl = extension.callbackUrl ?? extension.callback_url;
  const subscriptionId = extension.subscriptionId ?? extension.subscription_id;
  const { verifier } = extension;
  const heartbeat = Number(extension.heartbeatIntervalMs ?? extension.heartbeat_interval_ms ?? 5000);
  if (typeof callbackUrl !== 'string' || typeof subscriptionId !== 'string' || typeof verifier !== 'string') return null;
  // 0 asks for no heartbeats; anything else at most once a second.
  return { callbackUrl, subscriptionId, verifier, heartbeatIntervalMs: heartbeat === 0 ? 0 : Math.max(1000, heartbeat || 5000) };
}

/** Heartbeats or events in a row the router did not answer at all before the subscription ends. */
const GIVE_UP_AFTER = 3;

type Post = (action: 'check' | 'next' | 'complete', extra?: object) => Promise<Response>;

const json = (errors: GraphQLFormattedError[]) => JSON.stringify({ data: null, errors });

/**
 * Apollo's HTTP callback protocol for subscriptions (Apollo Router's `callback` mode), a thin
 * adapter of the operation pipeline like graphql-ws and graphql-sse: the router POSTs the
 * subscription with a callback URL; this answers `{ data: null }` once the URL answered a
 * `check`, then POSTs each event (`next`) and the end (`complete`) there, and a `check` every
 * heartbeat interval. A router that no longer knows the subscription (404 to a check or an event)
 * ends it, as do three unanswered ones in a row. An operation refused before it runs (limits, the
 * subscription cap) is a `complete` with its errors and codes. Only a router (identified by
 * ROUTER_SECRET) may use it: the gateway POSTs to whatever URL the request names.
 */
export function createCallbackHandler(pipeline: OperationPipeline, fromRouter: (req: IncomingMessage) => boolean, logger: Logger) {
  const live = new Set<() => void>();

  async function handle(req: IncomingMessage, res: ServerResponse, body: unknown, callback: CallbackRequest) {
    const asked = await viewerOrRefusal((token) => pipeline.authenticate(token), req.headers.authorization);
    if ('refusal' in asked) {
      const { status, message, code } = asked.refusal;
      return send(res, status, json([{ message, extensions: { code } }]));
    }
    const { viewer } = asked;
    // The gateway POSTs to the URL it is given: only a router (ROUTER_SECRET) may name one.
    if (!fromRouter(req)) return send(res, 403, json([{ message: 'The callback protocol is for routers.', extensions: { code: 'FORBIDDEN' } }]));
    const { query, variables, operationName } = body as Body;
    if (typeof query !== 'string') return send(res, 400, json([{ message: 'The subscription is missing.', extensions: { code: 'BAD_REQUEST' } }]));

    const post: Post = (action, extra = {}) => fetch(callback.callbackUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'subscription-protocol': 'callback/1.0' },
      body: JSON.stringify({ kind: 'subscription', action, id: callback.subscriptionId, verifier: callback.verifier, ...extra }),
      signal: AbortSignal.timeout(5_000),
    });
    const checked = await post('check').then((r) => r.ok, () => false);
    if (!checked) return send(res, 400, json([{ message: 'The callback URL did not accept the check.', extensions: { code: 'BAD_REQUEST' } }]));

    const prepared = await pipeline.prepare({ query, variables, operationName }, viewer, true);
    send(res, 200, JSON.stringify({ data: null }));
    void relay(prepared, post, callback.heartbeatIntervalMs).catch((error: unknown) => logger.warn({ err: error }, 'callback subscription failed'));
  }

  async function relay(prepared: PreparedOperation, post: Post, heartbeatMs: number) {
    let events: AsyncGenerator<ExecutionResult> | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    let gone = false;
    const end = () => void events?.return?.(undefined).catch(() => undefined);
    live.add(end);
    try {
      const result = await pipeline.subscribe(prepared.args);
      if (!(Symbol.asyncIterator in result)) {
        await post('complete', { errors: pipeline.formatResult(result as ExecutionResult, prepared.args.contextValue as object).errors ?? [] }).catch(() => undefined);
        return;
      }
      events = result as AsyncGenerator<ExecutionResult>;
      // The router answers 404 for a subscription it dropped (its client left); a router that
      // stopped answering at all is given up after a few heartbeats.
      let unanswered = 0;
      const answered = (res: Response) => {
        unanswered = 0;
        if (res.status === 404) (gone = true), end();
      };
      const unreachable = () => {
        if (++unanswered >= GIVE_UP_AFTER) (gone = true), end();
      };
      let checking = false;
      if (heartbeatMs > 0) {
        heartbeat = setInterval(() => {
          if (checking) return;
          checking = true;
          void post('check').then(answered, unreachable).finally(() => (checking = false));
        }, heartbeatMs).unref();
      }
      for await (const event of events) {
        await post('next', { payload: pipeline.formatResult(event, prepared.args.contextValue as object) }).then(answered, unreachable);
      }
    } finally {
      clearInterval(heartbeat);
      live.delete(end);
      prepared.release();
      if (!gone && events) await post('complete').catch(() => undefined);
    }
  }

  return {
    requestOf: callbackRequestOf,
    handle,
    /** Ends every callback subscription (each sends its `complete`): at shutdown. */
    close() {
      for (const end of live) end();
    },
  };
}
