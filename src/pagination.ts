import type { CollectionName } from './catalogue/collections';
import type { DocumentOf } from './catalogue/documents';
import { badUserInput } from './errors';
import type { Keyset, PageRequest } from './stores/keyset';

export type { Keyset, PageRequest };

export interface Connection<Node> {
  edges: { readonly cursor: string; readonly node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
  /** A function so it is resolved only when selected (graphql-js calls function-valued fields). */
  totalCount: () => number | Promise<number>;
}

/** A page of a catalogue collection's documents. */
export type DocumentConnection<N extends CollectionName> = Connection<DocumentOf<N>>;

export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients: base64url of the keyset of the last item they saw. */
export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at.toISOString(), keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const at = new Date(value[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: value[1] };
    }
  } catch {
    // fall through to the same error as a well-formed but meaningless cursor
  }
  throw badUserInput('The cursor is not one this API issued.', 'after');
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Validates `first`/`after` against the configured maximum page size. */
export function pageRequest(args: PageArgs, maxPageSize: number): PageRequest {
  const first = args.first ?? Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badUserInput(`first must be between 0 and ${maxPageSize}.`, 'first');
  }
  return args.after ? { first, after: decodeCursor(args.after) } : { first };
}

/** An edge's cursor is encoded when it is read: most clients select only the nodes. */
class Edge<Node> {
  constructor(readonly node: Node, private readonly keysetOf: (node: Node) => Keyset) {}

  get cursor(): string {
    return encodeCursor(this.keysetOf(this.node));
  }
}

class PageInfo<Node> {
  readonly hasPreviousPage = false;

  constructor(readonly hasNextPage: boolean, private readonly edges: readonly Edge<Node>[]) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

export function toConnection<Node>(
  page: { nodes: Node[]; hasNextPage: boolean },
  keysetOf: (node: Node) => Keyset,
  totalCount: () => number | Promise<number>,
): Connection<Node> {
  const edges = page.nodes.map((node) => new Edge(node, keysetOf));
  return { edges, pageInfo: new PageInfo(page.hasNextPage, edges), totalCount };
}

export const rowKeyset = (row: { createdAt: Date; id: string }): Keyset => ({ at: row.createdAt, id: row.id });
