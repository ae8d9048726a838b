import { badUserInput } from './errors';
import type { Keyset, Page } from './stores/relational';

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted only when the client selects it (graphql-js calls function-valued fields). */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients: base64url of the keyset of the last row they saw. */
export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.createdAt.toISOString(), keyset.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      const createdAt = new Date(value[0]);
      if (!Number.isNaN(createdAt.getTime())) return { createdAt, id: value[1] };
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

export function pageRequest(args: PageArgs, maxPageSize: number): { first: number; after?: Keyset } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badUserInput(`first must be between 0 and ${maxPageSize}.`, 'first');
  }
  return args.after ? { first, after: decodeCursor(args.after) } : { first };
}

export function toConnection<Row extends Keyset>(page: Page<Row>, totalCount: () => Promise<number>): Connection<Row> {
  const edges = page.rows.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
