import { ObjectId } from 'mongodb';
import { notificationKeyset, type NotificationDoc } from '../../src/documents/notifications';
import { BoundedQueue } from '../../src/live/queue';
import { REPLAY_PAGE_SIZE, ReplayThenLive } from '../../src/live/replay';

const doc = (i: number): NotificationDoc => ({
  _id: ObjectId.createFromTime(1_700_000_000 + i), tenant_id: 't', recipient_id: 'u', title: `n${i}`, body: '',
  channels: ['in_app'], status: 'sent', priority: 'normal', created_at: new Date(1_700_000_000_000 + i * 1000),
});
const overflow = () => new Error('too slow');
const positions = { keysetOf: notificationKeyset, idOf: (d: NotificationDoc) => d._id.toHexString() };

describe('ReplayThenLive', () => {
  const stored = Array.from({ length: REPLAY_PAGE_SIZE + 20 }, (_, i) => doc(i));
  const fetchAfter = async (after: { at: Date; id: string }, limit: number) =>
    stored.filter((d) => d.created_at > after.at).slice(0, limit);

  it('replays after the cursor in pages, then live events, skipping those the replay sent', async () => {
    const queue = new BoundedQueue<NotificationDoc>(1000, overflow);
    const sent: string[] = [];
    const stream = new ReplayThenLive({
      queue, fetchAfter, ...positions, after: notificationKeyset(stored[9]!), rememberMs: 60_000,
      onSend: (d) => sent.push(d.title),
    });
    // Live copies of replayed notifications, arriving while the replay runs, and one new one.
    queue.push(stored[15]!);
    queue.push(stored.at(-1)!);
    const fresh = doc(500);
    queue.push(fresh);
    const titles: string[] = [];
    for await (const d of stream) {
      titles.push(d.title);
      if (d === fresh) break;
    }
    expect(titles).toEqual([...stored.slice(10).map((d) => d.title), 'n500']);
    expect(sent).toEqual(titles);
  });

  it('can be ended while it waits for a live event', async () => {
    const queue = new BoundedQueue<NotificationDoc>(10, overflow);
    const stream = new ReplayThenLive({ queue, fetchAfter, ...positions, after: undefined, rememberMs: 0 });
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(queue.closed).toBe(true);
  });
});
