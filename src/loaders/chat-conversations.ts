import type { Viewer } from '../auth/viewer';
import {
  CHANNEL_NAME, CHAT_LIMITS as LIMITS, directKey, normalisedChannelName, READ_ALL_ID, type ChatEvent, type ConversationChange, type MemberConversation,
} from '../chat/conversations';
import { badUserInput, forbidden } from '../errors';
import type { ChatStore, MembershipChanges } from '../stores/chat';
import { isUuid } from '../stores/sql';
import type { ChatLoaders } from './chat';
import type { RowLoaders } from './rows';

export interface NewChannel {
  name: string;
  topic?: string | null | undefined;
  private?: boolean | null | undefined;
  memberIds?: readonly string[] | null | undefined;
}

export interface ChannelChange {
  id: string;
  name?: string | null | undefined;
  topic?: string | null | undefined;
}

const channelName = (name: string) => {
  const normalised = normalisedChannelName(name);
  if (!CHANNEL_NAME.test(normalised)) {
    throw badUserInput('name must be 1 to 80 lower-case letters, digits, - or _, starting with a letter or digit.', 'name');
  }
  return normalised;
};

const topicOf = (topic: string | null | undefined) => {
  if (topic == null || topic.trim() === '') return null;
  if (topic.length > LIMITS.topic) throw badUserInput(`topic is at most ${LIMITS.topic} characters.`, 'topic');
  return topic.trim();
};

/** PostgreSQL's unique violation: a channel of the tenant has the name already. */
const nameTaken = (error: unknown, name: string) => {
  if ((error as { code?: string }).code === '23505') throw badUserInput(`The channel #${name} exists already.`, 'name');
  throw error;
};

/**
 * Conversations and their members, by the rules of a chat product: anyone of the tenant creates
 * channels (becoming their admin) and joins the public ones; members add people; only a
 * channel's admins rename, archive or remove others; anyone leaves a channel (its longest-standing
 * member becomes admin when the last admin goes). Direct conversations are a fixed set of people:
 * nobody joins, leaves or renames them. Every check runs under the conversation's row lock, in the
 * transaction of the change. Each change is told to `emit` once it is committed, for the members
 * following the conversation live.
 */
export class ConversationWrites {
  constructor(
    private readonly store: ChatStore,
    private readonly chat: ChatLoaders,
    private readonly rows: RowLoaders,
    private readonly emit: (event: ChatEvent) => void,
  ) {}

  async createChannel(viewer: Viewer, input: NewChannel): Promise<MemberConversation> {
    const name = channelName(input.name);
    const topic = topicOf(input.topic);
    const memberIds = await this.usersOfTenant(input.memberIds ?? [], 'memberIds');
    const id = await this.store.createChannel({ name, topic, private: input.private ?? false, createdBy: viewer.userId, memberIds })
      .catch((error: unknown) => nameTaken(error, name));
    // Told as its people joining: their inboxes follow it from now.
    return this.reread(viewer, id, 'joined', [...new Set([viewer.userId, ...memberIds])]);
  }

  /** The one direct conversation of the viewer and `userIds` (only the viewer: their notes to self). */
  async openDirect(viewer: Viewer, userIds: readonly string[]): Promise<MemberConversation> {
    const people = [...new Set([viewer.userId, ...(await this.usersOfTenant(userIds, 'userIds'))])];
    if (people.length > LIMITS.directPeople) throw badUserInput(`A direct conversation is at most ${LIMITS.directPeople} people; make a channel.`, 'userIds');
    const { id, created } = await this.store.openDirect(directKey(people), people, viewer.userId);
    return this.reread(viewer, id, 'joined', created ? people : []);
  }

  async updateChannel(viewer: Viewer, change: ChannelChange): Promise<MemberConversation> {
    const name = change.name == null ? undefined : channelName(change.name);
    const topic = change.topic === undefined ? undefined : topicOf(change.topic);
    await this.asAdmin(viewer, change.id, 'update', async (_found, changes) => {
      if (name !== undefined) await changes.rename(name).catch((error: unknown) => nameTaken(error, name));
      if (topic !== undefined) await changes.setTopic(topic);
    });
    return this.reread(viewer, change.id, 'updated');
  }

  async setArchived(viewer: Viewer, id: string, archived: boolean): Promise<MemberConversation> {
    await this.asAdmin(viewer, id, 'archive', (_found, changes) => changes.setArchived(archived), { archivedToo: true });
    return this.reread(viewer, id, archived ? 'archived' : 'unarchived');
  }

  async join(viewer: Viewer, id: string): Promise<MemberConversation> {
    const joined = await this.store.locked(id, viewer.userId, async (found, changes) => {
      const channel = this.openChannel(found, id);
      return channel.membership ? [] : changes.add([viewer.userId]);
    });
    return this.reread(viewer, id, 'joined', joined);
  }

