import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../context';
import { BodyError, readBody, send } from '../http/body';
import { isPersisted, type PersistedAnswer } from '../http/persisted-answers';
import type { CallbackRequest } from './callback';


/**
 * GraphQL over HTTP, a thin adapter of Apollo Server: the body is read within `maxBodyBytes`,
 * Apollo runs the operation with the context `contextFor` builds, and its answer is written back;
 * a subscription under the callback protocol goes to `callbacks` instead.
 */
export function createHttpHandler(
  apollo: ApolloServer<GatewayContext>, maxBodyBytes: number, contextFor: (req: IncomingMessage) => Promise<GatewayContext>,
  callbacks: {
    requestOf(body: unknown): CallbackRequest | null;
    handle(req: IncomingMessage, res: ServerResponse, body: unknown, callback: CallbackRequest): Promise<void>;
  },
  /** A cached answer of a persisted query, when one may be served without Apollo (http/persisted-answers.ts). */
  persisted: (req: IncomingMessage, body: unknown) => Promise<PersistedAnswer | null> = async () => null,
) {
  return async function handleHttp(req: IncomingMessage, res: ServerResponse, search: string) {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req, maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof BodyError) {
        res.shouldKeepAlive = false; // the rest of an oversized body is not worth reading
        return send(res, error.status, JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] }));
      }
      throw error;
    }
    // A router's subscription under Apollo's callback protocol (transport/callback.ts).
    const callback = req.method === 'POST' ? callbacks.requestOf(body) : null;
    if (callback) return callbacks.handle(req, res, body, callback);
    const answer = req.method === 'POST' && isPersisted(body) ? await persisted(req, body) : null;
    if (answer) return send(res, 200, answer.body, 'application/json; charset=utf-8', { 'cache-control': `private, max-age=${answer.maxAge}` });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search, body },
      context: () => contextFor(req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
