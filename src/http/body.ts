import type { IncomingMessage, ServerResponse } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The body as text, up to `limit` bytes; BodyError(413) beyond. */
export async function readText(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(413, `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a JSON body up to `limit` bytes; non-JSON bodies are handed to Apollo as-is. */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readText(req, limit);
  if (!/^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'request body is not valid JSON');
  }
}

/** A whole answer with its length. */
export function send(res: ServerResponse, status: number, body: string, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
