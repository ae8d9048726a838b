import { createClient, type Client } from 'graphql-ws';
import type { Db } from 'mongodb';
import WebSocket from 'ws';
import { migrateMongo } from '../../src/migrate/mongo';
import type { TestGateway } from '../support/gateway';

/** Distinguishes this run's databases from earlier runs' (see liveEnv). */
const RUN = Date.now().toString(36);

/**
 * Each live test file gets MongoDB and Redis namespaces of its own (and a short relay lease), so
 * the change-stream relay of one file's gateways never serves, or competes with, another file's.
 * The database is new for every run rather than dropped and reused: the test server invalidates
 * any change stream resumed on a collection that was ever dropped, which would defeat the
 * checkpoint tests (MongoDB itself does not).
 */
export function liveEnv(name: string): Record<string, string> {
  return { MONGO_DB: `polyglot_live_${name}_${RUN}`, REDIS_KEY_PREFIX: `live-${name}-${RUN}:`, CHANGE_STREAM_LEASE_MS: '1500' };
}

/** The catalogue's collections and indexes, as the migration makes them. */
export async function prepareDatabase(db: Db) {
  await migrateMongo(db);
}

export const ADDED = `subscription($after: String) { notificationAdded(after: $after) { id cursor title status recipient { id } } }`;
export const UPDATED = `subscription { notificationUpdated { id status readAt deliveredAt } }`;

export interface Received {
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** One subscription's results as they arrive, with a way to wait for the n-th. */
export class Feed {
  readonly results: Received[] = [];
  error: unknown = null;
  completed = false;
  private waiters: (() => void)[] = [];

  constructor(readonly field: string) {}

  get items(): any[] {
    return this.results.filter((r) => r.data).map((r) => r.data[this.field]);
  }

  push(result: Received) {
    this.results.push(result);
    this.notify();
  }

  end(error: unknown) {
    this.error = error;
    this.completed = true;
    this.notify();
  }

  /** Resolves once `count` results (data or errors) have arrived; rejects after `ms`. */
  async waitFor(count: number, ms = 10_000): Promise<Received[]> {
    const deadline = Date.now() + ms;
    while (this.results.length < count && !this.completed) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${this.field}: ${this.results.length} of ${count} results after ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    return this.results;
  }

  /** Waits `ms` and returns everything received meanwhile: for asserting that nothing arrives. */
  async quietFor(ms: number): Promise<Received[]> {
    const before = this.results.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.results.slice(before);
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

/** A graphql-ws client authenticated at connection_init, as a front end would open it. */
export function connect(url: string, token: string | null) {
  let closed!: (code: number) => void;
  const closedWith = new Promise<number>((resolve) => (closed = resolve));
  let acked!: () => void;
  const connected = new Promise<void>((resolve) => (acked = resolve));
  const client: Client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closed((event as { code: number }).code), connected: () => acked() },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closedWith,
    connected,
    subscribe(query: string, variables: Record<string, unknown> = {}) {
      const field = /\{\s*(\w+)/.exec(query)![1]!;
      const feed = new Feed(field);
      client.subscribe({ query, variables }, {
        next: (value) => feed.push(value as Received),
        error: (error) => (Array.isArray(error) ? (feed.push({ errors: error }), feed.end(null)) : feed.end(error)),
        complete: () => feed.end(null),
      });
      return feed;
    },
    dispose: () => client.dispose(),
  };
}

/**
 * How many live subscriptions of one kind (`added`, `updated`, `entityChanged`) the process
 * behind `url` listens with, from its /metrics. In-process test gateways share one registry, so
 * compare with a count taken before: `await listening(url, 'added', before + 2)`.
 */
export async function listeners(url: string, kind: string): Promise<number> {
  const text = await (await fetch(url.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`^live_subscribers\\{subscription="${kind}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

/**
 * Waits until the server has registered the subscriptions, so an event written now reaches them;
 * or, for a subscription refused at once, until `feed` has its answer.
 */
export async function listening(url: string, kind: string, count: number, feed?: Feed): Promise<void> {
  await eventually(async () => (feed && (feed.completed || feed.results.length > 0)) || (await listeners(url, kind)) >= count);
}

/** Polls `check` until it returns a truthy value. */
export async function eventually<T>(check: () => Promise<T> | T, ms = 10_000, every = 50): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** Stops a test gateway, then removes its run's database (nothing writes to it any more). */
export async function stopAndDropDatabase(gw: TestGateway) {
  await gw.gateway.stop();
  await gw.backends.mongo.dropDatabase();
  await gw.backends.close();
}
