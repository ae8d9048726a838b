import { createHash } from 'node:crypto';
import { ObjectId } from 'mongodb';
import type { PoolClient } from 'pg';
import { directKey, READ_ALL_ID, type ConversationKind, type MemberRole } from '../chat/conversations';
import type { SeedDocument } from './documents/context';
import type { DemoTenant } from './relational';

/** The demo's channels, what the seeded messages are said in (seed/documents/messaging.ts). */
export const DEMO_CHANNELS = [
  { name: 'general', topic: 'Announcements and everything else' },
  { name: 'site-ops', topic: 'What happens on site today' },
  { name: 'procurement', topic: 'Purchase orders, quotes and deliveries' },
] as const;

const DAY = 86_400_000;

/**
 * A conversation's id from the tenant and what it is, without drawing from the seed's generator:
 * the rest of the demo data stays as it was before chat was seeded.
 */
export function seedConversationId(tenantId: string, key: string): string {
  const hex = createHash('sha1').update(`chat:${tenantId}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The direct conversation of the tenant's first two users (alice and bob in acme). */
export function demoDirect(data: DemoTenant) {
  const people = data.users.slice(0, 2).map((user) => user.id);
  return people.length === 2 ? { id: seedConversationId(data.tenant.id, directKey(people)), people } : undefined;
}

/** A few lines between the first two users, at fixed times before the anchor (ids without the generator). */
export function directMessages(data: DemoTenant, anchor: Date): SeedDocument<'chat_message'>[] {
  const direct = demoDirect(data);
  if (!direct) return [];
  const [first, second] = direct.people as [string, string];
  const lines: [string, string, number][] = [
    [first, 'Can you cover the site walk tomorrow morning?', 26 * 3_600_000],
    [second, 'Sure, 7:30 at the gate?', 25 * 3_600_000],
    [first, 'Perfect, thanks. Bring the updated drawings.', 3 * 3_600_000],
  ];
  return lines.map(([sender, body, before], i) => {
    const sentAt = new Date(anchor.getTime() - before);
    const tail = createHash('sha1').update(`${direct.id}:${i}`).digest('hex').slice(0, 16);
    return {
      _id: new ObjectId(`${Math.floor(sentAt.getTime() / 1000).toString(16).padStart(8, '0')}${tail}`),
      channel_id: direct.id, sender_id: sender, body, mentions: [], attachments: [], reactions: [], sent_at: sentAt,
    };
  });
}

export interface SeedConversation {
  id: string;
  kind: ConversationKind;
  name: string | null;
  topic: string | null;
  directKey: string | null;
  createdBy: string;
  createdAt: Date;
  lastMessageId: string | null;
  lastActivityAt: Date;
  members: { userId: string; role: MemberRole; lastReadAt: Date; lastReadId: string }[];
}

/**
 * The tenant's conversations for its seeded messages: every user in every channel (any of them
 * may have said something), the first user its admin; members have read up to two days before
 * the anchor, so recent messages are unread; the second person of the direct conversation has
 * read all but its last line.
 */
export function demoConversations(data: DemoTenant, messages: readonly SeedDocument<'chat_message'>[], anchor: Date): SeedConversation[] {
  const createdAt = new Date(anchor.getTime() - 30 * DAY);
  const readUntil = new Date(anchor.getTime() - 2 * DAY);
  const lastOf = (id: string) => messages.filter((m) => m.channel_id === id && !m.thread_id)
    .reduce<SeedDocument<'chat_message'> | undefined>((last, m) => (!last || m.sent_at > last.sent_at ? m : last), undefined);
  const withActivity = (id: string) => {
    const last = lastOf(id);
    return { lastMessageId: last?._id.toHexString() ?? null, lastActivityAt: last?.sent_at ?? createdAt };
  };
  const admin = data.users[0]!.id;
  const channels: SeedConversation[] = DEMO_CHANNELS.map(({ name, topic }) => {
    const id = seedConversationId(data.tenant.id, `#${name}`);
    return {
      id, kind: 'CHANNEL', name, topic, directKey: null, createdBy: admin, createdAt, ...withActivity(id),
      members: data.users.map((user) => ({ userId: user.id, role: user.id === admin ? 'ADMIN' : 'MEMBER', lastReadAt: readUntil, lastReadId: READ_ALL_ID })),
    };
  });
  const direct = demoDirect(data);
  if (!direct) return channels;
  const lines = messages.filter((m) => m.channel_id === direct.id).sort((a, b) => a.sent_at.getTime() - b.sent_at.getTime());
  const secondLast = lines.at(-2);
  return [...channels, {
    id: direct.id, kind: 'DIRECT', name: null, topic: null, directKey: directKey(direct.people), createdBy: direct.people[0]!, createdAt,
    ...withActivity(direct.id),
    members: direct.people.map((userId, i) => ({
      userId, role: 'MEMBER',
      ...(i === 1 && secondLast ? { lastReadAt: secondLast.sent_at, lastReadId: secondLast._id.toHexString() } : { lastReadAt: anchor, lastReadId: READ_ALL_ID }),
    })),
  }];
}

/** Inserts one tenant's conversations and members, one statement each. */
export async function insertConversations(client: PoolClient, tenantId: string, conversations: readonly SeedConversation[]) {
  if (conversations.length === 0) return;
  await client.query(
    `INSERT INTO chat_conversations (id, tenant_id, kind, name, topic, direct_key, created_by, created_at, last_message_id, last_activity_at)
     SELECT c.id, $1, c.kind, c.name, c.topic, c.direct_key, c.created_by, c.created_at, c.last_message_id, c.last_activity_at
     FROM json_populate_recordset(null::chat_conversations, $2::json) c`,
    [tenantId, JSON.stringify(conversations.map((c) => ({
      id: c.id, kind: c.kind, name: c.name, topic: c.topic, direct_key: c.directKey, created_by: c.createdBy, created_at: c.createdAt,
      last_message_id: c.lastMessageId, last_activity_at: c.lastActivityAt,
    })))],
  );
  await client.query(
    `INSERT INTO chat_members (tenant_id, conversation_id, user_id, role, joined_at, last_read_at, last_read_id)
     SELECT $1, m.conversation_id, m.user_id, m.role, m.joined_at, m.last_read_at, m.last_read_id FROM json_populate_recordset(null::chat_members, $2::json) m`,
    [tenantId, JSON.stringify(conversations.flatMap((c) => c.members.map((m) => ({
      conversation_id: c.id, user_id: m.userId, role: m.role, joined_at: c.createdAt, last_read_at: m.lastReadAt, last_read_id: m.lastReadId,
    }))))],
  );
}
