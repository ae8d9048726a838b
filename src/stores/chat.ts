import type { Pool, PoolClient } from 'pg';
import type { ConversationRow, MemberConversation, MemberRole, Membership } from '../chat/conversations';
import type { Keyset } from './keyset';
import { isUuid, statement } from './sql';
import { inTransaction } from './transaction';

const CONVERSATION = `c.id, c.kind, c.name, c.topic, c.private, c.created_by AS "createdBy", c.created_at AS "createdAt",
  c.archived_at AS "archivedAt", c.last_message_id AS "lastMessageId", c.last_activity_at AS "lastActivityAt"`;
const MEMBER = `m.conversation_id AS "conversationId", m.user_id AS "userId", m.role, m.joined_at AS "joinedAt",
  m.last_read_at AS "lastReadAt", m.last_read_id AS "lastReadId"`;
/** A conversation with the reader's membership (null when they are not in it). */
const WITH_MEMBERSHIP = `SELECT ${CONVERSATION}, ${MEMBER} FROM chat_conversations c
  LEFT JOIN chat_members m ON m.tenant_id = c.tenant_id AND m.conversation_id = c.id AND m.user_id = $2`;
const JOIN_OWN = `FROM chat_members m JOIN chat_conversations c ON c.tenant_id = m.tenant_id AND c.id = m.conversation_id`;

const TEXTS = {
  memberOf: 'SELECT conversation_id AS id FROM chat_members WHERE tenant_id = $1 AND user_id = $2',
  byIds: `${WITH_MEMBERSHIP} WHERE c.tenant_id = $1 AND c.id = ANY($3::uuid[])`,
  ownPage: (after: boolean, archived: boolean) => `SELECT ${CONVERSATION}, ${MEMBER} ${JOIN_OWN}
    WHERE m.tenant_id = $1 AND m.user_id = $2${archived ? '' : ' AND c.archived_at IS NULL'}
    ${after ? 'AND (c.last_activity_at, c.id) < ($4, $5::uuid)' : ''} ORDER BY c.last_activity_at DESC, c.id DESC LIMIT $3`,
  publicPage: (after: boolean) => `${WITH_MEMBERSHIP}
    WHERE c.tenant_id = $1 AND c.kind = 'CHANNEL' AND NOT c.private AND c.archived_at IS NULL
    ${after ? 'AND (c.last_activity_at, c.id) < ($4, $5::uuid)' : ''} ORDER BY c.last_activity_at DESC, c.id DESC LIMIT $3`,
  members: `SELECT ${MEMBER} FROM chat_members m WHERE m.tenant_id = $1 AND m.conversation_id = ANY($2::uuid[]) ORDER BY m.joined_at, m.user_id`,
  insertChannel: `INSERT INTO chat_conversations (tenant_id, kind, name, topic, private, created_by) VALUES ($1, 'CHANNEL', $2, $3, $4, $5)
    RETURNING id`,
  // One statement: two people opening their conversation at once both get the same one.
  openDirect: `WITH created AS (
      INSERT INTO chat_conversations (tenant_id, kind, direct_key, created_by) VALUES ($1, 'DIRECT', $2, $3)
      ON CONFLICT (tenant_id, direct_key) WHERE kind = 'DIRECT' DO NOTHING RETURNING id
    ), members AS (
      INSERT INTO chat_members (tenant_id, conversation_id, user_id, role) SELECT $1, created.id, u, 'MEMBER' FROM created, unnest($4::uuid[]) u
    )
    SELECT id, true AS created FROM created
    UNION ALL SELECT id, false FROM chat_conversations WHERE tenant_id = $1 AND kind = 'DIRECT' AND direct_key = $2`,
  directByKey: "SELECT id FROM chat_conversations WHERE tenant_id = $1 AND kind = 'DIRECT' AND direct_key = $2",
  addMembers: `INSERT INTO chat_members (tenant_id, conversation_id, user_id, role) SELECT $1, $2, u, $4 FROM unnest($3::uuid[]) u
    ON CONFLICT DO NOTHING RETURNING user_id AS "userId"`,
  lock: `SELECT ${CONVERSATION}, ${MEMBER} FROM chat_conversations c
    LEFT JOIN chat_members m ON m.tenant_id = c.tenant_id AND m.conversation_id = c.id AND m.user_id = $3
    WHERE c.tenant_id = $1 AND c.id = $2 FOR UPDATE OF c`,
  removeMember: 'DELETE FROM chat_members WHERE tenant_id = $1 AND conversation_id = $2 AND user_id = $3',
  // A channel always has an admin while it has members: the longest-standing member becomes one.
  keepAnAdmin: `UPDATE chat_members SET role = 'ADMIN' WHERE tenant_id = $1 AND conversation_id = $2 AND user_id = (
      SELECT user_id FROM chat_members WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY joined_at, user_id LIMIT 1)
    AND NOT EXISTS (SELECT 1 FROM chat_members WHERE tenant_id = $1 AND conversation_id = $2 AND role = 'ADMIN')`,
  rename: "UPDATE chat_conversations SET name = $3 WHERE tenant_id = $1 AND id = $2 AND kind = 'CHANNEL'",
  topic: "UPDATE chat_conversations SET topic = $3 WHERE tenant_id = $1 AND id = $2 AND kind = 'CHANNEL'",
  archive: `UPDATE chat_conversations SET archived_at = CASE WHEN $3 THEN coalesce(archived_at, now()) END
    WHERE tenant_id = $1 AND id = $2 AND kind = 'CHANNEL'`,
  // Read positions only move forward: a second device that read less does not mark messages unread again.
  markRead: `WITH moved AS (
      UPDATE chat_members SET last_read_at = $4, last_read_id = $5
      WHERE tenant_id = $1 AND conversation_id = $2 AND user_id = $3 AND (last_read_at, last_read_id) < ($4, $5) RETURNING *
    )
    SELECT conversation_id AS "conversationId", user_id AS "userId", role, joined_at AS "joinedAt", last_read_at AS "lastReadAt",
      last_read_id AS "lastReadId" FROM (SELECT * FROM moved UNION ALL
      SELECT * FROM chat_members WHERE tenant_id = $1 AND conversation_id = $2 AND user_id = $3 AND NOT EXISTS (SELECT 1 FROM moved)) m`,
  // Messages of one conversation may be written out of order by two instances: the newest wins.
  recordMessage: `UPDATE chat_conversations SET last_message_id = $3, last_activity_at = $4
    WHERE tenant_id = $1 AND id = $2 AND (last_activity_at, coalesce(last_message_id, '')) < ($4, $3)`,
} as const;

