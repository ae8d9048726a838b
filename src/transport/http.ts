import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../context';
import { BodyError, readBody } from '../http/body';

export function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * GraphQL over HTTP, a thin adapter of Apollo Server: the body is read within `maxBodyBytes`,
 * Apollo runs the operation with the context `contextFor` builds, and its answer is written back.
 */
export function createHttpHandler(
  apollo: ApolloServer<GatewayContext>, maxBodyBytes: number, contextFor: (req: IncomingMessage) => Promise<GatewayContext>,
) {
  return async function handleHttp(req: IncomingMessage, res: ServerResponse, url: URL) {
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readBody(req, maxBodyBytes) : undefined;
    } catch (error) {
      if (error instanceof BodyError) return send(res, error.status, JSON.stringify({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] }));
      throw error;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
      context: () => contextFor(req),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') return res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
