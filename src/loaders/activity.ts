import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer';
import type { RedisClient } from '../db/redis';
import { badUserInput } from '../errors';
import { entityRegistry, type EntityKind } from '../registry/entities';
import type { DocumentStore } from '../stores/documents';
import { rowOfTenant } from './document-input';
import type { RowLoaders } from './rows';

/** At most this many events per call, and per minute per user. */
export const ACTIVITY_PER_CALL = 50;
export const ACTIVITY_PER_MINUTE = 600;

export interface ActivityEvent {
  action: string;
  page?: string | null;
  element?: string | null;
  durationMs?: number | null;
  entityType?: EntityKind | null;
  entityId?: string | null;
}

/** One budget of events per minute per user for every instance, made once per Redis client. */
const budgets = new WeakMap<RedisClient, RateLimiterRedis>();
const budgetOf = (redis: RedisClient) => {
  let budget = budgets.get(redis);
  if (!budget) budgets.set(redis, (budget = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'activity', points: ACTIVITY_PER_MINUTE, duration: 60 })));
  return budget;
};

const text = (value: string | null | undefined, field: string, max: number) => {
  if (value == null) return undefined;
  if (value.length === 0 || value.length > max) throw badUserInput(`${field} is 1 to ${max} characters.`, field);
  return value;
};

/**
 * The page views and interactions front ends report (`recordActivity`), for the caller: checked
 * whole before anything is written (sizes, the rows they name), then one insert.
 */
export class ActivityRecorder {
  constructor(
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly redis: RedisClient,
  ) {}

  async record(viewer: Viewer, events: readonly ActivityEvent[]): Promise<number> {
    if (events.length > ACTIVITY_PER_CALL) throw badUserInput(`At most ${ACTIVITY_PER_CALL} events per call.`, 'events');
    if (events.length === 0) return 0;
    const docs = await Promise.all(events.map(async (event) => {
      const durationMs = event.durationMs ?? undefined;
      if (durationMs !== undefined && (durationMs < 0 || durationMs > 86_400_000)) throw badUserInput('durationMs is 0 to a day.', 'durationMs');
      if (!event.entityType !== !event.entityId) throw badUserInput('entityType and entityId go together.', 'entityId');
      if (event.entityType) await rowOfTenant(this.rows, event.entityType, event.entityId!);
      return {
        user_id: viewer.userId, action: text(event.action, 'action', 64)!,
        ...(event.page != null && { page: text(event.page, 'page', 512) }),
        ...(event.element != null && { element: text(event.element, 'element', 256) }),
        ...(durationMs !== undefined && { duration_ms: durationMs }),
        ...(event.entityType && { entity_type: entityRegistry[event.entityType].entityType, entity_id: event.entityId!.toLowerCase() }),
        created_at: new Date(),
      };
    }));
    try {
      await budgetOf(this.redis).consume(`${viewer.tenantId}:${viewer.userId}`, docs.length);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw badUserInput(`At most ${ACTIVITY_PER_MINUTE} events per minute.`, 'events');
      throw rejection; // Redis away: the write is refused rather than unbounded
    }
    await this.documents.insertMany('user_activity_event', docs);
    return docs.length;
  }
}
