import { createServer } from 'node:http';
import { ObjectId } from 'mongodb';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor for `bench:live`: a bare `ws` server that, for each POST /send with the same input as
 * sendNotification ({ recipientIds, title, body }), sends every socket of each recipient the same
 * graphql-ws `next` message the gateway sends. It speaks just enough of the protocol for the bench
 * clients (ack any connection_init, remember the subscription id) and does nothing else: no token
 * check, no GraphQL, no MongoDB, no Redis. Prints `listening <url>`.
 */
const byUser = new Map<string, Set<{ socket: WebSocket; id: string }>>();

/** The user a bench token names (read, not verified: the floor does no auth). */
function userOf(authorization: unknown): string | null {
  const payload = typeof authorization === 'string' ? authorization.split('.')[1] : undefined;
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string }).sub ?? null : null;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const { recipientIds, title, body } = JSON.parse(Buffer.concat(chunks).toString()) as { recipientIds: string[]; title: string; body: string };
    const createdAt = new Date().toISOString();
    for (const userId of recipientIds) {
      const id = new ObjectId().toHexString();
      const cursor = Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
      const notification = { id, cursor, title, body, status: 'SENT', priority: 'NORMAL', createdAt };
      const messages = new Map<string, string>();
      for (const subscriber of byUser.get(userId) ?? []) {
        let message = messages.get(subscriber.id);
        if (!message) {
          message = JSON.stringify({ id: subscriber.id, type: 'next', payload: { data: { notificationAdded: notification } } });
          messages.set(subscriber.id, message);
        }
        subscriber.socket.send(message);
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
});

const wss = new WebSocketServer({ server });
wss.on('connection', (socket) => {
  let userId: string | null = null;
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { type: string; id?: string; payload?: { authorization?: unknown } };
    if (message.type === 'connection_init') {
      userId = userOf(message.payload?.authorization);
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'subscribe' && userId && message.id) {
      const subscriber = { socket, id: message.id };
      if (!byUser.has(userId)) byUser.set(userId, new Set());
      byUser.get(userId)!.add(subscriber);
      socket.once('close', () => byUser.get(userId!)?.delete(subscriber));
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`listening http://127.0.0.1:${port}/\n`);
});
process.on('SIGTERM', () => {
  for (const client of wss.clients) client.terminate();
  server.close(() => process.exit(0));
});
