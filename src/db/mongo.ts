import { MongoClient } from 'mongodb';

/**
 * Waits are bounded: a server within `serverSelectionTimeoutMs` (long enough for a replica set
 * to elect a primary), an answer on an open connection within `socketTimeoutMs`, and a new
 * connection's handshake within the same (a paused server accepts connections and answers
 * nothing), so a request that needs MongoDB fails fast while it is away instead of hanging.
 */
export function createMongoClient(
  url: string, options: { monitorCommands?: boolean; socketTimeoutMs?: number; serverSelectionTimeoutMs?: number } = {},
): MongoClient {
  const socketTimeoutMS = options.socketTimeoutMs ?? 10_000;
  return new MongoClient(url, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5_000,
    socketTimeoutMS,
    connectTimeoutMS: socketTimeoutMS,
    appName: 'polyglot-gateway',
    monitorCommands: options.monitorCommands ?? false,
  });
}