  /** true once the viewer is not in the channel (also when they were not). */
  async leave(viewer: Viewer, id: string): Promise<boolean> {
    const left = await this.store.locked(id, viewer.userId, async (found, changes) => {
      const channel = this.visibleChannel(found, id);
      return { id: channel.id, was: !!channel.membership && (await changes.remove(viewer.userId)) };
    });
    this.chat.forget(left.id);
    if (left.was) this.emit({ kind: 'changed', conversationId: left.id, change: 'left', userIds: [viewer.userId] });
    return true;
  }

  async addMembers(viewer: Viewer, id: string, userIds: readonly string[]): Promise<MemberConversation> {
    if (userIds.length === 0 || userIds.length > LIMITS.membersPerCall) throw badUserInput(`userIds is 1 to ${LIMITS.membersPerCall} users.`, 'userIds');
    const users = await this.usersOfTenant(userIds, 'userIds');
    const added = await this.store.locked(id, viewer.userId, async (found, changes) => {
      const channel = this.openChannel(found, id);
      if (!channel.membership) throw forbidden('Only the members of a channel add people to it.');
      return changes.add(users);
    });
    return this.reread(viewer, id, 'joined', added);
  }

  async removeMember(viewer: Viewer, id: string, userId: string): Promise<MemberConversation> {
    if (!isUuid(userId)) throw badUserInput(`${userId} is not a member of the channel.`, 'userId');
    const removed = userId.toLowerCase();
    await this.asAdmin(viewer, id, 'remove members of', async (_found, changes) => {
      if (!(await changes.remove(removed))) throw badUserInput(`${userId} is not a member of the channel.`, 'userId');
    }, { archivedToo: true });
    return this.reread(viewer, id, 'left', [removed]);
  }

  /**
   * Moves the viewer's read position forward to `messageId`, or to everything sent so far; never
   * back. The conversation comes back with its new unread count.
   */
  async markRead(viewer: Viewer, id: string, messageId?: string | null): Promise<MemberConversation> {
    const conversation = await this.chat.ofMember(viewer, id, 'id');
    let position = { at: new Date(), id: READ_ALL_ID };
    if (messageId != null) {
      const message = await this.chat.message(conversation.id, messageId);
      if (!message) throw badUserInput(`No message ${messageId} in the conversation.`, 'messageId');
      position = { at: message.sent_at, id: message._id.toHexString() };
    }
    const membership = await this.store.markRead(conversation.id, viewer.userId, position.at, position.id);
    if (!membership) throw badUserInput(`No conversation ${id} in your tenant.`, 'id'); // left in between
    this.emit({ kind: 'read', conversationId: conversation.id, membership });
    return { ...conversation, membership };
  }

  /** The users of the tenant `ids` name, lower-cased and distinct; BAD_USER_INPUT naming `field` for any other. */
  private usersOfTenant(ids: readonly string[], field: string): Promise<string[]> {
    if (ids.length > LIMITS.membersPerCall) throw badUserInput(`${field} is at most ${LIMITS.membersPerCall} users.`, field);
    return this.rows.usersOfTenant(ids, field);
  }

  private async asAdmin(
    viewer: Viewer, id: string, action: string, work: (found: MemberConversation, changes: MembershipChanges) => Promise<void>,
    { archivedToo = false } = {},
  ): Promise<void> {
    await this.store.locked(id, viewer.userId, async (found, changes) => {
      const channel = archivedToo ? this.visibleChannel(found, id) : this.openChannel(found, id);
      if (channel.membership?.role !== 'ADMIN') throw forbidden(`Only the admins of a channel ${action} it.`);
      await work(channel, changes);
    });
  }

  /** A channel the viewer may see (theirs or public); a direct conversation is refused: its people are fixed. */
  private visibleChannel(found: MemberConversation | null, id: string): MemberConversation {
    if (!found || (!found.membership && (found.kind !== 'CHANNEL' || found.private))) throw badUserInput(`No conversation ${id} in your tenant.`, 'id');
    if (found.kind !== 'CHANNEL') throw badUserInput('A direct conversation has fixed people and no name: nobody joins, leaves, renames or archives it.', 'id');
    return found;
  }

  /** A visible channel that is not archived: an archived channel is read-only. */
  private openChannel(found: MemberConversation | null, id: string): MemberConversation {
    const channel = this.visibleChannel(found, id);
    if (channel.archivedAt) throw badUserInput('The channel is archived: unarchive it first.', 'id');
    return channel;
  }

  /**
   * The conversation as the viewer sees it after a change, the change told to `emit` first (it is
   * committed: an admin who removed themselves from a private channel no longer sees it, and the
   * others must still learn of it).
   */
  private async reread(viewer: Viewer, id: string, change?: ConversationChange, userIds: readonly string[] = []): Promise<MemberConversation> {
    // Joining a channel one is in already, or adding its members again, changes nothing to tell.
    const nobodyMoved = (change === 'joined' || change === 'left') && userIds.length === 0;
    if (change && !nobodyMoved) this.emit({ kind: 'changed', conversationId: id.toLowerCase(), change, userIds: [...userIds] });
    this.chat.forget(id);
    const conversation = await this.chat.conversation(viewer, id);
    if (!conversation) throw badUserInput(`No conversation ${id} in your tenant.`, 'id');
    return conversation;
  }
}

