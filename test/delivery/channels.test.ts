import { ObjectId } from 'mongodb';
import { documentProblems } from '../../src/catalogue/validate';
import { startProviderReceiver, startSmtpSink, type ProviderReceiver, type SmtpSink } from '../support/channel-receivers';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { connect, eventually, listeners, listening, UPDATED } from '../live/support';
import { MessageOutbox, MessageQueue } from '../../src/stores/message-outbox';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

// One file, run in order, because every dispatcher claims from the one message_outbox: a gateway of
// another file running at the same time would send this file's messages to its own receivers.

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id status recipient { id } } }`;
const PREFS = `mutation($input: PreferencesInput!) { updatePreferences(input: $input) { disabledChannels phoneNumber pushPlatforms } }`;
const LIST = `{ notifications(first: 10) { edges { node { id status deliveredAt } } } }`;

describe('real channels', () => {
  let smtp: SmtpSink;
  let provider: ProviderReceiver;
  let gw: TestGateway;
  let acme: FixtureTenant;
  let globex: FixtureTenant;
  let sender: string;
  let memberToken: string;
  let adminToken: string;

  beforeAll(async () => {
    [smtp, provider] = await Promise.all([startSmtpSink(), startProviderReceiver()]);
    gw = await startTestGateway({
      SMTP_URL: smtp.url, SMTP_FROM: 'Acme Notifications <notify@acme.example>',
      PUSH_PROVIDER_URL: provider.url('/push'), SMS_PROVIDER_URL: provider.url('/sms'), PROVIDER_AUTH_KEY: 'provider-key',
      DELIVERY_POLL_MS: '50', DELIVERY_BACKOFF_MS: '100', DELIVERY_ATTEMPTS: '3', DELIVERY_TIMEOUT_MS: '2000',
    });
    acme = await createTenant(gw.backends.pg, 'deliver-acme', 0);
    globex = await createTenant(gw.backends.pg, 'deliver-globex', 0);
    sender = await gw.tokenFor({ ...acme.admin, roles: ['sender'] });
    memberToken = await gw.tokenFor(acme.member);
    adminToken = await gw.tokenFor(acme.admin);
  });

  afterAll(async () => {
    const tenants = { tenant_id: { $in: [acme.id, globex.id] } };
    await Promise.all(['notification_delivery', 'email_communication', 'push_notification_log', 'sms_delivery_log', 'user_preference']
      .map((name) => gw.backends.mongo.collection(name).deleteMany(tenants)));
    await dropTenant(gw.backends.pg, acme);
    await dropTenant(gw.backends.pg, globex);
    await gw.stop();
    await Promise.all([smtp.close(), provider.close()]);
  });

  /** A phone number of the 555-01xx range, unique to the test. */
  let phones = 0;
  const newPhone = () => `+1415555${String(100 + (phones++ % 900)).padStart(4, '0')}`;

  async function send(input: Record<string, unknown>) {
    const res = await gw.query(SEND, { input: { title: 'Order approved', body: 'PO-1 was approved.', ...input } }, sender);
    expect(res.errors).toBeUndefined();
    return res.data!.sendNotification as { id: string; status: string; recipient: { id: string } }[];
  }

  const setPrefs = async (token: string, input: Record<string, unknown>) => {
    const res = await gw.query(PREFS, { input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.updatePreferences;
  };

  const notification = (id: string) => gw.backends.mongo.collection('notification_delivery').findOne({ _id: new ObjectId(id) });
  const records = (collection: string, notificationId: string) =>
    gw.backends.mongo.collection(collection).find({ notification_id: new ObjectId(notificationId) }).toArray();
  const statusOf = async (id: string) => (await notification(id))?.status;
  const queueRows = async (notificationId: string) =>
    (await gw.backends.pg.query('SELECT channel, status, attempts, last_error FROM message_outbox WHERE notification_id = $1', [notificationId])).rows;

  describe('email over SMTP', () => {
    it('arrives at the SMTP server for the recipient, is recorded in email_communication, and makes the notification DELIVERED', async () => {
      const [sent] = await send({ recipientIds: [acme.member.id], channels: ['IN_APP', 'EMAIL'] });
      expect(sent!.status).toBe('SENT');
      const mail = await eventually(() => smtp.mailsTo(acme.member.email)[0]);
      expect(mail!.to).toEqual([acme.member.email.toLowerCase()]);
      expect(mail!.from).toBe('notify@acme.example');
      expect(mail!.raw).toMatch(/^Subject: Order approved$/m);
      expect(mail!.raw).toContain('PO-1 was approved.');

      const record = await eventually(async () => (await records('email_communication', sent!.id))[0]);
      expect(documentProblems('email_communication', record!)).toEqual([]);
      expect(record).toMatchObject({
        tenant_id: acme.id, direction: 'outbound', status: 'sent', to_addresses: [acme.member.email],
        from_address: 'Acme Notifications <notify@acme.example>', subject: 'Order approved', body_text: 'PO-1 was approved.',
      });
      expect(record!.participants).toEqual(['notify@acme.example', acme.member.email.toLowerCase()]);
      // The header the mail carried is the one recorded: a re-import of the mailbox finds it.
      expect(mail!.raw).toContain(`Message-ID: ${record!.message_id}`);

      await eventually(async () => (await statusOf(sent!.id)) === 'delivered');
      const list = await gw.query(LIST, {}, memberToken);
      expect(list.data!.notifications.edges[0].node).toMatchObject({ id: sent!.id, status: 'DELIVERED' });
      expect(await queueRows(sent!.id)).toEqual([{ channel: 'email', status: 'sent', attempts: 1, last_error: null }]);
    });

    it('is FAILED when the SMTP server refuses the recipient (550), without a retry', async () => {
      smtp.reject.add(acme.admin.email.toLowerCase());
      try {
        const [sent] = await send({ recipientIds: [acme.admin.id], channels: ['EMAIL'] });
        await eventually(async () => (await statusOf(sent!.id)) === 'failed');
        const [record] = await records('email_communication', sent!.id);
        expect(record).toMatchObject({ status: 'bounced', to_addresses: [acme.admin.email] });
        expect(documentProblems('email_communication', record!)).toEqual([]);
        const [row] = await queueRows(sent!.id);
        expect(row).toMatchObject({ status: 'failed', attempts: 1 });
        expect(row.last_error).toMatch(/550|No such mailbox/);
      } finally {
        smtp.reject.clear();
      }
    });
  });

  describe('push and SMS through the provider', () => {
    it('delivers once after a retry when the provider answers 500 then 200', async () => {
      const token = `device-${new ObjectId().toHexString()}`;
      await setPrefs(memberToken, { pushDevices: [{ platform: 'IOS', token }] });
      provider.script.set(token, [500, 200]);
      const [sent] = await send({ recipientIds: [acme.member.id], channels: ['PUSH'] });
      await eventually(async () => (await statusOf(sent!.id)) === 'delivered');

      const requests = provider.requestsTo(token);
      expect(requests.map((r) => r.status)).toEqual([500, 200]);
      // Both attempts are the same message to the provider, sent with its key.
      expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(1);
      expect(requests[0]).toMatchObject({
        path: '/push', authorization: 'Bearer provider-key',
        body: { to: token, platform: 'ios', title: 'Order approved', body: 'PO-1 was approved.', notificationId: sent!.id },
      });
      const logs = await records('push_notification_log', sent!.id);
      expect(logs).toHaveLength(1);
      expect(documentProblems('push_notification_log', logs[0]!)).toEqual([]);
      expect(logs[0]).toMatchObject({ tenant_id: acme.id, user_id: acme.member.id, platform: 'ios', device_token: token, status: 'sent' });
      expect(logs[0]!.provider_message_id).toMatch(/^msg-/);
      expect(await queueRows(sent!.id)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
      const metrics = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/channel_messages_total\{channel="push",outcome="retried"\} [1-9]/);
      expect(metrics).toMatch(/channel_messages_total\{channel="push",outcome="sent"\} [1-9]/);
    });

    it('is FAILED at once when the provider refuses the message (400), and recorded with its code', async () => {
      const phone = newPhone();
      await setPrefs(memberToken, { phoneNumber: phone });
      provider.script.set(phone, [400]);
      const [sent] = await send({ recipientIds: [acme.member.id], channels: ['IN_APP', 'SMS'] });
      await eventually(async () => (await statusOf(sent!.id)) === 'failed');
      expect(provider.requestsTo(phone)).toHaveLength(1);
      const [log] = await records('sms_delivery_log', sent!.id);
      expect(documentProblems('sms_delivery_log', log!)).toEqual([]);
      expect(log).toMatchObject({
        phone_number: phone, phone_masked: `+1******${phone.slice(-4)}`, status: 'failed', error_code: '400', segments: 1,
      });
      const list = await gw.query(LIST, {}, memberToken);
      expect(list.data!.notifications.edges.find((e: any) => e.node.id === sent!.id).node.status).toBe('FAILED');
    });

    it('tells the recipient\'s notificationUpdated subscription of the failure', async () => {
      const phone = newPhone();
      await setPrefs(memberToken, { phoneNumber: phone });
      provider.script.set(phone, [404]);
      const socket = connect(gw.url, memberToken);
      try {
        await socket.connected;
        const before = await listeners(gw.url, 'updated');
        const updates = socket.subscribe(UPDATED);
        await listening(gw.url, 'updated', before + 1);
        const [sent] = await send({ recipientIds: [acme.member.id], channels: ['SMS'] });
        await updates.waitFor(1);
        expect(updates.items[0]).toMatchObject({ id: sent!.id, status: 'FAILED' });
      } finally {
        socket.dispose();
      }
    });

    it('is FAILED when every attempt failed (DELIVERY_ATTEMPTS)', async () => {
      const phone = newPhone();
      await setPrefs(memberToken, { phoneNumber: phone });
      provider.script.set(phone, [503]);
      const [sent] = await send({ recipientIds: [acme.member.id], channels: ['SMS'] });
      await eventually(async () => (await statusOf(sent!.id)) === 'failed');
      expect(provider.requestsTo(phone).map((r) => r.status)).toEqual([503, 503, 503]);
      expect(await queueRows(sent!.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: 3 })]);
      expect((await records('sms_delivery_log', sent!.id))[0]).toMatchObject({ status: 'failed', error_code: '503' });
    });
  });

  describe('preferences', () => {
    it('sends nothing on a channel the recipient turned off, and the others as usual', async () => {
      const phone = newPhone();
      await setPrefs(adminToken, { disabledChannels: ['EMAIL', 'SMS'], phoneNumber: phone });
      const sentBefore = smtp.mailsTo(acme.admin.email).length;
      const sent = await send({ recipientIds: [acme.admin.id, acme.member.id], channels: ['IN_APP', 'EMAIL', 'SMS'], title: 'Muted?' });
      const forAdmin = sent.find((n) => n.recipient.id === acme.admin.id)!;
      const forMember = sent.find((n) => n.recipient.id === acme.member.id)!;
      await eventually(async () => (await statusOf(forMember.id)) === 'delivered' && (await records('email_communication', forMember.id)).length > 0);
      // The admin's copy is queued on no channel: nothing will ever be sent.
      expect(await queueRows(forAdmin.id)).toEqual([]);
      expect(smtp.mailsTo(acme.admin.email)).toHaveLength(sentBefore);
      expect(provider.requestsTo(phone)).toHaveLength(0);
      expect(await statusOf(forAdmin.id)).toBe('sent');
      await setPrefs(adminToken, { disabledChannels: [] });
    });

    it('reads back what was saved, and refuses what cannot be', async () => {
      expect(await setPrefs(adminToken, { disabledChannels: ['PUSH', 'PUSH'], phoneNumber: '+44 20 7946 0958', pushDevices: [{ platform: 'ANDROID', token: 't-1' }] }))
        .toEqual({ disabledChannels: ['PUSH'], phoneNumber: '+442079460958', pushPlatforms: ['ANDROID'] });
      for (const [input, field] of [
        [{ disabledChannels: ['IN_APP'] }, 'disabledChannels'],
        [{ phoneNumber: '0123' }, 'phoneNumber'],
        [{ pushDevices: [{ platform: 'WEB', token: ' ' }] }, 'pushDevices'],
      ] as const) {
        const res = await gw.query(PREFS, { input }, adminToken);
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      // Nothing of a refused input was written.
      const stored = await gw.backends.mongo.collection('user_preference').findOne({ tenant_id: acme.id, user_id: acme.admin.id });
      expect(stored).toMatchObject({ disabled_channels: ['push'], phone_number: '+442079460958' });
      expect(documentProblems('user_preference', stored!)).toEqual([]);
      await setPrefs(adminToken, { disabledChannels: [], phoneNumber: null, pushDevices: [] });
    });

    it("uses the recipient's own tenant's preferences only", async () => {
      // Another tenant's document naming the same user id (a writer's mistake) neither adds a phone nor turns email off.
      const phone = newPhone();
      await gw.backends.mongo.collection('user_preference').insertOne({
        tenant_id: globex.id, user_id: acme.member.id, phone_number: phone, disabled_channels: ['email'], updated_at: new Date(),
      });
      await setPrefs(memberToken, { phoneNumber: null, pushDevices: [] });
      const [sent] = await send({ recipientIds: [acme.member.id], channels: ['EMAIL', 'SMS'] });
      await eventually(async () => (await statusOf(sent!.id)) === 'delivered');
      expect(await queueRows(sent!.id)).toEqual([expect.objectContaining({ channel: 'email' })]);
      expect(provider.requestsTo(phone)).toHaveLength(0);
    });
  });

  describe('sendNotification round trips', () => {
    it('queues every message of every recipient in one statement, after one read of each store', async () => {
      const pg = countPgQueries(gw.backends.pg);
      const mongo = countMongoCommands(gw.backends.mongoClient);
      await send({ recipientIds: [acme.admin.id, acme.member.id], channels: ['IN_APP', 'EMAIL', 'PUSH', 'SMS'] });
      pg.restore();
      mongo.restore();
      expect(pg.statements.filter((text) => /message_outbox/.test(text))).toHaveLength(1);
      // Recipients checked (users), their addresses (users), the queue.
      expect(pg.statements).toHaveLength(3);
      // The notifications, then the recipients' preferences.
      expect(mongo.commands).toEqual(['insert', 'find']);
    });

    it('costs in-app-only notifications nothing more', async () => {
      const pg = countPgQueries(gw.backends.pg);
      await send({ recipientIds: [acme.member.id], channels: ['IN_APP'] });
      pg.restore();
      expect(pg.statements.filter((text) => /message_outbox/.test(text))).toHaveLength(0);
    });
  });
});

describe('the queue', () => {
  let provider: ProviderReceiver;
  let acme: FixtureTenant;
  let admin: TestGateway;
  const running: TestGateway[] = [];
  const withPush = () => ({ PUSH_PROVIDER_URL: provider.url('/push'), DELIVERY_POLL_MS: '20', DELIVERY_BACKOFF_MS: '100' });
  const start = async (overrides: Record<string, string>) => {
    const gw = await startTestGateway(overrides);
    running.push(gw);
    return gw;
  };
  const stop = async (gw: TestGateway) => {
    running.splice(running.indexOf(gw), 1);
    await gw.stop();
  };

  beforeAll(async () => {
    provider = await startProviderReceiver();
    // Sends nothing itself: fixtures and checks only.
    admin = await start({});
    acme = await createTenant(admin.backends.pg, 'deliver-queue', 0);
  });

  afterAll(async () => {
    await Promise.all(running.filter((gw) => gw !== admin).map((gw) => gw.stop()));
    await Promise.all(['notification_delivery', 'push_notification_log', 'user_preference']
      .map((name) => admin.backends.mongo.collection(name).deleteMany({ tenant_id: acme.id })));
    await dropTenant(admin.backends.pg, acme);
    await admin.stop();
    await provider.close();
  });

  async function sendPush(gw: TestGateway, devices: string[]) {
    const token = await gw.tokenFor(acme.member);
    const prefs = await gw.query(`mutation($d: [PushDeviceInput!]) { updatePreferences(input: { pushDevices: $d }) { pushPlatforms } }`,
      { d: devices.map((device) => ({ platform: 'ANDROID', token: device })) }, token);
    expect(prefs.errors).toBeUndefined();
    const res = await gw.query(SEND, { input: { recipientIds: [acme.member.id], title: 'Queued', body: 'Later.', channels: ['PUSH'] } },
      await gw.tokenFor({ ...acme.admin, roles: ['sender'] }));
    expect(res.errors).toBeUndefined();
    return res.data!.sendNotification[0].id as string;
  }

  const rows = async (notificationId: string) =>
    (await admin.backends.pg.query('SELECT status, attempts FROM message_outbox WHERE notification_id = $1', [notificationId])).rows;

  it('keeps what a stopped gateway did not send, and the next gateway sends it', async () => {
    // The first gateway has no push provider: the message waits, QUEUED, with the notification SENT.
    const first = await start({});
    const device = `dev-${new ObjectId().toHexString()}`;
    const id = await sendPush(first, [device]);
    await stop(first);
    expect(await rows(id)).toEqual([{ status: 'queued', attempts: 0 }]);
    expect((await admin.backends.mongo.collection('notification_delivery').findOne({ _id: new ObjectId(id) }))?.status).toBe('sent');

    const next = await start(withPush());
    await eventually(async () => (await rows(id))[0]?.status === 'sent');
    expect(provider.requestsTo(device)).toHaveLength(1);
    await stop(next);
  });

  it('writes the record of a message whose sender stopped before writing it, without sending it again', async () => {
    const first = await start({});
    const device = `dev-${new ObjectId().toHexString()}`;
    const id = await sendPush(first, [device]);
    await stop(first);
    // As a sender leaves it that the provider took the message and that stopped (or lost MongoDB) then.
    await admin.backends.pg.query(
      `UPDATE message_outbox SET status = 'sent', attempts = 1, finished_at = now(), next_attempt_at = now(),
              outcome = '{"status":"sent","at":"2026-01-02T03:04:05.000Z","provider":"push.example","providerMessageId":"pm-1"}'
        WHERE notification_id = $1`, [id]);

    const next = await start(withPush());
    const log = await eventually(() => admin.backends.mongo.collection('push_notification_log').findOne({ notification_id: new ObjectId(id) }));
    expect(log).toMatchObject({
      status: 'sent', provider: 'push.example', provider_message_id: 'pm-1', device_token: device, sent_at: new Date('2026-01-02T03:04:05.000Z'),
    });
    expect(documentProblems('push_notification_log', log!)).toEqual([]);
    await eventually(async () => (await admin.backends.mongo.collection('notification_delivery').findOne({ _id: new ObjectId(id) }))?.status === 'delivered');
    await eventually(async () => (await admin.backends.pg.query('SELECT recorded_at FROM message_outbox WHERE notification_id = $1', [id])).rows[0].recorded_at);
    expect(provider.requestsTo(device)).toHaveLength(0);
    await stop(next);
  });

  it('never sends one message twice from two gateways sharing the queue', async () => {
    const [one, two] = await Promise.all([start(withPush()), start(withPush())]);
    const devices = Array.from({ length: 10 }, (_, i) => `dev-${i}-${new ObjectId().toHexString()}`);
    const ids: string[] = [];
    for (let round = 0; round < 4; round += 1) ids.push(await sendPush(round % 2 ? one : two, devices));
    await eventually(async () => {
      const { rows: open } = await admin.backends.pg.query(
        "SELECT count(*)::int AS n FROM message_outbox WHERE notification_id = ANY($1) AND recorded_at IS NULL", [ids]);
      return open[0].n === 0;
    });
    const requests = devices.flatMap((device) => provider.requestsTo(device));
    expect(requests).toHaveLength(40);
    expect(new Set(requests.map((r) => r.idempotencyKey)).size).toBe(40);
    const logs = await admin.backends.mongo.collection('push_notification_log')
      .countDocuments({ notification_id: { $in: ids.map((id) => new ObjectId(id)) }, status: 'sent' });
    expect(logs).toBe(40);
    await Promise.all([stop(one), stop(two)]);
  });

  describe('claims (no sender running)', () => {
    /** SMS rows of this tenant, due long ago, so that claims take them before any other. */
    async function queued(count: number) {
      const notificationId = new ObjectId().toHexString();
      await new MessageOutbox(admin.backends.pg, acme.id).enqueue(Array.from({ length: count }, (_, i) => ({
        channel: 'sms' as const, notificationId, userId: acme.member.id,
        message: { to: `+1415555${String(i).padStart(4, '0')}`, subject: 's', text: 't' },
      })));
      await admin.backends.pg.query("UPDATE message_outbox SET next_attempt_at = '2000-01-01' WHERE notification_id = $1", [notificationId]);
      return notificationId;
    }

    const sent = { status: 'sent', at: new Date().toISOString(), provider: 'test' } as const;

    it('gives each message to one claimer only, however many claim at once', async () => {
      await queued(20);
      const queue = new MessageQueue(admin.backends.pg);
      const claims = await Promise.all(Array.from({ length: 4 }, () => queue.claim(['sms'], 5, 60_000)));
      const ids = claims.flat().map((row) => row.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      await Promise.all(claims.flat().map((row) => queue.finish(row, sent, 0, { recorded: true })));
    });

    it('gives a message whose claimer stopped to the next one once the lease runs out, and ignores the late claimer', async () => {
      const notificationId = await queued(1);
      const queue = new MessageQueue(admin.backends.pg);
      const [first] = await queue.claim(['sms'], 1, 300);
      expect(first).toMatchObject({ notification_id: notificationId, attempts: 1 });
      expect((await queue.claim(['sms'], 1, 300)).filter((row) => row.id === first!.id)).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 350));
      const [second] = await queue.claim(['sms'], 1, 60_000);
      expect(second).toMatchObject({ id: first!.id, attempts: 2 });
      expect(await queue.finish(first!, { status: 'failed', at: new Date().toISOString(), provider: 'test', error: 'late' }, 0, { recorded: true })).toBe(false);
      expect(await queue.finish(second!, sent, 0, { recorded: true })).toBe(true);
      expect(await rows(notificationId)).toEqual([{ status: 'sent', attempts: 2 }]);
    });
  });
});
