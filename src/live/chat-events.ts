import { BSON, ObjectId } from 'mongodb';
import type { ChatEvent, ChatMessageDoc, Membership } from '../chat/conversations';
import type { PresenceState } from '../stores/presence';
import type { BusCodec } from './bus';

/** What crosses the chat bus: an event of a tenant's conversation, or a user of it coming online or going offline. */
export type ChatBusEvent =
  | { tenantId: string; event: ChatEvent }
  | { tenantId: string; presence: PresenceState };

/** A change of a conversation its members follow (conversationUpdated). */
export type ConversationUpdateKind =
  | 'MESSAGE_EDITED' | 'MESSAGE_DELETED' | 'REACTIONS_CHANGED' | 'READ'
  | 'CHANNEL_UPDATED' | 'ARCHIVED' | 'UNARCHIVED' | 'MEMBERS_JOINED' | 'MEMBERS_LEFT';

export interface ConversationUpdateEvent {
  kind: ConversationUpdateKind;
  conversationId: string;
  /** The message as it is now (MESSAGE_*, REACTIONS_CHANGED). */
  message?: ChatMessageDoc;
  /** The reader's membership with its new read position (READ). */
  membership?: Membership;
  /** Who came or went (MEMBERS_*). */
  userIds?: string[];
}

/** Someone typing in a conversation (typing): ephemeral, over the bus only. */
export interface TypingEvent {
  conversationId: string;
  userId: string;
  typing: boolean;
  /** Until when a client shows it unless it is renewed (clients renew while the person keeps typing). */
  expiresAt: Date;
}

/** How long a typing indicator holds: a client that keeps typing sends one every few seconds. */
export const TYPING_HOLDS_MS = 6_000;

const UPDATE_OF_MESSAGE = { edited: 'MESSAGE_EDITED', deleted: 'MESSAGE_DELETED', reacted: 'REACTIONS_CHANGED' } as const;
const UPDATE_OF_CHANGE = {
  updated: 'CHANNEL_UPDATED', archived: 'ARCHIVED', unarchived: 'UNARCHIVED', joined: 'MEMBERS_JOINED', left: 'MEMBERS_LEFT',
} as const;

/** The conversationUpdated event a chat event stands for; null for those that are not updates (posts, typing). */
export function updateOf(event: ChatEvent): ConversationUpdateEvent | null {
  switch (event.kind) {
    case 'posted':
    case 'typing':
      return null;
    case 'edited':
    case 'deleted':
    case 'reacted':
      return { kind: UPDATE_OF_MESSAGE[event.kind], conversationId: event.message.channel_id, message: event.message };
    case 'read':
      return { kind: 'READ', conversationId: event.conversationId, membership: event.membership };
    case 'changed':
      return { kind: UPDATE_OF_CHANGE[event.change], conversationId: event.conversationId, userIds: event.userIds };
  }
}

/** The conversation an event happened in. */
export const conversationOf = (event: ChatEvent) => ('message' in event ? event.message.channel_id : event.conversationId);

const MESSAGE_KINDS = new Set(['posted', 'edited', 'deleted', 'reacted']);
const CHANGES = new Set(Object.keys(UPDATE_OF_CHANGE));
const isString = (value: unknown): value is string => typeof value === 'string';

/** Whether a revived bus entry is a chat event of `tenantId` with every field its kind's delivery reads. */
function isChatEvent(tenantId: string, event: Record<string, unknown> | null): boolean {
  if (!event) return false;
  if (MESSAGE_KINDS.has(event.kind as string)) {
    const message = event.message as Record<string, unknown> | null;
    return !!message && message._id instanceof ObjectId && isString(message.channel_id) && message.tenant_id === tenantId;
  }
  if (!isString(event.conversationId)) return false;
  switch (event.kind) {
    case 'read': {
      const membership = event.membership as Record<string, unknown> | null;
      return !!membership && isString(membership.userId) && membership.lastReadAt instanceof Date;
    }
    case 'changed':
      return CHANGES.has(event.change as string) && Array.isArray(event.userIds) && event.userIds.every(isString);
    case 'typing':
      return isString(event.userId) && typeof event.typing === 'boolean' && event.at instanceof Date;
    default:
      return false;
  }
}

/**
 * Chat events on the bus as Extended JSON, so ObjectIds and dates arrive as they left. What
 * arrives is checked before it is served: the tenant it names is the tenant every lookup uses, a
 * message must be of that tenant, and every field a delivery reads must be there.
 */
export const chatCodec: BusCodec<ChatBusEvent> = {
  write: (event) => BSON.EJSON.serialize(event, { relaxed: true }),
  read(entry) {
    let event: Record<string, unknown>;
    try {
      event = BSON.EJSON.deserialize(entry as BSON.Document, { relaxed: true }) as Record<string, unknown>;
    } catch {
      return null;
    }
    if (!isString(event.tenantId)) return null;
    if ('presence' in event) {
      const state = event.presence as Partial<PresenceState> | null;
      const valid = state && isString(state.userId) && typeof state.online === 'boolean' && typeof state.version === 'number';
      return valid ? (event as ChatBusEvent) : null;
    }
    return isChatEvent(event.tenantId, event.event as Record<string, unknown> | null) ? (event as ChatBusEvent) : null;
  },
};
