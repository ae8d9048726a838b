import { ObjectId, Timestamp, type ChangeStreamDocument, type CommandStartedEvent, type MongoClient, type Db } from 'mongodb';
import { loadConfig } from '../../src/config';
import { createMongoClient } from '../../src/db/mongo';
import { NOTIFICATION_COLLECTION } from '../../src/documents/notifications';
import { ChangeStreamRelay, GRACE_MS, MAX_BATCH, graceLeft } from '../../src/live/relay';
import { createLogger } from '../../src/logger';
import { eventually, liveEnv, prepareDatabase } from './support';

describe('graceLeft: how long the relay waits for the writer\'s own bus message', () => {
  const now = 1_800_000_000_400; // 400 ms into a second
  const at = (time: { wallTime?: Date; clusterTime?: Timestamp }) => ({ operationType: 'insert', ...time }) as unknown as ChangeStreamDocument;
  const second = (ms: number) => new Timestamp({ t: Math.floor(ms / 1000), i: 1 });

  it('is the whole grace for a change written just now', () => {
    expect(graceLeft([at({ wallTime: new Date(now) })], now, now)).toBe(GRACE_MS);
    // The test server's clusterTime has whole seconds: a change of this second may be this instant's.
    expect(graceLeft([at({ clusterTime: second(now) })], now, now)).toBe(GRACE_MS);
    expect(graceLeft([at({})], now - 100, now)).toBe(GRACE_MS - 100);
  });

  it('is nothing for changes older than the grace, so a relay that is behind catches up at the server\'s pace', () => {
    expect(graceLeft([at({ wallTime: new Date(now - 3_000) })], now, now)).toBe(0);
    expect(graceLeft([at({ clusterTime: second(now - 3_000) })], now, now)).toBe(0);
    expect(graceLeft([at({ wallTime: new Date(now - 100) })], now, now)).toBe(GRACE_MS - 100);
  });

  it('runs from the newest change of the batch', () => {
    expect(graceLeft([at({ wallTime: new Date(now - 3_000) }), at({ wallTime: new Date(now - 50) })], now, now)).toBe(GRACE_MS - 50);
  });
});

describe('ChangeStreamRelay', () => {
  let client: MongoClient;
  let db: Db;
  let relay: ChangeStreamRelay | undefined;

  beforeAll(async () => {
    const config = loadConfig({ ...process.env, ...liveEnv('relay') });
    client = createMongoClient(config.MONGO_URL, { monitorCommands: true });
    db = client.db(config.MONGO_DB);
    await prepareDatabase(db);
  });

  afterAll(async () => {
    await relay?.stop();
    await db.dropDatabase();
    await client.close();
  });

  it('asks the server for at most a batch of changes per answer, and relays a backlog in such batches', async () => {
    const asked: CommandStartedEvent[] = [];
    client.on('commandStarted', (event) => {
      if (event.commandName === 'getMore' || (event.commandName === 'aggregate' && event.command.pipeline?.[0]?.$changeStream)) asked.push(event);
    });
    let opened = false;
    client.on('commandSucceeded', (event) => {
      if (event.commandName === 'aggregate' && asked.some((a) => a.requestId === event.requestId)) opened = true;
    });
    const batches: number[] = [];
    relay = new ChangeStreamRelay({
      mongo: db, owner: 'relay-test', leaseMs: 15_000, logger: createLogger('silent'),
      carried: () => false,
      deliverLocally: (events) => void batches.push(events.length),
      publish: async () => true,
    });
    relay.start();
    await eventually(() => opened); // the stream's position is set: what is written from now on is its

    const count = 2 * MAX_BATCH + 1;
    await db.collection(NOTIFICATION_COLLECTION).insertMany(Array.from({ length: count }, (_, i) => ({
      _id: new ObjectId(), tenant_id: 'relay-tenant', recipient_id: `user-${i}`, sender_id: null, title: `backlog ${i}`,
      body: 'written by another service', channels: ['in_app'], status: 'sent', priority: 'normal', created_at: new Date(),
    })));
    await eventually(() => batches.reduce((sum, n) => sum + n, 0) === count);

    expect(Math.max(...batches)).toBeLessThanOrEqual(MAX_BATCH);
    const sizes = asked.map((event) => (event.commandName === 'aggregate' ? event.command.cursor?.batchSize : event.command.batchSize));
    expect(sizes.length).toBeGreaterThan(1);
    expect(new Set(sizes)).toEqual(new Set([MAX_BATCH]));
  });
});
