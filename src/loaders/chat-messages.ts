import { ObjectId, type Filter } from 'mongodb';
import type { Viewer } from '../auth/viewer';
import {
  CHAT_LIMITS as LIMITS, MESSAGE_COLLECTION as COLLECTION, isDeletedMessage, type ChatMessageDoc, type MessageEvent,
} from '../chat/conversations';
import { mentionedHandles } from '../documents/comments';
import { badUserInput, forbidden } from '../errors';
import type { Logger } from '../logger';
import type { ChatStore } from '../stores/chat';
import type { DocumentStore, TenantDocument } from '../stores/documents';
import type { UserHandles } from '../stores/user-handles';
import type { CatalogueLoaders } from './catalogue';
import type { ChatLoaders } from './chat';
import type { ChatQuota } from './chat-quota';
import { documentId } from './document-input';

export interface NewMessage {
  conversationId: string;
  body: string;
  /** The message replied to: the reply joins that message's thread. */
  threadId?: string | null | undefined;
  /** attachment_metadata documents of the tenant, carried as file references. */
  attachmentIds?: readonly string[] | null | undefined;
}

type Stored = ChatMessageDoc & TenantDocument;

function checkedBody(body: string, attachments: number): string {
  if (body.length > LIMITS.body || (body.trim().length === 0 && attachments === 0)) {
    throw badUserInput(`body must be 1 to ${LIMITS.body} characters (it may be empty only with attachments).`, 'body');
  }
  return body;
}

const checkedEmoji = (emoji: string) => {
  if (emoji.length === 0 || emoji.length > LIMITS.emoji || /\s/.test(emoji)) throw badUserInput(`emoji must be 1 to ${LIMITS.emoji} characters without spaces.`, 'emoji');
  return emoji;
};

/**
 * The chat message write path, as the signed-in user: every check (membership, archive, the
 * thread, attachments, mentions, then the quota) before the one insert, so a refused message
 * leaves nothing behind and costs no quota. Edits and deletes are single conditional updates
 * (author or admin, not deleted, within the edit window); only a refusal costs a second read.
 * Every stored change goes through `onMessage`: the one place a live feed listens.
 */
export class MessageWrites {
  constructor(
    private readonly documents: DocumentStore,
    private readonly store: ChatStore,
    private readonly chat: ChatLoaders,
    private readonly catalogue: CatalogueLoaders,
    private readonly handles: UserHandles,
    private readonly quota: ChatQuota,
    private readonly editWindowMs: number,
    private readonly onMessage: (event: MessageEvent) => void,
    private readonly logger?: Logger,
  ) {}

  async post(viewer: Viewer, input: NewMessage): Promise<ChatMessageDoc> {
    const attachmentIds = (input.attachmentIds ?? []).map((id) => documentId(id, 'attachmentIds'));
    if (attachmentIds.length > LIMITS.attachments) throw badUserInput(`At most ${LIMITS.attachments} attachments per message.`, 'attachmentIds');
    const body = checkedBody(input.body, attachmentIds.length);
    const threadId = input.threadId == null ? undefined : documentId(input.threadId, 'threadId').toHexString();
    const conversationId = input.conversationId.toLowerCase();
    const [conversation, parent, files, mentions] = await Promise.all([
      this.chat.ofMember(viewer, conversationId, 'conversationId'),
      threadId ? this.chat.message(conversationId, threadId) : null,
      Promise.all(attachmentIds.map((id) => this.catalogue.load('attachment_metadata', viewer, id))),
      this.mentioned(conversationId, body),
    ]);
    if (conversation.archivedAt) throw badUserInput('The channel is archived: nothing more is posted in it.', 'conversationId');
    if (threadId && !parent) throw badUserInput('threadId must be a message of the same conversation.', 'threadId');
    if (parent && isDeletedMessage(parent)) throw badUserInput('The message replied to is deleted.', 'threadId');
    const missing = files.findIndex((file) => !file);
    if (missing >= 0) throw badUserInput(`No attachment ${attachmentIds[missing]!.toHexString()} in your tenant.`, 'attachmentIds');
    await this.quota.spend(viewer);
    const sentAt = new Date();
    const [doc] = await this.documents.insertMany<Stored>(COLLECTION, [{
      channel_id: conversation.id, sender_id: viewer.userId, body,
      // A reply to a reply joins the same thread: threads are one level deep, as in chat products.
      ...(parent && { thread_id: parent.thread_id ?? parent._id }),
      mentions: mentions.filter((userId) => userId !== viewer.userId),
      attachments: files.map((file) => ({ file_name: file!.file_name, content_type: file!.content_type, size_bytes: file!.size_bytes, storage_key: file!.storage_key })),
      reactions: [], sent_at: sentAt,
    }]);
    const message = doc as ChatMessageDoc;
    // The history is the record: a conversation list that lags one message behind is logged, not fatal.
    if (!message.thread_id) {
      await this.store.recordMessage(conversation.id, message._id.toHexString(), sentAt)
        .catch((error: unknown) => this.logger?.warn({ err: error, conversationId: conversation.id }, 'chat: the conversation\'s last activity was not recorded'));
    }
    return this.changed('posted', message);
  }

