import { ObjectId } from 'mongodb';
import { openBackends, type OpenBackends } from '../../src/backends';
import { loadConfig } from '../../src/config';
import type { NotificationDoc } from '../../src/documents/notifications';
import { NotificationFeed } from '../../src/live/feed';
import { createLogger } from '../../src/logger';
import { liveEnv } from './support';

let backends: OpenBackends;
let feed: NotificationFeed;

beforeAll(async () => {
  const config = loadConfig({ ...process.env, ...liveEnv('feed') });
  backends = await openBackends(config);
  // Not started: no bus subscription and no relay, only the in-process paths under test.
  feed = new NotificationFeed({
    mongo: backends.mongo, relayMongo: backends.mongo, redis: backends.redis, logger: createLogger('silent'),
    channel: 'live-feed:notifications', subscriptionBuffer: 3, leaseMs: 1500,
  });
});

afterAll(async () => {
  await feed.stop();
  await backends.close();
});

const doc = (recipientId: string, extra: Partial<NotificationDoc> = {}): NotificationDoc => ({
  _id: new ObjectId(), tenant_id: 'tenant-a', recipient_id: recipientId, title: 't', body: '', channels: ['in_app'],
  status: 'read', priority: 'normal', created_at: new Date(), ...extra,
});
const noReplay = async () => [];

describe('NotificationFeed', () => {
  it('delivers an event once however many paths bring it, and only to its recipient in its tenant', async () => {
    const mine = feed.added('tenant-a', 'u1', undefined, noReplay);
    const sameIdOtherTenant = feed.added('tenant-b', 'u1', undefined, noReplay);
    const event = { kind: 'added' as const, doc: doc('u1') };
    await feed.publish([event]);
    await feed.publish([event]);
    await feed.publish([{ kind: 'added', doc: doc('u1', { expires_at: new Date(Date.now() - 1) }) }]);
    const last = doc('u1');
    await feed.publish([{ kind: 'added', doc: last }]);
    expect((await mine.next()).value._id).toEqual(event.doc._id);
    expect((await mine.next()).value._id).toEqual(last._id);
    await mine.return!();

    const nothing = Symbol('nothing');
    expect(await Promise.race([sameIdOtherTenant.next(), new Promise((r) => setTimeout(() => r(nothing), 100))])).toBe(nothing);
    await sameIdOtherTenant.return!();
  });

  it('ends a subscription whose client does not read, with SUBSCRIPTION_DROPPED, instead of buffering without bound', async () => {
    const slow = feed.updated('tenant-a', 'u2');
    for (let i = 0; i < 5; i++) await feed.publish([{ kind: 'updated', doc: doc('u2') }]);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_DROPPED' } });
    // It stays ended; the client resubscribes from its cursor.
    await feed.publish([{ kind: 'updated', doc: doc('u2') }]);
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_DROPPED' } });
  });
});
