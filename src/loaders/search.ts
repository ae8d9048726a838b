import type { Filter } from 'mongodb';
import type { Viewer } from '../auth/viewer';
import { badUserInput } from '../errors';
import { entityRegistry, kindOfEntityType, type EntityKind, type RowOf } from '../registry/entities';
import { isSearchable, searchableKinds } from '../search/entries';
import { rank, type Candidate } from '../search/rank';
import { distinctWords, normalizedQuery } from '../search/terms';
import type { DocumentStore, TenantDocument } from '../stores/documents';
import type { SearchLogEntry } from '../stores/gateway-logs';
import { readGrant } from './access';
import type { RowLoaders } from './rows';

/** The bounds of a search: BAD_USER_INPUT past them. */
export const SEARCH_MAX_QUERY_CHARS = 200;
export const SEARCH_MAX_WORDS = 8;
export const SEARCH_DEFAULT_FIRST = 10;
/**
 * The most entries one search ranks. They come from one find on the `terms` index; a query that
 * matches more ranks the first this many the index yields (another letter narrows it).
 */
export const SEARCH_CANDIDATES = 1000;

export interface SearchArgs {
  query: string;
  types?: readonly EntityKind[] | null;
  first?: number | null;
}

/** One hit, shaped as the GraphQL `SearchHit`. */
export interface SearchHit {
  rank: number;
  score: number;
  entityType: EntityKind;
  entityId: string;
  entity: RowOf<EntityKind>;
  title: string;
  summary: string | null;
  matchedTerms: string[];
  indexedAt: Date;
}

/** Where each search is recorded (search_query_log), off the request path: the gateway's log writer. */
export interface SearchLog {
  search(entry: SearchLogEntry): void;
}

type Entry = TenantDocument & Candidate;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Instant search over the tenant's search_index_cache: every word of the query must start a word
 * of the entry, ranked in process (search/rank.ts). One find, then the ranked rows through the
 * request's RowLoaders (one statement per entity type among the hits); an entry whose row is gone
 * is left out and the next one takes its place, so every hit has its entity.
 */
export class SearchLoader {
  constructor(
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly log?: SearchLog,
  ) {}

  async search(viewer: Viewer, args: SearchArgs, maxPageSize: number): Promise<SearchHit[]> {
    const { words, kinds, first } = checked(args, maxPageSize);
    const grant = readGrant('search_index_cache', viewer);
    // The longest word first: the index bounds of its prefix are the narrowest.
    const prefixes = [...words].sort((a, b) => b.length - a.length).map((word) => ({ terms: { $regex: `^${escapeRegex(word)}` } }));
    const filter: Filter<Entry> = {
      ...grant.filter, $and: prefixes,
      ...(kinds && { entity_type: { $in: kinds.map((kind) => entityRegistry[kind].entityType) } }),
    };
    const candidates = await this.documents.find<Entry>('search_index_cache', filter, {
      projection: { entity_type: 1, entity_id: 1, title: 1, summary: 1, terms: 1, indexed_at: 1 }, limit: SEARCH_CANDIDATES,
    }, grant.scope);
    const ranked = rank(candidates, words);
    this.log?.search({
      tenantId: viewer.tenantId, userId: viewer.userId, query: args.query, normalizedQuery: normalizedQuery(args.query),
      ...(kinds && { entityTypes: kinds.map((kind) => entityRegistry[kind].entityType) }), resultsCount: ranked.length, at: new Date(),
    });
    const hits: SearchHit[] = [];
    let next = 0;
    // Usually once: only entries of rows deleted a moment ago (or by a writer the relay has not
    // caught up with) make it load the next ones.
    while (hits.length < first && next < ranked.length) {
      const batch = ranked.slice(next, next + first - hits.length);
      next += batch.length;
      const rows = await Promise.all(batch.map(({ entry }) => {
        const kind = kindOfEntityType(entry.entity_type);
        return kind ? this.rows.load(kind, entry.entity_id) : null;
      }));
      batch.forEach(({ entry, score, matchedTerms }, i) => {
        const row = rows[i];
        if (!row) return;
        hits.push({
          rank: hits.length + 1, score, entityType: kindOfEntityType(entry.entity_type)!, entityId: entry.entity_id, entity: row,
          title: entry.title, summary: entry.summary ?? null, matchedTerms, indexedAt: entry.indexed_at,
        });
      });
    }
    return hits;
  }
}

function checked(args: SearchArgs, maxPageSize: number) {
  if (args.query.length > SEARCH_MAX_QUERY_CHARS) throw badUserInput(`query is at most ${SEARCH_MAX_QUERY_CHARS} characters.`, 'query');
  const words = distinctWords(args.query);
  if (words.length === 0) throw badUserInput('query needs at least one word (letters or digits).', 'query');
  if (words.length > SEARCH_MAX_WORDS) throw badUserInput(`query has at most ${SEARCH_MAX_WORDS} words.`, 'query');
  const first = args.first ?? Math.min(SEARCH_DEFAULT_FIRST, maxPageSize);
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) throw badUserInput(`first must be between 1 and ${maxPageSize}.`, 'first');
  let kinds: EntityKind[] | undefined;
  if (args.types) {
    if (args.types.length === 0) throw badUserInput('types names at least one type; leave it out to search every type.', 'types');
    const unsearchable = args.types.filter((kind) => !isSearchable(kind));
    if (unsearchable.length > 0) {
      throw badUserInput(`${unsearchable.join(', ')} cannot be searched; searchable types are ${searchableKinds.join(', ')}.`, 'types');
    }
    kinds = [...new Set(args.types)];
  }
  return { words, kinds, first };
}
