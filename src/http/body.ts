import type { IncomingMessage } from 'node:http';

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a JSON body up to `limit` bytes; non-JSON bodies are handed to Apollo as-is. */
export async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyError(413, `request body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!/^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '')) return text;
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'request body is not valid JSON');
  }
}