type Joined = ConversationRow & Partial<Membership>;

const split = ({ conversationId, userId, role, joinedAt, lastReadAt, lastReadId, ...conversation }: Joined): MemberConversation => ({
  ...conversation,
  membership: userId ? { conversationId: conversationId!, userId, role: role!, joinedAt: joinedAt!, lastReadAt: lastReadAt!, lastReadId: lastReadId! } : null,
});

/** What a membership change found, under the conversation's row lock. */
export interface Locked {
  conversation: MemberConversation;
  client: PoolClient;
}

/**
 * Chat conversations and their members for one tenant (tables chat_conversations, chat_members).
 * The tenant is the first parameter of every statement; ids that are not uuids match nothing.
 * Membership changes run under a lock of the conversation's row, so two admins leaving at once
 * cannot leave a channel without one.
 */
export class ChatStore {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  async conversationIdsOf(userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const { rows } = await this.pool.query(statement(TEXTS.memberOf, [this.tenantId, userId]));
    return rows.map((row: { id: string }) => row.id);
  }

  /** The conversations with `ids`, each with `userId`'s membership; in no particular order. */
  async byIds(userId: string, ids: readonly string[]): Promise<MemberConversation[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0 || !isUuid(userId)) return [];
    const { rows } = await this.pool.query(statement(TEXTS.byIds, [this.tenantId, userId, valid]));
    return (rows as Joined[]).map(split);
  }

  /** `limit` of the user's conversations, most recently active first, after `after`. */
  async ownPage(userId: string, limit: number, after: Keyset | undefined, includeArchived: boolean): Promise<MemberConversation[]> {
    if (!isUuid(userId) || (after && !isUuid(after.id))) return [];
    const text = TEXTS.ownPage(!!after, includeArchived);
    const { rows } = await this.pool.query(statement(text, [this.tenantId, userId, limit, ...(after ? [after.at, after.id] : [])]));
    return (rows as Joined[]).map(split);
  }

  /** The channels anyone of the tenant may join, most recently active first, with `userId`'s membership. */
  async publicPage(userId: string, limit: number, after: Keyset | undefined): Promise<MemberConversation[]> {
    if (!isUuid(userId) || (after && !isUuid(after.id))) return [];
    const { rows } = await this.pool.query(statement(TEXTS.publicPage(!!after), [this.tenantId, userId, limit, ...(after ? [after.at, after.id] : [])]));
    return (rows as Joined[]).map(split);
  }

  async members(conversationIds: readonly string[]): Promise<Membership[]> {
    const valid = [...new Set(conversationIds.filter(isUuid))];
    if (valid.length === 0) return [];
    const { rows } = await this.pool.query(statement(TEXTS.members, [this.tenantId, valid]));
    return rows as Membership[];
  }

  /** A new channel, its creator its admin, the others members, in one transaction. PostgreSQL's errors pass through (23505: the name is taken). */
  createChannel(input: { name: string; topic: string | null; private: boolean; createdBy: string; memberIds: readonly string[] }): Promise<string> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query(statement(TEXTS.insertChannel, [this.tenantId, input.name, input.topic, input.private, input.createdBy]));
      const id = (rows[0] as { id: string }).id;
      await client.query(statement(TEXTS.addMembers, [this.tenantId, id, [input.createdBy], 'ADMIN']));
      const others = input.memberIds.filter((userId) => userId !== input.createdBy);
      if (others.length > 0) await client.query(statement(TEXTS.addMembers, [this.tenantId, id, others, 'MEMBER']));
      return id;
    });
  }

  /** The direct conversation of exactly these people, made (`created`) when it does not exist yet. */
  async openDirect(key: string, userIds: readonly string[], createdBy: string): Promise<{ id: string; created: boolean }> {
    const { rows } = await this.pool.query(statement(TEXTS.openDirect, [this.tenantId, key, createdBy, userIds]));
    if (rows[0]) return rows[0] as { id: string; created: boolean };
    // Another opener's insert committed while this one waited on it: invisible to this
    // statement's snapshot (taken before the wait), visible to the next statement's.
    const { rows: [existing] } = await this.pool.query(statement(TEXTS.directByKey, [this.tenantId, key]));
    return { id: (existing as { id: string }).id, created: false };
  }

  /**
   * `work` in a transaction holding the conversation's row lock, given the conversation with
   * `userId`'s membership (null when the tenant has no such conversation; nothing is locked then).
   */
  async locked<T>(conversationId: string, userId: string, work: (found: MemberConversation | null, changes: MembershipChanges) => Promise<T>): Promise<T> {
    if (!isUuid(conversationId) || !isUuid(userId)) return work(null, new MembershipChanges(this.pool, this.tenantId, conversationId));
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query(statement(TEXTS.lock, [this.tenantId, conversationId, userId]));
      const found = rows[0] ? split(rows[0] as Joined) : null;
      return work(found, new MembershipChanges(client, this.tenantId, conversationId));
    });
  }

  async markRead(conversationId: string, userId: string, at: Date, messageId: string): Promise<Membership | null> {
    if (!isUuid(conversationId) || !isUuid(userId)) return null;
    const { rows } = await this.pool.query(statement(TEXTS.markRead, [this.tenantId, conversationId, userId, at, messageId]));
    return (rows[0] as Membership | undefined) ?? null;
  }

  /** After a message is stored: the conversation's last message and activity, unless a newer one is already there. */
  async recordMessage(conversationId: string, messageId: string, sentAt: Date): Promise<void> {
    await this.pool.query(statement(TEXTS.recordMessage, [this.tenantId, conversationId, messageId, sentAt]));
  }
}

