import { ObjectId } from 'mongodb';
import type { ChatMessageResolvers, Resolvers } from '../src/__generated__/resolvers';
import { isDeletedMessage, type ChatMessageDoc, type MemberConversation } from '../src/chat/conversations';
import { authorized, type GatewayContext } from '../src/context';
import { badUserInput } from '../src/errors';
import { decodeCursor, encodeCursor, pageRequest, toConnection, type Connection } from '../src/pagination';
import { documentKeyset } from '../src/stores/documents';
import { isUuid } from '../src/stores/sql';
import type { Keyset } from '../src/stores/keyset';
import { catalogueResolvers } from './catalogue';
import { viewerFeed } from './Subscription';

type Hidden = 'body' | 'mentions' | 'attachments' | 'reactions';
type FieldResolver<F extends Hidden> = Extract<NonNullable<ChatMessageResolvers[F]>, (...args: never[]) => unknown>;
type Args = Parameters<FieldResolver<'body'>>;
/** The catalogue's resolvers of these fields, derived from the declaration. */
const declared = (catalogueResolvers as unknown as { ChatMessage: Record<Hidden, (...args: Args) => unknown> }).ChatMessage;

/** What a deleted message shows in place of `field`: its place in the history and thread stays, what it said does not. */
const unlessDeleted = <F extends Hidden>(field: F, shown: string | never[]) =>
  ((...args: Args) => (isDeletedMessage(args[0]) ? shown : declared[field](...args))) as unknown as FieldResolver<F>;

const messageKeyset = documentKeyset('chat_message');

/** Encoded once per document: a live message is resolved once per member who receives it. */
const cursors = new WeakMap<ChatMessageDoc, string>();
function cursorOf(message: ChatMessageDoc): string {
  let cursor = cursors.get(message);
  if (cursor === undefined) cursors.set(message, (cursor = encodeCursor(messageKeyset(message))));
  return cursor;
}
const conversationKeyset = (conversation: MemberConversation): Keyset => ({ at: conversation.lastActivityAt, id: conversation.id });

/** A cursor this API issued for messages, or BAD_USER_INPUT naming `field`. */
function messageCursor(cursor: string | null | undefined, field: 'after' | 'before'): Keyset | undefined {
  if (!cursor) return undefined;
  let keyset: Keyset | undefined;
  try {
    keyset = decodeCursor(cursor);
  } catch {
    // reported below, naming the argument it came in
  }
  if (!keyset || !ObjectId.isValid(keyset.id) || keyset.id.length !== 24) throw badUserInput('The cursor is not one this API issued.', field);
  return keyset;
}

/** A connection whose pageInfo says both ways whether more exist (history pages both ways). */
function twoWay<Node>(page: { nodes: Node[]; hasNextPage: boolean; hasPreviousPage: boolean }, keysetOf: (node: Node) => Keyset, total: () => Promise<number>): Connection<Node> {
  const connection = toConnection(page, keysetOf, total);
  const { startCursor, endCursor } = connection.pageInfo;
  return { ...connection, pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor, endCursor } };
}

/** Conversation cursors carry a conversation's id and a time PostgreSQL can compare. */
function conversationPage(context: GatewayContext, args: { first?: number | null; after?: string | null }) {
  const { first, after } = pageRequest(args, context.maxPageSize);
  const year = after?.at.getUTCFullYear() ?? 2000;
  if (after && (!isUuid(after.id) || year < 1 || year > 9999)) throw badUserInput('The cursor is not one this API issued.', 'after');
  return { first, after };
}

