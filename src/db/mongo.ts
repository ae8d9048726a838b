import { MongoClient } from 'mongodb';

/**
 * Waits are bounded: a server within 5 s, an answer on an open connection within
 * `socketTimeoutMs` (a paused server keeps its connections open and answers nothing), so a
 * request that needs MongoDB fails fast while it is away instead of hanging.
 */
export function createMongoClient(url: string, options: { monitorCommands?: boolean; socketTimeoutMs?: number } = {}): MongoClient {
  return new MongoClient(url, {
    serverSelectionTimeoutMS: 5_000,
    socketTimeoutMS: options.socketTimeoutMs ?? 10_000,
    appName: 'polyglot-gateway',
    monitorCommands: options.monitorCommands ?? false,
  });
}
