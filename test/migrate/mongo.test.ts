import { randomUUID } from 'node:crypto';
import { MongoClient, type CommandStartedEvent, type Db } from 'mongodb';
import { catalogue } from '../../src/catalogue/collections';
import { indexesOf } from '../../src/catalogue/indexes';
import type { CollectionSpec } from '../../src/catalogue/types';
import { migrateMongo } from '../../src/migrate/mongo';
import { LEASE_COLLECTION } from '../../src/stores/lease';

const url = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:57017/?directConnection=true';
const dbName = `catalogue_test_${randomUUID().slice(0, 8)}`;
const WRITES = ['create', 'createIndexes', 'dropIndexes'];

let client: MongoClient;
let db: Db;
const commands: string[] = [];

beforeAll(async () => {
  client = new MongoClient(url, { monitorCommands: true, serverSelectionTimeoutMS: 5_000 });
  client.on('commandStarted', (event: CommandStartedEvent) => {
    if (event.databaseName === dbName) commands.push(event.commandName);
  });
  await client.connect();
  db = client.db(dbName);
});

afterAll(async () => {
  try {
    await db?.dropDatabase();
  } finally {
    await client?.close();
  }
});

/** Runs the migration and returns its result with the commands it sent. */
async function migrate(declared?: readonly CollectionSpec[]) {
  commands.length = 0;
  const result = await migrateMongo(db, () => {}, declared);
  return { result, sent: [...commands] };
}

const serverIndexes = (collection: string) => db.collection(collection).listIndexes().toArray();
const count = (sent: string[], name: string) => sent.filter((command) => command === name).length;

/** A copy of the catalogue with one collection changed. */
const withChanged = (name: string, change: Partial<CollectionSpec>) =>
  catalogue.map((spec) => (spec.name === name ? { ...spec, ...change } : spec));

