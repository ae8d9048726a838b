import { MongoBulkWriteError, type ObjectId } from 'mongodb';
import type { DocumentOf } from '../catalogue/documents';
import type { BucketStats } from '../readings/buckets';
import type { DocumentStore } from './documents';

/** A reading as written: its `_id` is given before the insert, so a failed insert can be undone. */
export type NewReading = Omit<DocumentOf<'asset_reading'>, 'tenant_id'> & { _id: ObjectId };

export interface BucketQuery {
  assetIds: readonly string[];
  metric: string;
  from: Date;
  to: Date;
  /** The first bucket's start; buckets are `sizeMs` wide from there. */
  origin: Date;
  sizeMs: number;
}

/**
 * asset_reading for one tenant, through the tenant-scoped document store (tenant condition and
 * retention on every read and write).
 */
export class ReadingStore {
  constructor(private readonly documents: DocumentStore) {}

  /**
   * All of the readings or none: one ordered insertMany (the driver sends it as one command up to
   * the server's batch limit, 100,000 documents on MongoDB), and if it fails part way, what it
   * wrote is deleted by id before the error goes on. Callers check everything before, so a
   * failure here is MongoDB's (a stepdown, a lost connection, a refused document); a delete that
   * fails too leaves what was written.
   */
  async insertAll(readings: readonly NewReading[]): Promise<void> {
    if (readings.length === 0) return;
    try {
      await this.documents.insertMany('asset_reading', readings as never[]);
    } catch (error) {
      // A refused reading's _id may be another document's (a duplicate key): that one stays.
      const refused = new Set(error instanceof MongoBulkWriteError ? [error.writeErrors].flat().map((e) => e.index) : []);
      const written = readings.filter((_, i) => !refused.has(i)).map((reading) => reading._id);
      await this.documents.deleteMany('asset_reading', { _id: { $in: written } }).catch(() => undefined);
      throw error;
    }
  }

  /**
   * count/avg/min/max per asset and bucket with readings, in ONE aggregate for all the assets.
   * The bucket is the reading's offset from the origin rounded down to the bucket size: date
   * arithmetic ($subtract, $mod) that every MongoDB and the local test server evaluate alike,
   * where `$dateTrunc` (MongoDB 5.0+) is missing from the test server.
   */
  async bucketStats(query: BucketQuery): Promise<Map<string, BucketStats[]>> {
    const { assetIds, metric, from, to, origin, sizeMs } = query;
    const byAsset = new Map<string, BucketStats[]>(assetIds.map((id) => [id, []]));
    if (assetIds.length === 0) return byAsset;
    const offset = { $subtract: ['$time', origin] };
    const rows = await this.documents.aggregate<{ _id: { asset: string; offset: number } } & Omit<BucketStats, 'offset'>>('asset_reading', [
      { $match: { asset_id: { $in: [...assetIds] }, metric, time: { $gte: from, $lt: to } } },
      {
        $group: {
          _id: { asset: '$asset_id', offset: { $subtract: [offset, { $mod: [offset, sizeMs] }] } },
          count: { $sum: 1 }, avg: { $avg: '$value' }, min: { $min: '$value' }, max: { $max: '$value' },
        },
      },
    ]);
    for (const { _id, count, avg, min, max } of rows) {
      byAsset.get(_id.asset)?.push({ offset: Number(_id.offset), count, avg, min, max });
    }
    return byAsset;
  }
}
