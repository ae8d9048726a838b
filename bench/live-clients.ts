import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * The subscribers of `bench:live` and `bench:chat`: plain `ws` sockets speaking the
 * graphql-transport-ws protocol (connection_init with the token, subscribe, then `next`
 * messages), so the gateway and the bare baseline are read by exactly the same client code. Each
 * `next` is parsed and its tag (a notification's title, a chat message's body: "bench <n>")
 * matched to the time round n was sent.
 */
export const BENCH_SUBSCRIPTION = 'subscription { notificationAdded { id cursor title body status priority createdAt } }';

export interface Subscription {
  query: string;
  variables?: Record<string, unknown>;
}

type Data = Record<string, Record<string, unknown> | undefined> | undefined;

/** What names the round of a result: the notification's title by default. */
const notificationTitle = (data: Data) => data?.notificationAdded?.title as string | undefined;

export interface Round {
  sentAt: number;
  received: number;
  /** When the first socket received it: what the fan-out adds comes after. */
  firstAt?: number;
  lastAt?: number;
}

export class Subscribers {
  private readonly sockets: WebSocket[] = [];
  readonly rounds = new Map<number, Round>();
  readonly latencies: number[] = [];
  received = 0;
  errors = 0;
  lastReceivedAt = 0;
  /** Notifications awaited by title (not rounds': not counted), and what to call when the first arrives. */
  private readonly awaited = new Map<string, (() => void) | null>();

  constructor(private readonly tagOf: (data: Data) => string | undefined = notificationTitle) {}

  /**
   * Opens `tokens.length` sockets, `concurrency` handshakes at a time, socket i with the
   * subscriptions `subscriptionsOf(i)` (by default one to notificationAdded).
   */
  async open(url: string, tokens: string[], subscriptionsOf: (socket: number) => Subscription[] = () => [{ query: BENCH_SUBSCRIPTION }], concurrency = 50): Promise<void> {
    const queue = tokens.map((token, i) => [token, i] as const);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) this.sockets.push(await this.connect(url, next[0], subscriptionsOf(next[1])));
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  /** Starts the clock of round `n` (call just before asking the server to send it). */
  sent(n: number) {
    this.rounds.set(n, { sentAt: performance.now(), received: 0 });
  }

  /** Resolves when a socket receives a notification titled `title` (its other copies are ignored). */
  arrival(title: string): Promise<void> {
    return new Promise((resolve) => this.awaited.set(title, resolve));
  }

  reset() {
    this.rounds.clear();
    this.latencies.length = 0;
    this.received = 0;
    this.errors = 0;
  }

  /** Resolves once every round has reached `perRound` sockets, or after `ms`. */
  async drained(perRound: number, ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline && [...this.rounds.values()].some((round) => round.received < perRound)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  close() {
    for (const socket of this.sockets) socket.terminate();
    this.sockets.length = 0;
  }

  private connect(url: string, token: string, subscriptions: Subscription[]): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.once('error', reject);
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; payload?: any };
        if (message.type === 'connection_ack') {
          subscriptions.forEach((payload, i) => socket.send(JSON.stringify({ id: String(i + 1), type: 'subscribe', payload })));
          resolve(socket);
        } else if (message.type === 'next') {
          this.record(message.payload);
        } else if (message.type === 'error') {
          this.errors++;
        }
      });
    });
  }

  private record(payload: { data?: Data; errors?: unknown }) {
    const title = this.tagOf(payload.data);
    if (title !== undefined && this.awaited.has(title)) {
      this.awaited.get(title)?.();
      this.awaited.set(title, null);
      return;
    }
    const round = title ? this.rounds.get(Number(title.slice('bench '.length))) : undefined;
    if (!round || payload.errors) {
      this.errors++;
      return;
    }
    const now = performance.now();
    round.firstAt ??= now;
    round.lastAt = now;
    round.received++;
    this.received++;
    this.lastReceivedAt = now;
    this.latencies.push(now - round.sentAt);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
