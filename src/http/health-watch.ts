import type { GatewayLogs, HealthEntry } from '../stores/gateway-logs';
import { readiness } from './probes';

/**
 * Writes a system_health_event whenever a dependency stops answering or answers again, as seen by
 * the /readyz checks, run every `everyMs` (HEALTH_CHECK_MS). Each is assumed up at start, so the first event is a
 * change; an event written while MongoDB is away waits in the log buffer until it is back.
 */
export class HealthWatch {
  private readonly last: Record<HealthEntry['service'], HealthEntry['status']> = { postgres: 'up', mongodb: 'up', redis: 'up' };
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    private readonly backends: Parameters<typeof readiness>[0],
    private readonly logs: GatewayLogs,
    private readonly everyMs: number,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.check(), this.everyMs).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      const { checks } = await readiness(this.backends);
      for (const [service, result] of Object.entries(checks) as [HealthEntry['service'], string][]) {
        const status = result === 'ok' ? 'up' : 'down';
        if (status === this.last[service]) continue;
        this.last[service] = status;
        this.logs.health({ service, status, message: status === 'up' ? 'answering again' : result, at: new Date() });
      }
    } finally {
      this.checking = false;
    }
  }
}
