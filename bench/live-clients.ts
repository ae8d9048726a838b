import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * The subscribers of `bench:live`: plain `ws` sockets speaking the graphql-transport-ws protocol
 * (connection_init with the token, subscribe, then `next` messages), so the gateway and the bare
 * baseline are read by exactly the same client code. Each `next` is parsed and its notification
 * title ("bench <n>") matched to the time round n was sent.
 */
export const BENCH_SUBSCRIPTION = 'subscription { notificationAdded { id cursor title body status priority createdAt } }';

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

  /** Opens `tokens.length` sockets, `concurrency` handshakes at a time, each with one subscription. */
  async open(url: string, tokens: string[], concurrency = 50): Promise<void> {
    const queue = [...tokens];
    const worker = async () => {
      for (let token = queue.shift(); token; token = queue.shift()) this.sockets.push(await this.connect(url, token));
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

  private connect(url: string, token: string): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      socket.once('error', reject);
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; payload?: any };
        if (message.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: BENCH_SUBSCRIPTION } }));
          resolve(socket);
        } else if (message.type === 'next') {
          this.record(message.payload);
        } else if (message.type === 'error') {
          this.errors++;
        }
      });
    });
  }

  private record(payload: { data?: { notificationAdded?: { title?: string } }; errors?: unknown }) {
    const title = payload.data?.notificationAdded?.title;
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
