import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { evaluateMention, type Mention } from '../../src/alerts/evaluate';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, startTestGateway, type TestGateway } from '../support/gateway';
import { insertAlertConfig, notificationsOf } from './support';

/**
 * evaluateMention, the function the chat write path calls once a message is stored: the
 * mentioned users' message.mentioned_me configs notify their owners, once per message.
 */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'mentions', 1);
  globex = await createTenant(gw.backends.pg, 'mentions-other', 1);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await Promise.all(['user_alert_config', 'notification_delivery'].map((name) => db.collection(name).deleteMany({ tenant_id: tenant.id })));
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

const mention = (overrides: Partial<Mention> = {}): Mention => ({
  tenantId: acme.id, messageId: randomUUID(), authorId: acme.admin.id, mentionedUserIds: [acme.member.id],
  where: '#procurement', text: '@member can you check the quote?', sentAt: new Date(), ...overrides,
});

it("notifies the mentioned user's enabled configs once per message, never the author's, never another tenant's", async () => {
  await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'message.mentioned_me', condition: 'changed', channels: ['push', 'in_app'], name: 'Mentions' });
  await insertAlertConfig(db, acme.id, acme.member.id, { metric: 'message.mentioned_me', condition: 'changed', enabled: false });
  await insertAlertConfig(db, acme.id, acme.admin.id, { metric: 'message.mentioned_me', condition: 'changed' });
  // Same user ids in another tenant's configs would be a leak: globex's member is mentioned nowhere in acme.
  await insertAlertConfig(db, globex.id, acme.member.id, { metric: 'message.mentioned_me', condition: 'changed' });

  const message = mention({ mentionedUserIds: [acme.member.id, acme.admin.id, acme.member.id] }); // the author mentions themself too
  const counted = countMongoCommands(gw.backends.mongoClient);
  let written;
  try {
    written = await evaluateMention({ mongo: db }, message);
    expect(counted.commands).toEqual(['find', 'insert']);
  } finally {
    counted.restore();
  }
  expect(written.map((doc) => doc.recipient_id)).toEqual([acme.member.id]);
  const docs = await notificationsOf(db, acme.id);
  expect(docs).toHaveLength(1);
  expect(docs[0]).toMatchObject({
    recipient_id: acme.member.id, sender_id: acme.admin.id, title: 'Mentions', channels: ['push', 'in_app'],
    body: 'You were mentioned in #procurement: "@member can you check the quote?"',
  });
  expect(await notificationsOf(db, globex.id)).toEqual([]);

  // The write path retried, or two instances told of the same message: nothing more.
  const again = await Promise.all([evaluateMention({ mongo: db }, message), evaluateMention({ mongo: db }, message)]);
  expect(again.flat()).toEqual([]);
  expect(await notificationsOf(db, acme.id)).toHaveLength(1);

  // Another message is another notification, about its row when it has one.
  await evaluateMention({ mongo: db }, mention({ entity: { entityType: 'project', entityId: acme.projects[0]!.id }, text: 'x'.repeat(500) }));
  const latest = (await notificationsOf(db, acme.id))[1]!;
  expect(latest).toMatchObject({ entity_type: 'project', entity_id: acme.projects[0]!.id });
  expect(latest.body.length).toBeLessThan(260);
});

it('costs nothing when nobody but the author is mentioned', async () => {
  const counted = countMongoCommands(gw.backends.mongoClient);
  try {
    expect(await evaluateMention({ mongo: db }, mention({ mentionedUserIds: [acme.admin.id] }))).toEqual([]);
    expect(counted.commands).toEqual([]);
  } finally {
    counted.restore();
  }
});
