import { BRIDGE_INDEX, indexesOf, TENANT_TIME_INDEX, TTL_INDEX } from '../../src/catalogue/indexes';
import { collectionSpec } from '../../src/catalogue/lookup';
import type { CollectionSpec } from '../../src/catalogue/types';

describe('indexesOf', () => {
  const base: CollectionSpec = {
    name: 'probe', category: 'audit', summary: '', tenantField: 'tenant_id', timeField: 'created_at',
    polymorphic: false, retention: { kind: 'permanent' }, indexes: [],
    fields: {}, graphql: { type: 'Probe', list: null },
  };

  it('derives tenant, bridge and TTL indexes first, then the collection\'s own, in a fixed order', () => {
    expect(indexesOf(collectionSpec('entity_changelog'))).toEqual([
      { name: TENANT_TIME_INDEX, key: { tenant_id: 1, changed_at: -1 } },
      { name: BRIDGE_INDEX, key: { tenant_id: 1, entity_type: 1, entity_id: 1, changed_at: -1 } },
      { name: TTL_INDEX, key: { changed_at: 1 }, expireAfterSeconds: 7 * 365 * 86_400 },
      { name: 'changed_by_time', key: { tenant_id: 1, changed_by: 1, changed_at: -1 } },
    ]);
    expect(indexesOf(collectionSpec('report_cache'))).toContainEqual({ name: TTL_INDEX, key: { expires_at: 1 }, expireAfterSeconds: 0 });
  });

  it('keeps one of two identical declarations', () => {
    const spec = { ...base, indexes: [{ name: 'again', key: { tenant_id: 1, created_at: -1 } } as const] };
    expect(indexesOf(spec).map((i) => i.name)).toEqual([TENANT_TIME_INDEX]);
  });

  it('refuses one key with two sets of options, and one name for two indexes', () => {
    const uniqueTwin = { ...base, indexes: [{ name: 'u', key: { tenant_id: 1, created_at: -1 }, unique: true } as const] };
    expect(() => indexesOf(uniqueTwin)).toThrow(/same key but different options/);
    const nameClash = { ...base, indexes: [{ name: TENANT_TIME_INDEX, key: { tenant_id: 1, other: 1 } } as const] };
    expect(() => indexesOf(nameClash)).toThrow(/declared for two different indexes/);
  });
});
