import type { Resolvers } from '../src/__generated__/resolvers';
import type { Granularity } from '../src/analytics/periods';
import { authorized } from '../src/context';

export const analyticsResolvers: Resolvers = {
  Query: {
    analytics: (_root, { metric, granularity, from, to }, context) =>
      authorized(context).loaders.analytics.series(metric, granularity.toLowerCase() as Granularity, from, to),
    analyticsMetrics: (_root, _args, context) => authorized(context).loaders.analytics.metrics(),
  },
  AnalyticsSeries: {
    granularity: (series) => series.granularity.toUpperCase() as Uppercase<Granularity>,
  },
};
