import { randomUUID } from 'node:crypto';
import { MongoClient, MongoServerError, ObjectId, type Db } from 'mongodb';
import { migrateMongo } from '../../src/migrate/mongo';
import { catalogueByName } from '../../src/catalogue/lookup';
import { DocumentStore } from '../../src/stores/documents';
import { ReadingStore, type NewReading } from '../../src/stores/readings';
import { testEnv } from '../support/env';

/** The readings store alone: all or nothing when MongoDB refuses part of an insert. */
let client: MongoClient;
let db: Db;
const tenant = randomUUID();

beforeAll(async () => {
  client = await new MongoClient(testEnv.MONGO_URL!, { serverSelectionTimeoutMS: 5_000 }).connect();
  db = client.db(`readings_test_${randomUUID().slice(0, 8)}`);
  await migrateMongo(db, () => {}, [catalogueByName.get('asset_reading')!]);
});

afterAll(async () => {
  await db?.dropDatabase();
  await client?.close();
});

const reading = (i: number): NewReading => ({ _id: new ObjectId(), asset_id: 'a', metric: 'power_kw', value: i, time: new Date(Date.now() - i * 1000) });

it('takes back what an insert wrote before MongoDB refused the rest, and passes the error on', async () => {
  const store = new ReadingStore(new DocumentStore(db, tenant));
  const earlier = reading(0);
  await store.insertAll([earlier]);
  // The 2,500th reading repeats an _id: an ordered insert writes the 2,499 before it, then stops
  // (over several commands on the test server, whose batches are 1,000 documents at most).
  const call = Array.from({ length: 3_000 }, (_, i) => reading(i + 1));
  call[2_499] = { ...call[2_499]!, _id: earlier._id };
  await expect(store.insertAll(call)).rejects.toBeInstanceOf(MongoServerError);
  expect(await db.collection('asset_reading').find({ tenant_id: tenant }).map((doc) => doc._id.toHexString()).toArray())
    .toEqual([earlier._id.toHexString()]);
});
