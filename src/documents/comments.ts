import type { DocumentOf } from '../catalogue/documents';

/**
 * A comment on a row, as stored in `comment_thread` (seed 000, category 4: polymorphic comments
 * on any entity). Replies name their parent in `parent_id`; `mentions` are the user ids its
 * `@handles` resolved to; a deleted comment keeps its place in the thread with `deleted_at` set.
 */
export const COMMENT_COLLECTION = 'comment_thread' as const;

export type CommentDoc = DocumentOf<'comment_thread'>;

/** A comment is a paragraph or a few, not a document; a mention is a person, not a mailing list. */
export const COMMENT_LIMITS = { body: 10_000, mentions: 50 } as const;

/**
 * `@handle` is a user's email address before the `@` (`@bob` for bob@acme.example), compared
 * case-insensitively; `@bob@acme.example`, the whole address, names one user exactly where a
 * tenant has two addresses with the same local part. An `@` inside a word (an email address in
 * the text) is not a mention; a full stop ending the sentence is not part of the handle.
 */
const HANDLE = /(?<![\w@.+-])@([a-z0-9][a-z0-9._%+-]*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)/gi;

/** The distinct handles a body mentions, lower-cased, in the order they first appear. */
export function mentionedHandles(body: string): string[] {
  const handles = new Set<string>();
  for (const [, handle] of body.matchAll(HANDLE)) handles.add(handle!.replace(/\.+$/, '').toLowerCase());
  return [...handles];
}

/**
 * What readers see of a deleted comment: its place in the thread (id, row, parent, author, times)
 * so replies still hang under it, but nothing it said. The stored text stays (a soft delete).
 */
export const isDeleted = (doc: Pick<CommentDoc, 'deleted_at'>) => doc.deleted_at != null;
