import type { CommentResolvers, Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { isDeleted } from '../src/documents/comments';
import { catalogueResolvers } from './catalogue';

type Hidden = 'body' | 'mentions' | 'reactions';
type FieldResolver<F extends Hidden> = Extract<NonNullable<CommentResolvers[F]>, (...args: never[]) => unknown>;
type Args = Parameters<FieldResolver<'body'>>;
/** The catalogue's resolvers of these fields, derived from the declaration. */
const declared = (catalogueResolvers as unknown as { Comment: Record<Hidden, (...args: Args) => unknown> }).Comment;

/** What a deleted comment shows in place of `field`: its place in the thread stays, what it said does not. */
const unlessDeleted = <F extends Hidden>(field: F, shown: string | never[]) =>
  ((...args: Args) => (isDeleted(args[0]) ? shown : declared[field](...args))) as unknown as FieldResolver<F>;

/** Comments on rows: the write path is `loaders.comments` (checks, permissions, mentions, notifications). */
export const commentResolvers: Resolvers = {
  Comment: {
    body: unlessDeleted('body', ''),
    mentions: unlessDeleted('mentions', []),
    reactions: unlessDeleted('reactions', []),
  },
  Mutation: {
    addComment: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.comments.add(viewer, input);
    },
    editComment: (_root, { id, body }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.comments.edit(viewer, id, body);
    },
    deleteComment: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.comments.delete(viewer, id);
    },
  },
};
