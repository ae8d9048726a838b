import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';

/** Asset readings (seed 002's time series): ingest, and buckets per asset. */
export const readingResolvers: Resolvers = {
  Asset: {
    readings: (asset, args, context) => authorized(context).loaders.readings.buckets(asset.id, args),
  },
  Mutation: {
    recordReadings: (_root, { readings }, context) => authorized(context).loaders.readings.record(readings),
  },
};
