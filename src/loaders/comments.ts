import type { ObjectId } from 'mongodb';
import { authoredReach } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { COMMENT_COLLECTION as COLLECTION, COMMENT_LIMITS as LIMITS, isDeleted, mentionedHandles, type CommentDoc } from '../documents/comments';
import { NOTIFICATION_LIMITS } from '../documents/notifications';
import { badUserInput, forbidden } from '../errors';
import type { Logger } from '../logger';
import { kindOfEntityType, type EntityKind } from '../registry/entities';
import type { DocumentStore, EntityRef } from '../stores/documents';
import type { UserHandles } from '../stores/user-handles';
import type { CatalogueLoaders } from './catalogue';
import { documentId, rowLabel, rowOfTenant, sameRow } from './document-input';
import type { NotificationsLoader } from './notifications';
import type { RowLoaders } from './rows';

export interface NewComment {
  entityType: EntityKind;
  entityId: string;
  body: string;
  parentId?: string | null | undefined;
}

function checkedBody(body: string): string {
  if (body.trim().length === 0 || body.length > LIMITS.body) throw badUserInput(`body must be 1 to ${LIMITS.body} characters.`, 'body');
  return body;
}

const truncated = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The comment write path (comment_thread), as the signed-in user: every check (the row, the
 * parent, the text, the mentions) before the one write, so a refused call leaves nothing behind.
 * Edits and deletes are single conditional updates (author, not deleted), so two tabs cannot
 * interleave a check and a write; only a refusal costs a second read, to say why.
 */
export class CommentWrites {
  constructor(
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly catalogue: CatalogueLoaders,
    private readonly handles: UserHandles,
    private readonly notifications: NotificationsLoader,
    /** Told of the row each write was about (the operation's user_activity_event names it). */
    private readonly onWrote: (ref: EntityRef) => void,
    private readonly logger?: Logger,
  ) {}

  async add(viewer: Viewer, input: NewComment): Promise<CommentDoc> {
    const body = checkedBody(input.body);
    const parentId = input.parentId == null ? undefined : documentId(input.parentId, 'parentId');
    const handles = this.handlesOf(body);
    const [target, parent, mentions] = await Promise.all([
      rowOfTenant(this.rows, input.entityType, input.entityId),
      parentId ? this.catalogue.load(COLLECTION, viewer, parentId) : null,
      this.mentioned(viewer, handles),
    ]);
    if (parentId && (!parent || !sameRow(parent, target.ref))) throw badUserInput('parentId must be a comment on the same row.', 'parentId');
    if (parent && isDeleted(parent)) throw badUserInput('The comment replied to is deleted.', 'parentId');
    const [doc] = await this.documents.insertMany<CommentDoc>(COLLECTION, [{
      ...target.bridge, author_id: viewer.userId, body, ...(parentId && { parent_id: parentId }), mentions, reactions: [], created_at: new Date(),
    }]);
    this.wrote(target.ref, doc!._id);
    await this.notifyMentioned(viewer, doc!, mentions);
    return doc!;
  }

  /** null when the tenant has no such comment. */
  async edit(viewer: Viewer, id: string, newBody: string): Promise<CommentDoc | null> {
    const _id = documentId(id, 'id');
    const body = checkedBody(newBody);
    const mentions = await this.mentioned(viewer, this.handlesOf(body));
    const edited = { body, mentions, edited_at: new Date() };
    const own = authoredReach(viewer, COLLECTION, 'edit') === 'own';
    const before = await this.documents.findOneAndUpdate<CommentDoc>(
      COLLECTION, { _id, deleted_at: null, ...(own && { author_id: viewer.userId }) }, { $set: edited }, 'before',
    );
    if (!before) {
      const existing = await this.catalogue.load(COLLECTION, viewer, _id);
      if (!existing) return null;
      if (own && existing.author_id !== viewer.userId) throw forbidden('Only its author may edit a comment.');
      throw badUserInput('A deleted comment cannot be edited.', 'id');
    }
    const after = { ...before, ...edited };
    this.wrote({ entityType: before.entity_type, entityId: before.entity_id }, _id);
    const already = new Set(before.mentions);
    await this.notifyMentioned(viewer, after, mentions.filter((userId) => !already.has(userId)));
    return after;
  }

  /** null when the tenant has no such comment; a deleted comment is answered as it is. */
  async delete(viewer: Viewer, id: string): Promise<CommentDoc | null> {
    const _id = documentId(id, 'id');
    const own = authoredReach(viewer, COLLECTION, 'delete') === 'own';
    const deleted = { deleted_at: new Date() };
    const before = await this.documents.findOneAndUpdate<CommentDoc>(
      COLLECTION, { _id, deleted_at: null, ...(own && { author_id: viewer.userId }) }, { $set: deleted }, 'before',
    );
    if (!before) {
      const existing = await this.catalogue.load(COLLECTION, viewer, _id);
      if (existing && own && existing.author_id !== viewer.userId) throw forbidden('Only its author or an admin may delete a comment.');
      return existing;
    }
    this.wrote({ entityType: before.entity_type, entityId: before.entity_id }, _id);
    return { ...before, ...deleted };
  }

  private handlesOf(body: string): string[] {
    const handles = mentionedHandles(body);
    if (handles.length > LIMITS.mentions) throw badUserInput(`A comment may mention at most ${LIMITS.mentions} people.`, 'body');
    return handles;
  }

  /** The users of the tenant the handles name (UserHandles.named): a handle that names nobody is plain text. */
  private async mentioned(viewer: Viewer, handles: readonly string[]): Promise<string[]> {
    // The author's name titles the notifications: read alongside, in the same tick as the row.
    const [named] = await Promise.all([this.handles.named(handles), handles.length > 0 ? this.rows.load('USER', viewer.userId) : null]);
    return named;
  }

  /** This request reads the row's comments and the comment again; the operation's activity names the row. */
  private wrote(ref: EntityRef, id: ObjectId) {
    this.catalogue.forget(COLLECTION, ref, id);
    this.onWrote(ref);
  }

  /**
   * One notification per mentioned user (never the author), through the notification write path,
   * so it is delivered live. The comment is the record: a failure to notify is logged, not undone.
   */
  private async notifyMentioned(viewer: Viewer, comment: CommentDoc, recipients: readonly string[]) {
    const recipientIds = recipients.filter((userId) => userId !== viewer.userId);
    if (recipientIds.length === 0) return;
    try {
      const ref = { entityType: comment.entity_type, entityId: comment.entity_id };
      const [author, target] = await Promise.all([
        this.rows.load('USER', viewer.userId),
        this.rowAbout(ref),
      ]);
      await this.notifications.send({
        senderId: viewer.userId, recipientIds,
        title: truncated(`${author?.name ?? 'Someone'} mentioned you${target ? ` on ${target}` : ''}`, NOTIFICATION_LIMITS.title),
        body: truncated(comment.body, NOTIFICATION_LIMITS.body), channels: ['in_app'], priority: 'normal', entity: ref,
      });
    } catch (error) {
      this.logger?.warn({ err: error, commentId: comment._id.toHexString() }, 'the notifications of a comment\'s mentions were not sent');
    }
  }

  private async rowAbout(ref: EntityRef): Promise<string | undefined> {
    const kind = kindOfEntityType(ref.entityType);
    const row = kind ? await this.rows.load(kind, ref.entityId) : null;
    return kind && row ? rowLabel(kind, row) : undefined;
  }
}
