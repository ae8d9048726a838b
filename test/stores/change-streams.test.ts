import { randomUUID } from 'node:crypto';
import { MongoClient, type ChangeStream, type Db } from 'mongodb';
import { testEnv } from '../support/env';

/**
 * The change streams the notification relay relies on, as the local test MongoDB serves them
 * (services/mongo-wire's own oplog): each stream sees its collection's changes only, in order,
 * from its position, resumable from any event's token, with updates looked up by `_id`.
 */
let client: MongoClient;
let db: Db;

beforeAll(async () => {
  client = await new MongoClient(testEnv.MONGO_URL!).connect();
  db = client.db(`streams_${randomUUID().slice(0, 8)}`);
});

afterAll(async () => {
  await db.dropDatabase();
  await client.close();
});

/** Every event the stream has now (the test server answers a getMore at once). */
async function drain(stream: ChangeStream): Promise<any[]> {
  const events = [];
  for (let event = await stream.tryNext(); event; event = await stream.tryNext()) events.push(event);
  return events;
}

it("reads its own collection's changes from its position, in order, however much else is written", async () => {
  const watched = db.collection('watched');
  const other = db.collection('other');
  const stream = watched.watch([], { batchSize: 2 });
  await stream.tryNext(); // opened: positioned now
  await other.insertMany(Array.from({ length: 500 }, (_, i) => ({ i })));
  await watched.insertOne({ _id: 'a' as never, n: 1 });
  await other.insertOne({ i: 500 });
  await watched.insertMany([{ _id: 'b' as never, n: 2 }, { _id: 'c' as never, n: 3 }]);
  const events = await drain(stream);
  expect(events.map((e) => [e.operationType, e.documentKey._id, e.fullDocument.n])).toEqual([['insert', 'a', 1], ['insert', 'b', 2], ['insert', 'c', 3]]);
  expect(events[0].ns).toEqual({ db: db.databaseName, coll: 'watched' });

  // Resumed or started after the first event's token, or at the second's time: the rest, once each.
  const resumed = watched.watch([], { resumeAfter: events[0]._id });
  const started = watched.watch([], { startAfter: events[0]._id });
  const at = watched.watch([], { startAtOperationTime: events[1].clusterTime });
  for (const again of [resumed, started, at]) expect((await drain(again)).map((e) => e.documentKey._id)).toEqual(['b', 'c']);
  // A position this server has not reached yet (a token kept across its restart): nothing yet, no error.
  const ahead = watched.watch([], { resumeAfter: { _data: '7fffffff00000000' } });
  expect(await drain(ahead)).toEqual([]);
  await Promise.all([stream, resumed, started, at, ahead].map((s) => s.close()));
});

it('looks an updated document up by its _id, and keys update and delete events by it', async () => {
  const live = db.collection('live');
  await live.insertOne({ _id: 'y' as never, status: 'new' });
  const following = live.watch([], { fullDocument: 'updateLookup' });
  await following.tryNext();
  await live.updateOne({ _id: 'y' as never }, { $set: { status: 'sent' } });
  expect((await drain(following)).map((e) => e.fullDocument)).toEqual([{ _id: 'y', status: 'sent' }]);
  await following.close();

  const watched = db.collection('looked_up');
  await watched.insertOne({ _id: 'x' as never, status: 'new', n: 0 });
  const stream = watched.watch([{ $match: { operationType: { $in: ['update', 'delete'] } } }], { fullDocument: 'updateLookup' });
  await stream.tryNext();
  await watched.updateOne({ _id: 'x' as never }, { $set: { status: 'sent' } });
  await watched.updateOne({ _id: 'x' as never }, { $inc: { n: 1 } });
  await watched.deleteOne({ _id: 'x' as never });
  const events = await drain(stream);
  expect(events.map((e) => [e.operationType, e.documentKey])).toEqual([['update', { _id: 'x' }], ['update', { _id: 'x' }], ['delete', { _id: 'x' }]]);
  // Looked up when the event is read: the document as it is then, here gone (null, as on MongoDB).
  expect(events.map((e) => e.fullDocument ?? null)).toEqual([null, null, null]);
  await stream.close();
});
