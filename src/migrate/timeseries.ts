import type { CollectionInfo, CreateCollectionOptions, Db } from 'mongodb';
import { indexesOf, TTL_INDEX } from '../catalogue/indexes';
import type { CollectionSpec, IndexSpec } from '../catalogue/types';

/**
 * Time-series collections (seed 002) where the server has them, plain ones where it does not.
 * Support is not configured but detected: a time series is asked of MongoDB 7.0 and later, and
 * what the server made (`listCollections` says `type: 'timeseries'` or `'collection'`) decides
 * which indexes the collection gets, whoever created it. (MongoDB 5.0 and 6.x have time series
 * too, but delete from them only by the metaField, and the gateway deletes readings by tenant, in
 * the seed, and by id, when an insert is taken back. The local test server reports 6.0, and
 * makes a plain collection of the option anyway.)
 */
export type StorageForm = 'timeseries' | 'plain';

const TIME_SERIES_SINCE = 7;

export interface TimeSeriesSupport {
  supported: boolean;
  /** What the server says it is (buildInfo), for the migration's log. */
  version: string;
}

/** Asks the server once per migration, and only when a time series is to be created. */
export function timeSeriesSupport(db: Db): () => Promise<TimeSeriesSupport> {
  let answer: Promise<TimeSeriesSupport> | undefined;
  return () => (answer ??= db.command({ buildInfo: 1 }).then((info) => ({
    supported: Number((info.versionArray as number[] | undefined)?.[0] ?? 0) >= TIME_SERIES_SINCE,
    version: String(info.version),
  })));
}

export const storageForm = (info: Pick<CollectionInfo, 'type'> | undefined): StorageForm =>
  (info?.type === 'timeseries' ? 'timeseries' : 'plain');

/** A time series expires by the age of its time field, collection-wide (no per-document expiry). */
function expireAfterSeconds(spec: CollectionSpec): number | undefined {
  switch (spec.retention.kind) {
    case 'permanent': return undefined;
    case 'ttl':
      if (spec.retention.field !== spec.timeField) break;
      return spec.retention.seconds;
    case 'expiresAt': break;
  }
  throw new Error(`${spec.name}: a time series expires by the age of ${spec.timeField}, or never`);
}

/** The options `create` gets: none for a plain collection. */
export function createOptions(spec: CollectionSpec): CreateCollectionOptions {
  if (!spec.timeSeries) return {};
  const seconds = expireAfterSeconds(spec);
  return {
    timeseries: { timeField: spec.timeField, metaField: spec.timeSeries.metaField, granularity: spec.timeSeries.granularity },
    ...(seconds !== undefined && { expireAfterSeconds: seconds }),
  };
}

/**
 * The declared indexes a collection of this form carries. A time series keeps its retention in
 * `expireAfterSeconds` instead of a TTL index: MongoDB accepts a TTL index on a time series only
 * with a filter on the metaField. A plain collection stands in with every index, TTL included.
 */
export function indexesFor(spec: CollectionSpec, form: StorageForm): IndexSpec[] {
  const declared = indexesOf(spec);
  return form === 'timeseries' ? declared.filter((index) => index.name !== TTL_INDEX) : declared;
}

/** The `expireAfterSeconds` a time series on the server should be given, when it has another. */
export function expiryChange(spec: CollectionSpec, info: CollectionInfo | undefined): number | 'off' | undefined {
  if (!spec.timeSeries || storageForm(info) !== 'timeseries') return undefined;
  const declared = expireAfterSeconds(spec);
  const current = (info!.options as { expireAfterSeconds?: number } | undefined)?.expireAfterSeconds;
  if (declared === current) return undefined;
  return declared ?? 'off';
}
