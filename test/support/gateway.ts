import { randomUUID } from 'node:crypto';
import type { CommandStartedEvent, MongoClient } from 'mongodb';
import type { Redis } from 'ioredis';
import type { RedisClient } from '../../src/db/redis';
import type { Pool } from 'pg';
import { signToken, tokenVerifierFor } from '../../src/auth/tokens';
import { openBackends, type OpenBackends } from '../../src/backends';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/logger';
import { startGateway, type RunningGateway } from '../../src/server';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A log line as pino writes it. */
export interface LogLine {
  level: number;
  msg?: string;
  err?: { stack?: string; message?: string };
  [key: string]: unknown;
}

export interface TestGateway {
  config: Config;
  /** What the gateway logged (at debug and above), when started with `{ logs: true }`. */
  logs: LogLine[];
  backends: OpenBackends;
  gateway: RunningGateway;
  url: string;
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  tokenFor(user: { id: string; tenantId: string; roles?: string[] }): Promise<string>;
  stop(): Promise<void>;
}

/** A real gateway on a free port, over the real test services. */
export async function startTestGateway(overrides: Record<string, string> = {}, { logs = false } = {}): Promise<TestGateway> {
  const lines: LogLine[] = [];
  const logger = logs ? createLogger('debug', { write: (line: string) => void lines.push(JSON.parse(line)) }) : createLogger('silent');
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', ...overrides });
  const backends = await openBackends(config, { monitorCommands: true });
  const gateway = await startGateway({
    config,
    logger,
    ...backends,
    verifyToken: tokenVerifierFor(config, backends.authPg),
  });
  return {
    config,
    logs: lines,
    backends,
    gateway,
    url: gateway.url,
    async query(query, variables, token) {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    tokenFor: (user) =>
      signToken(config.JWT_SECRET!, { userId: user.id, tenantId: user.tenantId, roles: user.roles ?? ['member'] }),
    async stop() {
      await gateway.stop();
      await backends.close();
    },
  };
}

/** Counts statements sent through the pool: the round-trip contract of the bridge. */
export function countPgQueries(pool: Pool) {
  const original = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const statements: string[] = [];
  /** Each statement as sent: its text, its name when it is a prepared one, its values. */
  const sent: { text: string; name?: string; values: unknown[] }[] = [];
  (pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const [first, values] = args as [string | { text: string; name?: string; values?: unknown[] }, unknown[] | undefined];
    const config = typeof first === 'string' ? { text: first, values: values ?? [] } : { ...first, values: first.values ?? values ?? [] };
    statements.push(config.text);
    sent.push(config);
    return original(...args);
  };
  return {
    statements,
    sent,
    reset: () => void ((statements.length = 0), (sent.length = 0)),
    restore: () => void ((pool as unknown as { query: unknown }).query = original),
  };
}

/** Counts MongoDB commands (find, aggregate, …) sent by the gateway's client. */
export function countMongoCommands(client: MongoClient) {
  const commands: string[] = [];
  const listener = (event: CommandStartedEvent) => {
    if (!['hello', 'isMaster', 'ping', 'endSessions'].includes(event.commandName)) commands.push(event.commandName);
  };
  client.on('commandStarted', listener);
  return {
    commands,
    reset: () => void (commands.length = 0),
    restore: () => void client.off('commandStarted', listener),
  };
}

/**
 * Counts commands the gateway's ioredis client sends (GET, SET, …), not its watchdog's PINGs. A
 * script is named by what it is defined as (`evalsha:rateLimitTake`, see db/redis.ts).
 */
export function countRedisCommands(client: RedisClient) {
  const redis = client as Redis; // a Cluster has sendCommand too
  const commands: string[] = [];
  const original = redis.sendCommand.bind(redis);
  const scripts = (redis as unknown as { scriptsSet: Record<string, { sha: string }> }).scriptsSet;
  const scriptName = (sha: unknown) => Object.entries(scripts).find(([, script]) => script.sha === sha)?.[0];
  redis.sendCommand = ((command: { name: string; args: unknown[] }, ...rest: unknown[]) => {
    if (command.name === 'evalsha') commands.push(`evalsha:${scriptName(command.args[0])}`);
    else if (command.name !== 'ping') commands.push(command.name);
    return (original as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof redis.sendCommand;
  return { commands, restore: () => void (redis.sendCommand = original) };
}

/** An operation's own Redis commands: rate limits are taken in leases, so whether one renews is not the operation's. */
export const withoutRateLimits = (commands: readonly string[]) => commands.filter((command) => command !== 'evalsha:rateLimitTake');

export const uniqueSlug = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