/** Chat: conversations (PostgreSQL), their messages (chat_message); the rules live in loaders.chat / conversations / messages. */
export const chatResolvers: Resolvers = {
  Conversation: {
    createdBy: (conversation, _args, context) => (conversation.createdBy ? authorized(context).loaders.rows.load('USER', conversation.createdBy) : null),
    viewerRole: (conversation) => conversation.membership?.role ?? null,
    lastReadAt: (conversation) => conversation.membership?.lastReadAt ?? null,
    members: (conversation, _args, context) => authorized(context).loaders.chat.members(conversation.id),
    lastMessage: (conversation, _args, context) => authorized(context).loaders.chat.lastMessage(conversation),
    unreadCount: (conversation, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.chat.unreadCount(viewer, conversation);
    },
    messages: async (conversation, args, context) => {
      const { viewer, loaders } = authorized(context);
      const member = await loaders.chat.ofMember(viewer, conversation.id, 'id');
      const before = messageCursor(args.before, 'before');
      const first = (before ? args.last ?? args.first : args.first ?? args.last) ?? null;
      const { first: size } = pageRequest({ first }, context.maxPageSize);
      const page = await loaders.chat.history(member.id, { first: size, after: messageCursor(args.after, 'after'), before });
      return twoWay(page, messageKeyset, () => loaders.chat.historyCount(member.id));
    },
  },
  ConversationMember: {
    user: (member, _args, context) => authorized(context).loaders.rows.load('USER', member.userId),
    presence: (member, _args, context) => authorized(context).loaders.chatLive.presence(member.userId),
  },
  Presence: {
    user: (state, _args, context) => authorized(context).loaders.rows.load('USER', state.userId),
  },
  ConversationUpdate: {
    conversation: (update, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.chat.conversation(viewer, update.conversationId);
    },
    message: (update) => update.message ?? null,
    reader: (update, _args, context) => (update.membership ? authorized(context).loaders.rows.load('USER', update.membership.userId) : null),
    lastReadAt: (update) => update.membership?.lastReadAt ?? null,
    members: (update, _args, context) => {
      const { loaders } = authorized(context);
      return Promise.all((update.userIds ?? []).map((userId) => loaders.rows.load('USER', userId)));
    },
  },
  TypingIndicator: {
    user: (indicator, _args, context) => authorized(context).loaders.rows.load('USER', indicator.userId),
  },
  ChatMessage: {
    cursor: (message) => cursorOf(message as ChatMessageDoc),
    body: unlessDeleted('body', ''),
    mentions: unlessDeleted('mentions', []),
    attachments: unlessDeleted('attachments', []),
    reactions: unlessDeleted('reactions', []),
    conversation: (message, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.chat.conversation(viewer, message.channel_id);
    },
    replyCount: async (message, _args, context) => (await authorized(context).loaders.chat.replySummary(message as ChatMessageDoc)).count,
    lastReplyAt: async (message, _args, context) => (await authorized(context).loaders.chat.replySummary(message as ChatMessageDoc)).lastReplyAt,
    replies: async (message, args, context) => {
      const { loaders } = authorized(context);
      const { first } = pageRequest({ first: args.first }, context.maxPageSize);
      const page = await loaders.chat.replies(message as ChatMessageDoc, first, messageCursor(args.after, 'after'));
      return twoWay({ ...page, hasPreviousPage: !!args.after }, messageKeyset,
        async () => (await loaders.chat.replySummary(message as ChatMessageDoc)).count);
    },
  },
  Query: {
    conversations: async (_root, args, context) => {
      const { viewer, loaders } = authorized(context);
      const { first, after } = conversationPage(context, args);
      const page = await loaders.chat.page(viewer, first, after, args.includeArchived ?? false);
      return toConnection(page, conversationKeyset, () => 0);
    },
    conversation: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.chat.conversation(viewer, id);
    },
    publicChannels: async (_root, args, context) => {
      const { viewer, loaders } = authorized(context);
      const { first, after } = conversationPage(context, args);
      return toConnection(await loaders.chat.publicChannels(viewer, first, after), conversationKeyset, () => 0);
    },
  },
  Mutation: {
    createChannel: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.createChannel(viewer, input);
    },
    openDirectConversation: (_root, { userIds }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.openDirect(viewer, userIds);
    },
    updateChannel: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.updateChannel(viewer, input);
    },
    archiveChannel: (_root, { id, archived }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.setArchived(viewer, id, archived);
    },
    joinChannel: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.join(viewer, id);
    },
    leaveChannel: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.leave(viewer, id);
    },
    addChannelMembers: (_root, { id, userIds }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.addMembers(viewer, id, userIds);
    },
    removeChannelMember: (_root, { id, userId }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.removeMember(viewer, id, userId);
    },
    markConversationRead: (_root, { id, messageId }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.conversations.markRead(viewer, id, messageId);
    },
    postChatMessage: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.messages.post(viewer, input);
    },
    editChatMessage: (_root, { id, body }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.messages.edit(viewer, id, body);
    },
    deleteChatMessage: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.messages.delete(viewer, id);
    },
    reactToChatMessage: (_root, { id, emoji, add }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.messages.react(viewer, id, emoji, add);
    },
    setTyping: (_root, { conversationId, typing }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.chatLive.setTyping(viewer, conversationId, typing);
    },
  },
  // Every subscription starts from the subscriber's membership (loaders.chatLive checks it).
  Subscription: {
    messageAdded: viewerFeed((viewer, loaders, { conversationId, after }: { conversationId?: string | null; after?: string | null }) =>
      loaders.chatLive.messageAdded(viewer, conversationId, messageCursor(after, 'after'))),
    conversationUpdated: viewerFeed((viewer, loaders, { conversationId }: { conversationId: string }) => loaders.chatLive.conversationUpdated(viewer, conversationId)),
    typing: viewerFeed((viewer, loaders, { conversationId }: { conversationId: string }) => loaders.chatLive.typing(viewer, conversationId)),
    presenceChanged: viewerFeed((viewer, loaders, { userIds }: { userIds: readonly string[] }) => loaders.chatLive.presenceChanged(viewer, userIds)),
  },
};
