import { generateDemo } from '../../src/seed/demo';
import { seedSizes } from '../../src/seed/sizes';

/** The demo's conversations (generators only, no service): every seeded message is in one, said by a member. */
const anchor = new Date('2026-12-01T00:00:00Z');
const demo = generateDemo(seedSizes.small, anchor);

describe.each(demo.tenants.map((t, i) => [t.tenant.slug, i] as const))('tenant %s', (_, tenant) => {
  const conversations = demo.conversations[tenant]!;
  const messages = demo.documents[tenant]!.chat_message;

  it('has three channels and a direct conversation of its first two users, ids the same on every run', () => {
    expect(conversations.map((c) => c.name)).toEqual(['general', 'site-ops', 'procurement', null]);
    const users = demo.tenants[tenant]!.users.slice(0, 2).map((u) => u.id);
    expect(conversations[3]!.members.map((m) => m.userId)).toEqual(users);
    expect(generateDemo(seedSizes.small, anchor).conversations[tenant]!.map((c) => c.id)).toEqual(conversations.map((c) => c.id));
  });

  it('puts every message in a conversation its sender is a member of, and knows each one\'s last message', () => {
    const byId = new Map(conversations.map((c) => [c.id, c]));
    for (const message of messages) {
      const conversation = byId.get(message.channel_id);
      expect(conversation).toBeDefined();
      if (message.sender_id) expect(conversation!.members.map((m) => m.userId)).toContain(message.sender_id);
    }
    for (const conversation of conversations) {
      const newest = messages.filter((m) => m.channel_id === conversation.id && !m.thread_id).sort((a, b) => b.sent_at.getTime() - a.sent_at.getTime())[0];
      expect(conversation.lastMessageId).toBe(newest?._id.toHexString() ?? null);
    }
  });

  it('leaves some messages unread: members have read up to before the newest', () => {
    const unread = conversations.some((c) => c.members.some((m) => messages.some((msg) => msg.channel_id === c.id && msg.sent_at > m.lastReadAt)));
    expect(unread).toBe(true);
  });
});