/** The statements of one conversation's membership change, on the locking transaction's connection. */
export class MembershipChanges {
  constructor(
    private readonly db: Pool | PoolClient,
    private readonly tenantId: string,
    private readonly conversationId: string,
  ) {}

  /** The users among `userIds` who were not members yet, now members. */
  async add(userIds: readonly string[], role: MemberRole = 'MEMBER'): Promise<string[]> {
    if (userIds.length === 0) return [];
    const { rows } = await this.db.query(statement(TEXTS.addMembers, [this.tenantId, this.conversationId, userIds, role]));
    return rows.map((row: { userId: string }) => row.userId);
  }

  /** Removes the member; if that took the last admin, the longest-standing member becomes one. */
  async remove(userId: string): Promise<boolean> {
    const { rowCount } = await this.db.query(statement(TEXTS.removeMember, [this.tenantId, this.conversationId, userId]));
    if (!rowCount) return false;
    await this.db.query(statement(TEXTS.keepAnAdmin, [this.tenantId, this.conversationId]));
    return true;
  }

  async rename(name: string): Promise<void> {
    await this.db.query(statement(TEXTS.rename, [this.tenantId, this.conversationId, name]));
  }

  async setTopic(topic: string | null): Promise<void> {
    await this.db.query(statement(TEXTS.topic, [this.tenantId, this.conversationId, topic]));
  }

  async setArchived(archived: boolean): Promise<void> {
    await this.db.query(statement(TEXTS.archive, [this.tenantId, this.conversationId, archived]));
  }
}
