import { randomUUID } from 'node:crypto';
import { MongoClient, type CollectionInfo, type CommandStartedEvent } from 'mongodb';
import { TTL_INDEX } from '../../src/catalogue/indexes';
import { collectionSpec } from '../../src/catalogue/lookup';
import type { CollectionSpec } from '../../src/catalogue/types';
import { migrateMongo } from '../../src/migrate/mongo';
import { createOptions, expiryChange, indexesFor, storageForm, timeSeriesSupport } from '../../src/migrate/timeseries';
import { testEnv } from '../support/env';

/** asset_reading: a time series where the server has them, a plain collection with the same indexes where not. */
const readings: CollectionSpec = collectionSpec('asset_reading');
const NINETY_DAYS = 90 * 86_400;

describe('time-series collections', () => {
  it("asks for a time series keyed by asset, expiring by the collection's retention", () => {
    expect(createOptions(readings)).toEqual({
      timeseries: { timeField: 'time', metaField: 'asset_id', granularity: 'minutes' },
      expireAfterSeconds: NINETY_DAYS,
    });
    expect(createOptions(collectionSpec('error_log'))).toEqual({});
    const cached = { ...readings, retention: { kind: 'expiresAt', field: 'expires_at' } } as const;
    expect(() => createOptions(cached)).toThrow(/expires by the age of time/);
  });

  it('gives a time series every declared index but the TTL one, and a plain stand-in all of them', () => {
    const names = (form: 'timeseries' | 'plain') => indexesFor(readings, form).map((index) => index.name);
    expect(names('plain')).toEqual(['tenant_time', TTL_INDEX, 'asset_metric_time']);
    expect(names('timeseries')).toEqual(['tenant_time', 'asset_metric_time']);
  });

  it('says what the server made, whoever made it', () => {
    expect(storageForm({ type: 'timeseries' })).toBe('timeseries');
    expect(storageForm({ type: 'collection' })).toBe('plain');
    expect(storageForm(undefined)).toBe('plain');
  });

  it("changes a time series' expiry when the declaration's changes, and nothing else's", () => {
    const onServer = (expireAfterSeconds?: number): CollectionInfo =>
      ({ name: 'asset_reading', type: 'timeseries', options: { timeseries: {}, ...(expireAfterSeconds && { expireAfterSeconds }) } }) as never;
    expect(expiryChange(readings, onServer(NINETY_DAYS))).toBeUndefined();
    expect(expiryChange(readings, onServer(30 * 86_400))).toBe(NINETY_DAYS);
    expect(expiryChange(readings, onServer())).toBe(NINETY_DAYS);
    expect(expiryChange({ ...readings, retention: { kind: 'permanent' } }, onServer(NINETY_DAYS))).toBe('off');
    expect(expiryChange(readings, { name: 'asset_reading', type: 'collection' } as never)).toBeUndefined();
  });

  it('on the test server, which reports MongoDB 6.0, makes a plain collection with every index', async () => {
    const client = await new MongoClient(testEnv.MONGO_URL!, { monitorCommands: true, serverSelectionTimeoutMS: 5_000 }).connect();
    const db = client.db(`timeseries_test_${randomUUID().slice(0, 8)}`);
    const creates: Record<string, unknown>[] = [];
    client.on('commandStarted', (event: CommandStartedEvent) => {
      if (event.commandName === 'create' && event.databaseName === db.databaseName) creates.push(event.command);
    });
    try {
      const logged: string[] = [];
      const result = await migrateMongo(db, (line) => logged.push(line), [readings]);
      expect(result).toEqual({ created: ['asset_reading'], indexesCreated: 3, indexesReplaced: 0 });
      expect(await timeSeriesSupport(db)()).toEqual({ supported: false, version: '6.0.0' });
      expect(creates).toHaveLength(1);
      expect(creates[0]).not.toHaveProperty('timeseries');
      const [info] = await db.listCollections({ name: 'asset_reading' }).toArray();
      expect(storageForm(info)).toBe('plain');
      expect(logged).toContain('mongodb: asset_reading is a plain collection (MongoDB 6.0.0)');
      const indexes = await db.collection('asset_reading').listIndexes().toArray();
      expect(indexes.find((index) => index.name === TTL_INDEX)).toMatchObject({ key: { time: 1 }, expireAfterSeconds: NINETY_DAYS });
      // And again: nothing to do.
      expect(await migrateMongo(db, () => {}, [readings])).toEqual({ created: [], indexesCreated: 0, indexesReplaced: 0 });
    } finally {
      await db.dropDatabase();
      await client.close();
    }
  });
});
