import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { routerInvalidationDroppedTags, routerInvalidationPosts } from '../metrics';

/**
 * Tells a supergraph router (Apollo Router's response cache) to drop its cached answers by cache
 * tag, after the gateway dropped its own: in that order, or the router would refetch the stale
 * copy still held here. It is told asynchronously, so its copies may outlive a write by a batch
 * window and a round trip; a write never waits for the router, and a router that is down or
 * failing only leaves its copies until their max-age (60 s), which is what it had without this.
 */
export interface RouterInvalidation {
  /** Queues tags for the router to drop. Returns at once and never throws. */
  invalidate(tags: Iterable<string>): void;
  /** Sends what is queued (one attempt per batch from now on) and resolves when done. */
  stop(): Promise<void>;
}

export const NO_ROUTER_INVALIDATION: RouterInvalidation = { invalidate: () => undefined, stop: async () => undefined };

export interface RouterInvalidatorOptions {
  /** The router's invalidation endpoint: `response_cache.invalidation.listen` + `.path`. */
  url: string;
  /** The router's `invalidation.shared_key`, sent as the whole `Authorization` header value. */
  sharedKey: string;
  /** This subgraph's name in the supergraph: a router's tags are indexed per subgraph. */
  subgraph: string;
  logger: Logger;
  /** Tags queued within this long after the first go in one POST. Default 50 ms. */
  coalesceMs?: number;
  /** The longest one POST may take. Default 2000 ms. */
  timeoutMs?: number;
  /** POSTs per batch, the first included. Default 3. */
  attempts?: number;
  /** The wait before the first retry, doubled for each next one. Default 100 ms. */
  backoffMs?: number;
}

/** Off (a no-op) unless ROUTER_INVALIDATION_URL is set. */
export function routerInvalidationFor(config: Config, logger: Logger): RouterInvalidation {
  if (!config.ROUTER_INVALIDATION_URL) return NO_ROUTER_INVALIDATION;
  return new RouterInvalidator({
    url: config.ROUTER_INVALIDATION_URL, sharedKey: config.ROUTER_INVALIDATION_KEY!, subgraph: config.ROUTER_SUBGRAPH_NAME, logger,
    timeoutMs: config.ROUTER_INVALIDATION_TIMEOUT_MS,
  });
}

type Outcome = { result: 'accepted' | 'rejected' | 'unreachable'; retry: boolean; detail?: string };

/**
 * One batch in flight at a time: tags queued meanwhile wait for the next one, so a slow or absent
 * router costs one pending request, however many writes there are. The set of tags is bounded by
 * the schema (they name dashboards and report types, not tenants or rows), and so is a batch.
 */
export class RouterInvalidator implements RouterInvalidation {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private sending: Promise<void> | undefined;
  private stopping = false;

  constructor(private readonly options: RouterInvalidatorOptions) {}

  invalidate(tags: Iterable<string>): void {
    for (const tag of tags) this.pending.add(tag);
    this.schedule();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.sending;
    this.flush();
    await this.sending;
  }

  private schedule() {
    if (this.timer || this.sending || this.pending.size === 0) return;
    // Unref'd: a queued batch never holds a process open; stop() sends it on a graceful shutdown.
    this.timer = setTimeout(() => this.flush(), this.options.coalesceMs ?? 50).unref();
  }

  private flush() {
    this.timer = undefined;
    if (this.sending || this.pending.size === 0) return;
    const tags = [...this.pending];
    this.pending.clear();
    this.sending = this.send(tags).finally(() => {
      this.sending = undefined;
      if (!this.stopping) this.schedule();
    });
  }

  /** Never rejects: a batch that cannot be delivered is logged, counted and dropped. */
  private async send(tags: string[]) {
    const { subgraph, attempts = 3, backoffMs = 100, logger } = this.options;
    const body = JSON.stringify(tags.map((tag) => ({ kind: 'cache_tag', subgraphs: [subgraph], cache_tag: tag })));
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.post(body);
      routerInvalidationPosts.inc({ result: outcome.result });
      if (outcome.result === 'accepted') return;
      if (!outcome.retry || attempt >= attempts || this.stopping) {
        routerInvalidationDroppedTags.inc(tags.length);
        logger.warn({ tags, attempts: attempt, reason: outcome.detail, url: this.options.url },
          'router invalidation failed; the router serves these tags until their max-age');
        return;
      }
      await sleep(backoffMs * 2 ** (attempt - 1));
    }
  }

  private async post(body: string): Promise<Outcome> {
    const { url, sharedKey, timeoutMs = 2000 } = this.options;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { authorization: sharedKey, 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text().catch(() => ''); // read to the end: the connection goes back to the pool
      if (res.ok) return { result: 'accepted', retry: false };
      // A refused key is refused again. Other statuses may pass: the router answers 400 also when
      // its own Redis failed to invalidate.
      return { result: 'rejected', retry: res.status !== 401 && res.status !== 403, detail: `HTTP ${res.status} ${text.slice(0, 200)}` };
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      return { result: 'unreachable', retry: true, detail: timedOut ? `no answer within ${timeoutMs} ms` : String((error as Error).cause ?? error) };
    }
  }
}
