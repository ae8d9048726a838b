import { readAccess } from '../auth/permissions';
import type { CollectionName } from './collections';
import { filterArgumentName } from './graphql-names';
import { indexesOf } from './indexes';
import type { FieldSpec } from './shape';
import type { CollectionSpec, IndexSpec } from './types';

/** A field a collection can be filtered by with equality; `spec` is absent for the bridge's own fields. */
export interface FilterField {
  readonly stored: string;
  readonly argument: string;
  readonly spec?: FieldSpec;
}

const BRIDGE_FIELDS = ['entity_type', 'entity_id'];

/** The owner rule's field is always part of the filter: it is the reader's own documents. */
export function ownerField(name: CollectionName): string | undefined {
  const rule = readAccess[name];
  return rule.kind === 'owner' ? rule.field : undefined;
}

/**
 * The fields an index serves equality on: its keys after the tenant, up to the first date (the
 * time field, or a date such as next_retry_at, which is ranged over, not matched).
 */
function equalityKeys(spec: CollectionSpec, index: IndexSpec): string[] {
  const keys: string[] = [];
  for (const key of Object.keys(index.key).slice(1)) {
    if (key === spec.timeField || spec.fields[key]?.kind === 'date') break;
    keys.push(key);
  }
  return keys;
}

/**
 * The filters a collection offers: every field some index serves by equality, bridge fields
 * included, except internal fields and the owner's field (readers only ever see their own). A
 * filter no index serves is not offered, so no query the graph accepts scans a collection.
 */
export function filterFields(spec: CollectionSpec): FilterField[] {
  const owner = ownerField(spec.name as CollectionName);
  const seen = new Set<string>();
  for (const index of indexesOf(spec)) {
    const keys = equalityKeys(spec, index);
    // Every read of an owner's collection matches the owner first: only indexes led by it serve.
    if (owner && keys[0] !== owner) continue;
    for (const key of keys) seen.add(key);
  }
  return [...seen]
    .filter((stored) => stored !== owner && (BRIDGE_FIELDS.includes(stored) || (spec.fields[stored] && !spec.fields[stored].internal)))
    .map((stored) => ({ stored, argument: filterArgumentName(stored), ...(spec.fields[stored] && { spec: spec.fields[stored] }) }));
}

/**
 * The index that serves equality on exactly these fields (in any order) as its leading keys, or
 * undefined: filters are offered one by one, but not every combination has an index.
 */
export function servingIndex(spec: CollectionSpec, fields: readonly string[]): IndexSpec | undefined {
  return indexesOf(spec).find((index) => {
    const leading = equalityKeys(spec, index).slice(0, fields.length);
    return leading.length === fields.length && fields.every((field) => leading.includes(field));
  });
}
