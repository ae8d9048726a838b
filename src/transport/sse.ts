import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExecutionResult } from 'graphql';
import { createHandler, type OperationArgs } from 'graphql-sse';
import { readText } from '../http/body';
import type { OperationPipeline } from '../pipeline/operations';
import { viewerOrRefusal } from './tokens';

/** What routers send to open a subscription over Server-Sent Events (Hive Gateway's default). */
export const isEventStreamRequest = (req: IncomingMessage) =>
  (req.headers.accept ?? '').includes('text/event-stream') || req.headers['x-graphql-event-stream-token'] !== undefined;

/** A refusal of the whole request, as graphql-sse sends a response. */
const refusal = (status: number, statusText: string, message: string, code: string): [string, { status: number; statusText: string; headers: Record<string, string> }] =>
  [JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, statusText, headers: { 'content-type': 'application/json' } }];

/**
 * graphql-sse (its "distinct connections" mode: one event stream per operation, and the
 * single-connection mode's reservations too) on the same path as HTTP, a thin adapter of the
 * operation pipeline. The token travels in the Authorization header of each request.
 */
/** graphql-sse types its context as a record; the pipeline's is the gateway's own context. */
type Context = Record<PropertyKey, unknown>;

export function createEventStreamHandler(
  pipeline: OperationPipeline, maxBodyBytes: number, fromRouter: (req: IncomingMessage) => boolean,
) {
  const releases = new WeakMap<object, () => void>();
  const handler = createHandler<IncomingMessage, { res: ServerResponse }, Context>({
    execute: (args) => pipeline.execute(args),
    subscribe: (args) => pipeline.subscribe(args),
    async onSubscribe(req, params) {
      const asked = await viewerOrRefusal((token) => pipeline.authenticate(token), req.headers.get('authorization'));
      if ('refusal' in asked) {
        const { status, message, code } = asked.refusal;
        return refusal(status, status === 401 ? 'Unauthorized' : 'Service Unavailable', message, code);
      }
      const prepared = await pipeline.prepare(params, asked.viewer, fromRouter(req.raw));
      releases.set(prepared.args.contextValue as object, prepared.release);
      return prepared.args as OperationArgs<Context>;
    },
    onNext: (ctx, _req, result) => pipeline.formatResult(result as ExecutionResult, ctx as object), // ctx: the operation's context
    onComplete(ctx) {
      releases.get(ctx as object)?.();
    },
  });

  return async function handleEventStream(req: IncomingMessage, res: ServerResponse) {
    const [body, init] = await handler({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: {
        // graphql-sse recognises the exact value only; browsers and routers may list others too.
        get: (name) => (name === 'accept' && isEventStreamRequest(req) && !req.headers['x-graphql-event-stream-token']
          ? 'text/event-stream'
          : [req.headers[name] ?? []].flat().join('\n') || null),
      },
      body: () => readText(req, maxBodyBytes),
      raw: req,
      context: { res },
    });
    res.writeHead(init.status, init.statusText, init.headers);
    if (!body || typeof body === 'string') {
      res.end(body);
      return;
    }
    res.once('close', () => void body.return?.(undefined));
    for await (const chunk of body) {
      if (!res.writable) break;
      res.write(chunk);
    }
    res.end();
  };
}