  /** Replaces the text of the viewer's own message within the edit window; null when they cannot read it. */
  async edit(viewer: Viewer, id: string, newBody: string): Promise<ChatMessageDoc | null> {
    const _id = documentId(id, 'id');
    const existing = await this.readable(viewer, _id);
    if (!existing) return null;
    const body = checkedBody(newBody, existing.attachments.length);
    const mentions = (await this.mentioned(existing.channel_id, body)).filter((userId) => userId !== viewer.userId);
    const edited = { body, mentions, edited_at: new Date() };
    const since = new Date(Date.now() - this.editWindowMs);
    const before = await this.documents.findOneAndUpdate<Stored>(
      COLLECTION, { _id, channel_id: existing.channel_id, sender_id: viewer.userId, deleted_at: null, sent_at: { $gte: since } } as Filter<Stored>,
      { $set: edited }, 'before',
    );
    if (!before) {
      if (existing.sender_id !== viewer.userId) throw forbidden('Only its author may edit a message.');
      if (isDeletedMessage(existing)) throw badUserInput('A deleted message cannot be edited.', 'id');
      throw badUserInput(`A message can be edited for ${Math.round(this.editWindowMs / 60_000)} minutes after it is posted.`, 'id');
    }
    return this.changed('edited', { ...before, ...edited } as ChatMessageDoc);
  }

  /**
   * Deletes a message softly: it keeps its place (its thread's replies stay under it) with no text.
   * Its author's, or an admin's of the channel; deleting it again changes nothing.
   */
  async delete(viewer: Viewer, id: string): Promise<ChatMessageDoc | null> {
    const _id = documentId(id, 'id');
    const existing = await this.readable(viewer, _id);
    if (!existing) return null;
    if (isDeletedMessage(existing)) return existing;
    if (existing.sender_id !== viewer.userId) {
      const conversation = await this.chat.conversation(viewer, existing.channel_id);
      if (conversation?.membership?.role !== 'ADMIN') throw forbidden('Only its author or an admin of the channel may delete a message.');
    }
    const deleted = { deleted_at: new Date() };
    const before = await this.documents.findOneAndUpdate<Stored>(COLLECTION, { _id, deleted_at: null } as Filter<Stored>, { $set: deleted }, 'before');
    if (!before) return this.readable(viewer, _id);
    return this.changed('deleted', { ...before, ...deleted } as ChatMessageDoc);
  }

  /** Adds (or, with `add` false, takes back) the viewer's reaction; each emoji lists who reacted with it. */
  async react(viewer: Viewer, id: string, emojiInput: string, add: boolean): Promise<ChatMessageDoc | null> {
    const _id = documentId(id, 'id');
    const emoji = checkedEmoji(emojiInput);
    for (let attempt = 0; attempt < 5; attempt++) {
      const existing = await this.readable(viewer, _id);
      if (!existing) return null;
      if (isDeletedMessage(existing)) throw badUserInput('A deleted message takes no reactions.', 'id');
      const reactions = existing.reactions.map((r) => ({ emoji: r.emoji, user_ids: r.user_ids.filter((userId) => userId !== viewer.userId || r.emoji !== emoji) }));
      const same = reactions.find((r) => r.emoji === emoji);
      if (add) {
        if (same) same.user_ids.push(viewer.userId);
        else reactions.push({ emoji, user_ids: [viewer.userId] });
      }
      const next = reactions.filter((r) => r.user_ids.length > 0);
      // Compare-and-set on the whole list: two people reacting at once both count.
      const before = await this.documents.findOneAndUpdate<Stored>(
        COLLECTION, { _id, reactions: existing.reactions } as Filter<Stored>, { $set: { reactions: next } }, 'before',
      );
      if (before) return this.changed('reacted', { ...before, reactions: next } as ChatMessageDoc);
    }
    throw badUserInput('The message is changing too quickly; try again.', 'id');
  }

  /** A message of a conversation the viewer is in, or null. */
  private async readable(viewer: Viewer, _id: ObjectId): Promise<ChatMessageDoc | null> {
    const ids = await this.chat.idsOf(viewer);
    const [doc] = await this.documents.find<Stored>(COLLECTION, { _id, channel_id: { $in: ids } } as Filter<Stored>);
    return (doc as ChatMessageDoc | undefined) ?? null;
  }

  /**
   * The members of the conversation that the body's `@handles` name (a handle of someone outside
   * it is plain text: they could not read it), in the order mentioned.
   */
  private async mentioned(conversationId: string, body: string): Promise<string[]> {
    const handles = mentionedHandles(body);
    if (handles.length > LIMITS.mentions) throw badUserInput(`A message may mention at most ${LIMITS.mentions} people.`, 'body');
    if (handles.length === 0) return [];
    const [named, members] = await Promise.all([this.handles.named(handles), this.chat.members(conversationId)]);
    const inside = new Set(members.map((member) => member.userId));
    return named.filter((id) => inside.has(id));
  }

  private changed(kind: MessageEvent['kind'], message: ChatMessageDoc): ChatMessageDoc {
    this.chat.forget(message.channel_id, message._id.toHexString());
    if (message.thread_id) this.chat.forget(message.channel_id, message.thread_id.toHexString());
    // Messages are about no row: only the catalogue's reads by id are dropped.
    this.catalogue.forget(COLLECTION, { entityType: COLLECTION, entityId: message.channel_id }, message._id);
    this.onMessage({ kind, message });
    return message;
  }
}
