import type { DocumentOf } from '../catalogue/documents';

/**
 * Chat (seed 000, category 4, "real-time chat messages"): conversations of a tenant with their
 * members in PostgreSQL (migrations/pg/…_chat-conversations.sql says why), messages in
 * `chat_message`, whose `channel_id` is the conversation's id.
 */
export const MESSAGE_COLLECTION = 'chat_message' as const;
export type ChatMessageDoc = DocumentOf<'chat_message'>;

export type ConversationKind = 'CHANNEL' | 'DIRECT';
export type MemberRole = 'ADMIN' | 'MEMBER';

export interface ConversationRow {
  id: string;
  kind: ConversationKind;
  /** Channels only. */
  name: string | null;
  topic: string | null;
  private: boolean;
  createdBy: string | null;
  createdAt: Date;
  archivedAt: Date | null;
  lastMessageId: string | null;
  lastActivityAt: Date;
}

/** A conversation as one of its members sees it: with their own membership. */
export interface MemberConversation extends ConversationRow {
  membership: Membership | null;
}

export interface Membership {
  conversationId: string;
  userId: string;
  role: MemberRole;
  joinedAt: Date;
  /** The (sent_at, _id) of the last message read; READ_ALL_ID after a time reads everything sent by then. */
  lastReadAt: Date;
  lastReadId: string;
}

/** The greatest ObjectId: a read position at a time with it covers every message of that time. */
export const READ_ALL_ID = 'ffffffffffffffffffffffff';

/**
 * A message is a few paragraphs; a direct conversation is a handful of people, beyond that it is a
 * channel; mentions and attachments are bounded as on comments.
 */
export const CHAT_LIMITS = {
  body: 10_000, mentions: 50, attachments: 10, directPeople: 9, membersPerCall: 100, topic: 250, emoji: 32,
} as const;

/** Channel names as chat products have them: lower case, digits, `-` and `_`, up to 80. */
export const CHANNEL_NAME = /^[a-z0-9][a-z0-9_-]{0,79}$/;

/** Users may type `#Site Ops`; what is stored is `site-ops`. */
export const normalisedChannelName = (name: string) => name.trim().replace(/^#/, '').toLowerCase().replace(/\s+/g, '-');

/** The one direct conversation of a set of people is found again by their sorted ids. */
export const directKey = (userIds: readonly string[]) => [...new Set(userIds.map((id) => id.toLowerCase()))].sort().join(',');

export const isDeletedMessage = (doc: Pick<ChatMessageDoc, 'deleted_at'>) => doc.deleted_at != null;

/** A change of a stored message, as the message write path tells it. */
export type MessageEvent = { kind: 'posted' | 'edited' | 'deleted' | 'reacted'; message: ChatMessageDoc };

/** A change of a conversation itself: `joined`/`left` name the people who came or went (added and removed ones too). */
export type ConversationChange = 'updated' | 'archived' | 'unarchived' | 'joined' | 'left';

/**
 * What happened in a conversation, as the chat write paths tell it (Backends.chatEvents) after it
 * is stored: the live chat feed and the mention alerts listen. `typing` is never stored.
 */
export type ChatEvent =
  | MessageEvent
  | { kind: 'read'; conversationId: string; membership: Membership }
  | { kind: 'changed'; conversationId: string; change: ConversationChange; userIds: string[] }
  | { kind: 'typing'; conversationId: string; userId: string; typing: boolean; at: Date };
