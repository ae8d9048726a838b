import { isDeepStrictEqual } from 'node:util';
import type { CollectionSpec, IndexSpec, Retention } from './types';

/** Fixed names for the derived indexes: the migration matches server indexes by name. */
export const TENANT_TIME_INDEX = 'tenant_time';
export const BRIDGE_INDEX = 'bridge';
export const TTL_INDEX = 'ttl';

function ttlIndex(retention: Retention): IndexSpec[] {
  switch (retention.kind) {
    case 'ttl':
      return [{ name: TTL_INDEX, key: { [retention.field]: 1 }, expireAfterSeconds: retention.seconds }];
    case 'expiresAt':
      return [{ name: TTL_INDEX, key: { [retention.field]: 1 }, expireAfterSeconds: 0 }];
    case 'permanent':
      return [];
  }
}

/** Key order is part of an index's identity: { a: 1, b: 1 } and { b: 1, a: 1 } are different indexes. */
export const sameKey = (a: IndexSpec['key'], b: IndexSpec['key']) =>
  isDeepStrictEqual(Object.entries(a), Object.entries(b));

/** The options this catalogue sets; an absent `unique` means false, as on the server. */
export const sameOptions = (a: IndexSpec, b: IndexSpec) =>
  (a.unique ?? false) === (b.unique ?? false) &&
  a.expireAfterSeconds === b.expireAfterSeconds &&
  isDeepStrictEqual(a.partialFilterExpression, b.partialFilterExpression);

/**
 * Every index a collection needs, in a fixed order: derived ones first, then its own.
 *
 * - `tenant_time`: every query of this gateway filters by tenant first, then pages newest-first.
 * - `bridge`: the seed's `{ entity_type, entity_id, changed_at: -1 }`, prefixed by tenant_id for
 *   the same reason; it serves "the latest documents about this row".
 * - `ttl`: the single-field index MongoDB expires documents by.
 *
 * An index declared twice with the same key and options is kept once. The same key with different
 * options, or one name for two different indexes, is a mistake in the catalogue (MongoDB refuses
 * both), so it throws.
 */
export function indexesOf(spec: CollectionSpec): IndexSpec[] {
  const declared: IndexSpec[] = [
    { name: TENANT_TIME_INDEX, key: { [spec.tenantField]: 1, [spec.timeField]: -1 } },
    ...(spec.polymorphic
      ? [{ name: BRIDGE_INDEX, key: { [spec.tenantField]: 1, entity_type: 1, entity_id: 1, [spec.timeField]: -1 } } as const]
      : []),
    ...ttlIndex(spec.retention),
    ...spec.indexes,
  ];
  const kept: IndexSpec[] = [];
  for (const index of declared) {
    const sameName = kept.find((k) => k.name === index.name);
    if (sameName && !(sameKey(sameName.key, index.key) && sameOptions(sameName, index))) {
      throw new Error(`${spec.name}: index name "${index.name}" is declared for two different indexes`);
    }
    const twin = kept.find((k) => sameKey(k.key, index.key));
    if (twin && !sameOptions(twin, index)) {
      throw new Error(`${spec.name}: indexes "${twin.name}" and "${index.name}" have the same key but different options`);
    }
    if (!twin) kept.push(index);
  }
  return kept;
}