describe('migrateMongo', () => {
  it('creates every collection, and every declared index with its key and options', async () => {
    const { result, sent } = await migrate();
    const declaredCount = catalogue.reduce((n, spec) => n + indexesOf(spec).length, 0);
    expect(result).toEqual({ created: catalogue.map((s) => s.name).sort(), indexesCreated: declaredCount, indexesReplaced: 0 });
    // One createIndexes per collection carries all of its indexes.
    expect(count(sent, 'createIndexes')).toBe(catalogue.length);

    const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name);
    // Beside the catalogue, only the lease that serialises migrations.
    expect(collections.sort()).toEqual([...catalogue.map((s) => s.name), LEASE_COLLECTION].sort());
    for (const spec of catalogue) {
      const onServer = await serverIndexes(spec.name);
      for (const declared of indexesOf(spec)) {
        const actual = onServer.find((index) => index.name === declared.name);
        expect({ collection: spec.name, index: declared.name, found: actual !== undefined }).toEqual({
          collection: spec.name, index: declared.name, found: true,
        });
        expect(Object.entries(actual!.key)).toEqual(Object.entries(declared.key));
        expect({
          name: actual!.name,
          unique: actual!.unique ?? false,
          expireAfterSeconds: actual!.expireAfterSeconds,
          partialFilterExpression: actual!.partialFilterExpression,
        }).toEqual({
          name: declared.name,
          unique: declared.unique ?? false,
          expireAfterSeconds: declared.expireAfterSeconds,
          partialFilterExpression: declared.partialFilterExpression,
        });
      }
    }
  });

  it('is idempotent: a second run reports nothing and sends no create, createIndexes or dropIndexes', async () => {
    const { result, sent } = await migrate();
    expect(result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 0 });
    expect(sent.filter((command) => WRITES.includes(command))).toEqual([]);
    // Its whole cost: one listCollections, one listIndexes per collection.
    expect(count(sent, 'listCollections')).toBe(1);
    expect(count(sent, 'listIndexes')).toBe(catalogue.length);
  });

  it('replaces an index whose TTL changed in the catalogue, touching nothing else', async () => {
    const thirtyDays = 30 * 86_400;
    const changed = withChanged('error_log', { retention: { kind: 'ttl', field: 'created_at', seconds: thirtyDays } });
    const { result, sent } = await migrate(changed);
    expect(result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 1 });
    expect(count(sent, 'dropIndexes')).toBe(1);
    expect(count(sent, 'createIndexes')).toBe(1);
    const ttl = (await serverIndexes('error_log')).find((index) => index.name === 'ttl');
    expect(ttl).toMatchObject({ key: { created_at: 1 }, expireAfterSeconds: thirtyDays });

    // And back: the real catalogue wins again on the next run.
    expect((await migrate()).result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 1 });
  });

  it('drops its TTL index from a collection whose retention became permanent (search_index_cache did)', async () => {
    // The catalogue as it was: entries expired 7 days after indexed_at.
    const expiring = withChanged('search_index_cache', { retention: { kind: 'ttl', field: 'indexed_at', seconds: 7 * 86_400 } });
    expect((await migrate(expiring)).result).toEqual({ created: [], indexesCreated: 1, indexesReplaced: 0 });
    expect((await serverIndexes('search_index_cache')).map((index) => index.name)).toContain('ttl');

    const { result, sent } = await migrate();
    expect(result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 1 });
    expect([count(sent, 'dropIndexes'), count(sent, 'createIndexes')]).toEqual([1, 0]);
    expect((await serverIndexes('search_index_cache')).map((index) => index.name)).not.toContain('ttl');
    // Other collections' `ttl` indexes stay.
    expect((await serverIndexes('error_log')).map((index) => index.name)).toContain('ttl');
    expect((await migrate()).result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 0 });
  });

  it('replaces an index whose key changed', async () => {
    const spec = catalogue.find((s) => s.name === 'comment_thread')!;
    const changed = withChanged('comment_thread', {
      indexes: spec.indexes.map((index) => (index.name === 'author_time' ? { ...index, key: { tenant_id: 1, author_id: 1 } } : index)),
    });
    expect((await migrate(changed)).result).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 1 });
    const authorTime = (await serverIndexes('comment_thread')).find((index) => index.name === 'author_time');
    expect(Object.entries(authorTime!.key)).toEqual([['tenant_id', 1], ['author_id', 1]]);
    expect((await migrate()).result.indexesReplaced).toBe(1);
  });

  it('leaves indexes it does not declare alone, and restores the ones it does', async () => {
    await db.collection('notification_delivery').createIndex({ channel: 1 }, { name: 'operator_adhoc' });
    // By key: the test server drops a name from every collection that uses it (mongo-java-server #246).
    await db.command({ dropIndexes: 'notification_delivery', index: { tenant_id: 1, recipient_id: 1, created_at: -1 } });
    await db.collection('sms_delivery_log').drop();

    const { result, sent } = await migrate();
    const sms = catalogue.find((s) => s.name === 'sms_delivery_log')!;
    expect(result).toEqual({ created: ['sms_delivery_log'], indexesCreated: 1 + indexesOf(sms).length, indexesReplaced: 0 });
    expect(count(sent, 'dropIndexes')).toBe(0);
    const names = (await serverIndexes('notification_delivery')).map((index) => index.name);
    expect(names).toEqual(expect.arrayContaining(['_id_', 'operator_adhoc', 'recipient_time']));
  });

  it('runs migrations started together one after the other: one creates everything, the others find it done', async () => {
    const fresh = client.db(`${dbName}_race`);
    const creates: string[] = [];
    const onCreate = (event: CommandStartedEvent) => {
      if (event.databaseName === fresh.databaseName && event.commandName === 'create') creates.push(event.command.create);
    };
    client.on('commandStarted', onCreate);
    try {
      const results = await Promise.all([migrateMongo(fresh), migrateMongo(fresh), migrateMongo(fresh)]);
      const names = catalogue.map((s) => s.name).sort();
      const indexCount = catalogue.reduce((n, spec) => n + indexesOf(spec).length, 0);
      const nothing = { created: [], indexesCreated: 0, indexesReplaced: 0 };
      // Whichever won the lease did all of the work; the two that waited found nothing to do.
      expect(results.sort((a, b) => b.created.length - a.created.length)).toEqual([
        { created: names, indexesCreated: indexCount, indexesReplaced: 0 }, nothing, nothing,
      ]);
      expect(creates.sort()).toEqual(names);
      const lease = await fresh.collection(LEASE_COLLECTION).findOne({ _id: 'mongo-migration' as never });
      expect(lease?.lease_until.getTime()).toBe(0); // released
    } finally {
      client.off('commandStarted', onCreate);
      await fresh.dropDatabase();
    }
  });
});
