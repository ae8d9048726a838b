import DataLoader from 'dataloader';
import { ObjectId } from 'mongodb';
import { badUserInput } from '../errors';
import { denseBuckets, type BucketRange, type ReadingBucket } from '../readings/buckets';
import type { ReadingStore } from '../stores/readings';
import { checkBucketQuery, checkReadings, type BucketArgs, type ReadingInput } from './reading-input';
import type { RowLoaders } from './rows';

/**
 * Asset readings for one request: `record` writes a call's readings all or nothing, `buckets`
 * answers `Asset.readings`. The assets of a page asked for with the same arguments in the same
 * tick share one loader, whose batch is ONE aggregate over all of them (`asset_id: {$in: …}`).
 */
export class ReadingLoaders {
  private readonly byArgs = new Map<string, DataLoader<string, ReadingBucket[]>>();

  constructor(
    private readonly store: ReadingStore,
    private readonly rows: RowLoaders,
    private readonly batch = true,
  ) {}

  /**
   * Checked whole before anything is written (sizes, names, values, times, then every asset a row
   * of the tenant, in one statement for all of them), then one insert: a call is recorded
   * entirely or not at all. Returns how many readings were recorded.
   */
  async record(readings: readonly ReadingInput[]): Promise<number> {
    checkReadings(readings);
    if (readings.length === 0) return 0;
    const distinct = [...new Set(readings.map((reading) => reading.assetId.toLowerCase()))];
    const assets = await Promise.all(distinct.map((id) => this.rows.load('ASSET', id)));
    const missing = distinct.findIndex((_, i) => !assets[i]);
    if (missing >= 0) {
      const at = readings.findIndex((reading) => reading.assetId.toLowerCase() === distinct[missing]);
      throw badUserInput(`readings[${at}].assetId: no Asset ${readings[at]!.assetId} in your tenant.`, `readings[${at}].assetId`);
    }
    await this.store.insertAll(readings.map((reading) => ({
      _id: new ObjectId(), asset_id: reading.assetId.toLowerCase(), metric: reading.metric, value: reading.value, time: reading.time,
    })));
    return readings.length;
  }

  /** The buckets of one asset's metric over [from, to); BAD_USER_INPUT for a range of too many buckets. */
  buckets(assetId: string, args: BucketArgs): Promise<ReadingBucket[]> {
    const range = checkBucketQuery(args);
    const key = `${args.metric}|${args.from.toISOString()}|${args.to.toISOString()}|${args.granularity}`;
    let loader = this.byArgs.get(key);
    if (!loader) {
      loader = new DataLoader<string, ReadingBucket[]>((ids) => this.fetch(ids, args, range), { batch: this.batch, cache: this.batch });
      this.byArgs.set(key, loader);
    }
    return loader.load(assetId.toLowerCase());
  }

  private async fetch(assetIds: readonly string[], args: BucketArgs, range: BucketRange): Promise<ReadingBucket[][]> {
    const stats = await this.store.bucketStats({ assetIds, metric: args.metric, from: args.from, to: args.to, origin: range.origin, sizeMs: range.sizeMs });
    return assetIds.map((id) => denseBuckets(range, stats.get(id) ?? []));
  }
}
