import { randomUUID } from 'node:crypto';
import { MongoClient, MongoServerError, type Db } from 'mongodb';
import { exclusively, Lease, LeaseTimeoutError, type LeaseDoc } from '../../src/stores/lease';
import { testEnv } from '../support/env';

let client: MongoClient;
let db: Db;

beforeAll(async () => {
  client = await new MongoClient(testEnv.MONGO_URL!, { serverSelectionTimeoutMS: 5_000 }).connect();
  db = client.db(`lease_test_${randomUUID().slice(0, 8)}`);
});

afterAll(async () => {
  await db?.dropDatabase();
  await client?.close();
});

const leaseNamed = (name: string) => new Lease(db.collection<LeaseDoc>('leases'), name);

describe('Lease', () => {
  it('has one owner among processes racing for a new lease, in a collection that does not exist yet', async () => {
    const lease = new Lease(db.collection<LeaseDoc>(`fresh_${randomUUID().slice(0, 8)}`), 'job');
    const owners = Array.from({ length: 8 }, () => randomUUID());
    const won = await Promise.all(owners.map((owner) => lease.acquire(owner, 10_000)));
    expect(won.filter(Boolean)).toHaveLength(1);
  });

  it('is kept by its owner, refused to others until released or expired', async () => {
    const lease = leaseNamed('refresh');
    expect(await lease.acquire('a', 10_000)).toMatchObject({ _id: 'refresh', owner: 'a' });
    expect(await lease.acquire('b', 10_000)).toBeNull();
    expect(await lease.acquire('a', 10_000)).not.toBeNull();
    expect(await lease.renew('b', 10_000)).toBe(false);
    await lease.release('a');
    expect(await lease.acquire('b', 50)).toMatchObject({ owner: 'b' });
    await new Promise((resolve) => setTimeout(resolve, 80));
    // b stopped renewing: its lease ran out, and a renewal no longer brings it back once taken.
    expect(await lease.acquire('a', 10_000)).toMatchObject({ owner: 'a' });
    expect(await lease.renew('b', 10_000)).toBe(false);
  });
});

describe('exclusively', () => {
  it('runs the work of concurrent callers one at a time, and releases after a failure', async () => {
    const lease = leaseNamed('serial');
    let running = 0;
    let most = 0;
    const work = async (fail: boolean) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running--;
      if (fail) throw new Error('work failed');
      return 'done';
    };
    const options = () => ({ owner: randomUUID(), leaseMs: 5_000, waitMs: 5_000 });
    const outcomes = await Promise.allSettled([true, false, false].map((fail) => exclusively(lease, options(), () => work(fail))));
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(most).toBe(1);
  });

  it('gives up with a clear error when the holder does not finish in time', async () => {
    const lease = leaseNamed('stuck');
    await lease.acquire('stalled', 60_000);
    await expect(exclusively(lease, { owner: 'waiter', leaseMs: 1_000, waitMs: 200 }, async () => 'never'))
      .rejects.toThrow(new LeaseTimeoutError('lease "stuck" is still held by another process after 200 ms'));
  });
});

describe('the local MongoDB', () => {
  it('creates a collection once when several create commands race, as MongoDB does', async () => {
    const name = `race_${randomUUID().slice(0, 8)}`;
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => db.createCollection(name)));
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(outcomes.length - refused.length).toBe(1);
    for (const reason of refused) expect(reason).toBeInstanceOf(MongoServerError);
    expect(refused.map((reason: MongoServerError) => reason.code)).toEqual(Array(7).fill(48));
  });
});
