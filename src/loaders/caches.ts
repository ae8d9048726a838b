import { tileKey, reportCacheKey, reportKey } from '../cache/keys';
import type { CacheTarget } from '../cache/entry';
import { MongoLayer } from '../cache/mongo-layer';
import type { NearCache } from '../cache/near-cache';
import { nearValue, ReadThroughCache, type CachedValue } from '../cache/read-through';
import { RedisLayer } from '../cache/redis-layer';
import { NO_ROUTER_INVALIDATION, type RouterInvalidation } from '../cache/router-invalidation';
import { reportTag, tagsOfDashboard } from '../cache/router-tags';
import { rollupTag } from '../analytics/metrics';
import { dashboards, SNAPSHOT_TTL_SECONDS, tiles, type DashboardId, type TileId, type TileSpec } from '../dashboards/registry';
import type { EntityKind } from '../registry/entities';
import { reportTypes, type ReportType } from '../reports/registry';
import type { AnalyticsStore } from '../stores/analytics';
import type { DocumentStore } from '../stores/documents';
import type { KpiStore } from '../stores/kpis';
import type { RedisClient } from '../db/redis';

/** The metrics label of the tiles' cache. */
const TILE_CACHE = 'dashboard';

/** Dashboard tiles and reports for one tenant, read through Redis → MongoDB → PostgreSQL. */
export class CacheLoaders {
  private made?: ReadThroughCache;
  /** Per request, like any loader: a tile read twice (or just refreshed) is read once. */
  private readonly tiles = new Map<string, CachedValue | Promise<CachedValue>>();
  private generations: Map<string, string> | null = new Map();

  constructor(
    private readonly tenantId: string,
    private readonly redis: RedisClient,
    private readonly documents: DocumentStore,
    private readonly kpis: KpiStore,
    private readonly analytics: AnalyticsStore,
    private readonly router: RouterInvalidation = NO_ROUTER_INVALIDATION,
    private readonly near?: NearCache,
  ) {}

  /** Made on the first read that this process's copies do not answer. */
  private get cache(): ReadThroughCache {
    return (this.made ??= new ReadThroughCache(this.tenantId, new RedisLayer(this.redis, this.near), new MongoLayer(this.documents)));
  }

  /**
   * A tile this process holds a coherent copy of comes back at once, not as a promise: GraphQL
   * then completes the whole dashboard without waiting a turn per tile.
   */
  tile(dashboardId: string, tileId: TileId): CachedValue | Promise<CachedValue> {
    const key = tileKey(this.tenantId, dashboardId, tileId);
    let value = this.tiles.get(key);
    if (!value) {
      const near = nearValue(this.near, TILE_CACHE, key);
      value = near ? this.note(near) : this.observe(this.cache.read(this.tileTarget(dashboardId, tileId)));
      this.tiles.set(key, value);
    }
    return value;
  }

  /**
   * What this request's cached values were read at: each tag with its generation, or null when
   * one of them could not be checked. A response built from them stays current while they do.
   */
  observed(): ReadonlyMap<string, string> | null {
    return this.generations;
  }

  async refreshDashboard(dashboardId: DashboardId): Promise<void> {
    for (const tileId of dashboards[dashboardId].tiles) {
      this.tiles.set(tileKey(this.tenantId, dashboardId, tileId), this.cache.refresh(this.tileTarget(dashboardId, tileId)));
    }
    await Promise.all(this.tiles.values());
    this.router.invalidate(tagsOfDashboard(dashboardId));
  }

  /** `params` must already be parsed by the report type's schema (canonical key order). */
  report(type: ReportType, params: object): Promise<CachedValue> {
    return this.observe(this.cache.read(this.reportTarget(type, params)));
  }

  async invalidateReport(type: ReportType, params: object): Promise<void> {
    await this.cache.drop(this.reportTarget(type, params));
    // The router's tag is the type's: it drops the type's answers for every params, not just these.
    this.router.invalidate([reportTag(type)]);
  }

  /**
   * After a write: drop every tile and report computed from these entity types. The router is
   * not told here but by the outbox relay, which sees every writer's changes (this is the
   * request's head start on it for its own reads), so that one write is one invalidation there.
   */
  async invalidate(kinds: readonly EntityKind[]): Promise<void> {
    await this.cache.invalidate(kinds);
  }

  private async observe(reading: Promise<CachedValue>): Promise<CachedValue> {
    return this.note(await reading);
  }

  private note(value: CachedValue): CachedValue {
    if (!value.observed) this.generations = null;
    else {
      // A tag read twice at different generations: the older one is what the response must be checked against.
      value.observed.tags.forEach((tag, i) => {
        const generation = value.observed!.generations[i]!;
        const before = this.generations?.get(tag);
        if (before === undefined || Number(generation) < Number(before)) this.generations?.set(tag, generation);
      });
    }
    return value;
  }

  private tileTarget(dashboardId: string, tileId: TileId): CacheTarget {
    const tile: TileSpec = tiles[tileId];
    return {
      cache: TILE_CACHE,
      key: tileKey(this.tenantId, dashboardId, tileId),
      collection: 'dashboard_snapshot',
      identity: { dashboard_id: dashboardId, tile_id: tileId },
      describe: { kind: tile.kind },
      tags: [...tile.inputs, ...(tile.rollups ?? []).map(rollupTag)],
      ttlSeconds: tile.ttlSeconds ?? SNAPSHOT_TTL_SECONDS,
      compute: () => tile.compute(this.kpis, this.analytics),
    };
  }

  private reportTarget(type: ReportType, params: object): CacheTarget {
    const spec = reportTypes[type];
    const cacheKey = reportCacheKey(this.tenantId, type, JSON.stringify(params));
    return {
      cache: 'report',
      key: reportKey(this.tenantId, cacheKey),
      collection: 'report_cache',
      identity: { cache_key: cacheKey },
      describe: { report_type: type, params },
      tags: spec.inputs,
      ttlSeconds: spec.ttlSeconds,
      compute: () => spec.generate(this.kpis, params as never),
    };
  }
}
