import { createServer } from 'node:http';
import { ObjectId } from 'mongodb';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * The floor for `bench:live` and `bench:chat`: a bare `ws` server that, for each POST /send with
 * the same input as sendNotification ({ recipientIds, title, body }), sends every socket of each
 * recipient the same graphql-ws `next` message the gateway sends; and for each POST /post with
 * postChatMessage's ({ conversationId, body }) and the sender, sends every subscription to that
 * conversation (its `id` variable) the message as messageAdded. It speaks just enough of the
 * protocol for the bench clients (ack any connection_init, remember the subscription ids) and
 * does nothing else: no token check, no GraphQL, no MongoDB, no Redis. Prints `listening <url>`.
 */
type Subscriber = { socket: WebSocket; id: string };
const byUser = new Map<string, Set<Subscriber>>();
const byConversation = new Map<string, Set<Subscriber>>();

const add = (index: Map<string, Set<Subscriber>>, key: string, subscriber: Subscriber) => {
  if (!index.has(key)) index.set(key, new Set());
  index.get(key)!.add(subscriber);
};

/** A chat message as the bench's messageAdded selection has it, to every subscription of its conversation. */
function postMessage({ conversationId, body, sender }: { conversationId: string; body: string; sender: { id: string; name: string } }) {
  const id = new ObjectId().toHexString();
  const sentAt = new Date().toISOString();
  const cursor = Buffer.from(JSON.stringify([sentAt, id])).toString('base64url');
  const message = { id, body, cursor, sentAt, sender };
  for (const subscriber of byConversation.get(conversationId) ?? []) {
    subscriber.socket.send(JSON.stringify({ id: subscriber.id, type: 'next', payload: { data: { messageAdded: message } } }));
  }
}

/** The user a bench token names (read, not verified: the floor does no auth). */
function userOf(authorization: unknown): string | null {
  const payload = typeof authorization === 'string' ? authorization.split('.')[1] : undefined;
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub?: string }).sub ?? null : null;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (req.url === '/post') {
      postMessage(JSON.parse(Buffer.concat(chunks).toString()));
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end('{"ok":true}');
    }
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
  socket.once('close', () => {
    for (const index of [byUser, byConversation]) for (const subscribers of index.values()) for (const s of subscribers) if (s.socket === socket) subscribers.delete(s);
  });
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { type: string; id?: string; payload?: { authorization?: unknown; variables?: { id?: string } } };
    if (message.type === 'connection_init') {
      userId = userOf(message.payload?.authorization);
      socket.send('{"type":"connection_ack"}');
    } else if (message.type === 'subscribe' && userId && message.id) {
      const conversationId = message.payload?.variables?.id;
      if (conversationId) add(byConversation, conversationId, { socket, id: message.id });
      else add(byUser, userId, { socket, id: message.id });
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
