import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server that collected a request's body: what the test's receivers are made of. */
export interface JsonReceiver {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Closes it, its open connections too (a gateway's pooled ones must not hold it up). */
  close(): Promise<void>;
}

/**
 * An HTTP server on a free loopback port that hands each request, with its body parsed as JSON
 * (`null` for none), to `answer`, which writes the response (or holds it).
 */
export async function startJsonReceiver(answer: (req: IncomingMessage, body: unknown, res: ServerResponse) => void): Promise<JsonReceiver> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => answer(req, JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'), res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
