import { MongoClient } from 'mongodb';

export function createMongoClient(url: string, options: { monitorCommands?: boolean } = {}): MongoClient {
  return new MongoClient(url, {
    serverSelectionTimeoutMS: 5_000,
    appName: 'polyglot-gateway',
    monitorCommands: options.monitorCommands ?? false,
  });
}
