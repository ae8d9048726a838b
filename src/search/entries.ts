import { entityKinds, entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import { distinctWords } from './terms';

/** One row's searchable projection, as search_index_cache keeps it (its tenant and time are the writer's). */
export interface SearchEntry {
  entity_type: string;
  entity_id: string;
  title: string;
  summary?: string;
  /** The distinct words of the title, then of the summary: what the `terms` index serves prefixes of. */
  terms: string[];
  /** The row's version it was made from: an entry is never replaced by one made from an older version. */
  version: number;
}

export type EntityRefDoc = Pick<SearchEntry, 'entity_type' | 'entity_id'>;

/** One change to a tenant's index: an entry to put, or a row that is gone. */
export type SearchIndexChange =
  | { readonly tenantId: string; readonly put: SearchEntry }
  | { readonly tenantId: string; readonly remove: EntityRefDoc };

/** The kinds the registry gives a `search` declaration, in registry order. */
export const searchableKinds: readonly EntityKind[] = entityKinds.filter((kind) => entityRegistry[kind].search);

export const isSearchable = (kind: EntityKind): boolean => entityRegistry[kind].search !== undefined;

const SUMMARY_SEPARATOR = ' · ';
/** A row's words are few (names, codes, e-mail addresses); the bound keeps the multikey index small whatever a writer stores. */
const MAX_TERMS = 64;

/**
 * The entry of a row read by property (`read('name')`), or null for a kind that is not searchable.
 * Only the row's own columns: the entry of any writer's change can be made from its outbox
 * record alone, with no read of related rows.
 */
function entryOf(kind: EntityKind, id: string, version: number, read: (property: string) => unknown): SearchEntry | null {
  const spec = entityRegistry[kind].search;
  if (!spec) return null;
  const text = (value: unknown) => (value == null ? '' : String(value).trim());
  const title = text(read(spec.title as string));
  const summary = (spec.summary ?? []).map((property) => text(read(property as string))).filter(Boolean).join(SUMMARY_SEPARATOR);
  return {
    entity_type: entityRegistry[kind].entityType, entity_id: id.toLowerCase(), title,
    ...(summary && { summary }),
    terms: distinctWords(`${title} ${summary}`).slice(0, MAX_TERMS),
    version,
  };
}

/** The entry of a row as the stores return it (properties). */
export function searchEntryOfRow<K extends EntityKind>(kind: K, row: RowOf<K>): SearchEntry | null {
  const props = row as unknown as Record<string, unknown> & { id: string; version: number };
  return entryOf(kind, props.id, props.version, (property) => props[property]);
}

/** The entry of a row as PostgreSQL's to_jsonb has it (columns): an outbox record's `after`. */
export function searchEntryOfColumns(kind: EntityKind, row: Record<string, unknown>): SearchEntry | null {
  const columns = entityRegistry[kind].columns as Record<string, string>;
  return entryOf(kind, String(row[columns.id!]), Number(row[columns.version!]), (property) => row[columns[property]!]);
}

/** The properties a searchable kind's entry is made from (what the rebuild reads of each row). */
export function searchedProperties(kind: EntityKind): string[] {
  const spec = entityRegistry[kind].search;
  if (!spec) return [];
  return [...new Set(['id', 'version', 'createdAt', spec.title as string, ...(spec.summary ?? []).map(String)])];
}
