import { catalogue } from '../../src/catalogue/collections';
import { BRIDGE_INDEX, indexesOf, TENANT_TIME_INDEX, TTL_INDEX } from '../../src/catalogue/indexes';
import { catalogueByName } from '../../src/catalogue/lookup';
import { categories, type CollectionSpec } from '../../src/catalogue/types';

const keyOf = (key: Record<string, unknown>) => JSON.stringify(Object.entries(key));

describe('the MongoDB catalogue (seeds 000 and 002)', () => {
  it("declares the 32 collections seed 000 names and seed 002's asset readings, each once", () => {
    const names = catalogue.map((spec) => spec.name);
    expect(names).toHaveLength(33);
    expect(new Set(names).size).toBe(33);
    expect(names).toEqual(expect.arrayContaining([
      'entity_changelog', 'comment_thread', 'notification_delivery', 'report_cache', 'dashboard_snapshot',
      'user_preference', 'attachment_metadata', 'error_log', 'asset_reading',
    ]));
    expect(catalogue.filter((spec) => spec.category !== 'timeseries')).toHaveLength(32);
  });

  it('covers every category of the seeds, in their order', () => {
    const seen = [...new Set(catalogue.map((spec) => spec.category))];
    expect(seen).toEqual([...categories]);
  });

  it('matches the seed category sizes', () => {
    const count = (category: string) => catalogue.filter((spec) => spec.category === category).length;
    expect(categories.map(count)).toEqual([2, 3, 3, 3, 3, 4, 4, 5, 4, 1, 1]);
  });

  it.each(catalogue.map((spec) => [spec.name, spec] as const))('%s has a tenant-first time index', (_, spec) => {
    const index = indexesOf(spec).find((i) => i.name === TENANT_TIME_INDEX);
    expect(index?.key).toEqual({ tenant_id: 1, [spec.timeField]: -1 });
    expect(Object.keys(index!.key)).toEqual(['tenant_id', spec.timeField]);
  });

  it('starts every compound index with tenant_id, because every query filters by tenant first', () => {
    for (const spec of catalogue) {
      for (const index of indexesOf(spec).filter((i) => Object.keys(i.key).length > 1)) {
        expect(`${spec.name}.${index.name}:${Object.keys(index.key)[0]}`).toBe(`${spec.name}.${index.name}:tenant_id`);
      }
    }
  });

  it('gives the bridge index to polymorphic collections only', () => {
    for (const spec of catalogue) {
      const bridge = indexesOf(spec).find((i) => i.name === BRIDGE_INDEX);
      if (spec.polymorphic) {
        expect(Object.entries(bridge!.key)).toEqual([
          ['tenant_id', 1], ['entity_type', 1], ['entity_id', 1], [spec.timeField, -1],
        ]);
      } else {
        expect(bridge).toBeUndefined();
      }
    }
    const polymorphic = catalogue.filter((spec) => spec.polymorphic).map((spec) => spec.name);
    expect(polymorphic).toEqual(expect.arrayContaining([
      'entity_changelog', 'field_audit_log', 'comment_thread', 'attachment_metadata', 'user_activity_event',
      'notification_delivery',
    ]));
  });

  it('gives every polymorphic collection, and only those, a connection on Entity', () => {
    for (const spec of catalogue) {
      expect({ name: spec.name, entityField: 'entityField' in spec.graphql }).toEqual({ name: spec.name, entityField: spec.polymorphic });
    }
  });

  it('gives each expiring collection exactly one TTL index, with the declared lifetime', () => {
    for (const spec of catalogue) {
      const ttl = indexesOf(spec).filter((i) => i.expireAfterSeconds !== undefined);
      switch (spec.retention.kind) {
        case 'permanent':
          expect(ttl).toEqual([]);
          break;
        case 'ttl':
          expect(ttl).toEqual([{ name: TTL_INDEX, key: { [spec.retention.field]: 1 }, expireAfterSeconds: spec.retention.seconds }]);
          expect(spec.retention.seconds).toBeGreaterThan(0);
          break;
        case 'expiresAt':
          expect(ttl).toEqual([{ name: TTL_INDEX, key: { [spec.retention.field]: 1 }, expireAfterSeconds: 0 }]);
          break;
      }
    }
  });

  it('keeps the seed retention: permanent collections, per-document cache expiry, fixed TTLs', () => {
    const days = (name: string) => {
      const retention = catalogueByName.get(name)!.retention;
      return retention.kind === 'ttl' ? retention.seconds / 86_400 : retention.kind;
    };
    expect(catalogue.filter((spec) => spec.retention.kind === 'permanent').map((spec) => spec.name)).toEqual([
      'chat_message', 'comment_thread', 'email_communication', 'search_index_cache', 'user_preference', 'dashboard_layout',
      'user_favorite', 'user_alert_config', 'attachment_metadata',
    ]);
    expect(days('report_cache')).toBe('expiresAt');
    expect(days('dashboard_snapshot')).toBe('expiresAt');
    expect(days('entity_changelog')).toBe(7 * 365);
    expect(days('integration_sync_log')).toBe(90);
    expect(days('feature_usage_metric')).toBe(365);
    expect(days('analytics_aggregate')).toBe('expiresAt');
    // Not seed 000's 7 days: an entry lives as long as its row (the writers keep it current, see cache.ts).
    expect(days('search_index_cache')).toBe('permanent');
  });

  it('names indexes uniquely within a collection and never repeats a key', () => {
    for (const spec of catalogue) {
      const indexes = indexesOf(spec);
      expect(new Set(indexes.map((i) => i.name)).size).toBe(indexes.length);
      expect(new Set(indexes.map((i) => keyOf(i.key))).size).toBe(indexes.length);
      expect(indexes.map((i) => i.name)).not.toContain('_id_');
    }
  });

  it('declares the access paths the gateway reads by', () => {
    const index = (collection: string, name: string) => indexesOf(catalogueByName.get(collection)!).find((i) => i.name === name);
    expect(index('notification_delivery', 'recipient_time')?.key).toEqual({ tenant_id: 1, recipient_id: 1, created_at: -1 });
    expect(index('notification_delivery', 'recipient_status')?.key).toEqual({ tenant_id: 1, recipient_id: 1, status: 1 });
    expect(index('report_cache', 'cache_key')).toMatchObject({ key: { tenant_id: 1, cache_key: 1 }, unique: true });
    expect(index('dashboard_snapshot', 'tile')).toMatchObject({ key: { tenant_id: 1, dashboard_id: 1, tile_id: 1 }, unique: true });
    expect(index('user_preference', 'user')).toMatchObject({ key: { tenant_id: 1, user_id: 1 }, unique: true });
    expect(Object.entries(index('asset_reading', 'asset_metric_time')!.key)).toEqual([['tenant_id', 1], ['asset_id', 1], ['metric', 1], ['time', -1]]);
  });

  it("declares seed 002's readings a time series of each asset, kept 90 days", () => {
    const readings = catalogueByName.get('asset_reading')!;
    expect(readings).toMatchObject({ category: 'timeseries', timeField: 'time', timeSeries: { metaField: 'asset_id', granularity: 'minutes' } });
    expect(readings.retention).toEqual({ kind: 'ttl', field: 'time', seconds: 90 * 86_400 });
    expect((catalogue as readonly CollectionSpec[]).filter((spec) => spec.timeSeries).map((spec) => spec.name)).toEqual(['asset_reading']);
  });
});
