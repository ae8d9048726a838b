import type { Db, MongoClient } from 'mongodb';
import type { Pool } from 'pg';
import type { RedisClient } from './db/redis';
import type { Config } from './config';
import { createMongoClient } from './db/mongo';
import { createPgPool } from './db/pg';
import { createRedis } from './db/redis';

export interface OpenBackends {
  pg: Pool;
  /**
   * Authentication's own small pool (is this token's subject a user of its tenant?): a saturated
   * request pool cannot lock users out, and its statements are not an operation's round trips.
   */
  authPg: Pool;
  mongoClient: MongoClient;
  mongo: Db;
  redis: RedisClient;
  close(): Promise<void>;
}

/**
 * Opens one pool or client per backend for the whole process. PostgreSQL and MongoDB must
 * answer at start (they hold the data); Redis may be down and is connected in the background.
 * `monitorCommands` lets tests and benchmarks count MongoDB round trips.
 */
export async function openBackends(config: Config, options: { monitorCommands?: boolean } = {}): Promise<OpenBackends> {
  const pg = createPgPool(config.PG_URL, config.PG_POOL_SIZE, config.PG_QUERY_TIMEOUT_MS);
  const authPg = createPgPool(config.PG_URL, 2, config.PG_QUERY_TIMEOUT_MS);
  const mongoClient = createMongoClient(config.MONGO_URL, { ...options, socketTimeoutMs: config.MONGO_SOCKET_TIMEOUT_MS, serverSelectionTimeoutMs: config.MONGO_SERVER_SELECTION_TIMEOUT_MS });
  const redis = createRedis(config.REDIS_URL, {
    commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    keyPrefix: config.REDIS_KEY_PREFIX,
    clusterNodes: config.REDIS_CLUSTER_NODES,
  });
  try {
    await Promise.all([pg.query('SELECT 1'), mongoClient.connect()]);
  } catch (error) {
    await Promise.allSettled([pg.end(), authPg.end(), mongoClient.close()]);
    throw error;
  }
  // Wait for Redis once, briefly; if it is down the client keeps retrying in the background.
  await redis.connect().catch(() => undefined);
  return {
    pg,
    authPg,
    mongoClient,
    mongo: mongoClient.db(config.MONGO_DB),
    redis,
    async close() {
      redis.disconnect();
      await Promise.allSettled([pg.end(), authPg.end(), mongoClient.close()]);
    },
  };
}
