import type { Resolvers } from '../src/__generated__/resolvers';
import type { AlertCondition } from '../src/alerts/metrics';
import type { AlertChannel } from '../src/alerts/rules';
import { watchableMetrics } from '../src/alerts/rules';
import { graphqlEnumValue } from '../src/catalogue/graphql-names';
import { authorized } from '../src/context';

/** GraphQL enum values are the stored ones upper-cased (catalogue/graphql-names.ts). */
const stored = <S extends string>(value: S) => value.toLowerCase() as Lowercase<S>;
const storedChannels = (channels: readonly string[]) => channels.map(stored) as AlertChannel[];

/**
 * The caller's saved UI state: favourites, dashboard layouts and alert configs. Checks and writes
 * are in `loaders.uiState`; the documents resolve through the catalogue's types.
 */
export const uiStateResolvers = {
  Query: {
    dashboardLayout: (_root, { dashboardId }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.layouts.load(viewer, dashboardId);
    },
    alertMetrics: (_root, _args, context) =>
      watchableMetrics(authorized(context).viewer).map(([name, spec]) => ({
        name, description: spec.description, min: spec.min ?? null, max: spec.max ?? null,
        conditions: spec.conditions.map((condition) => graphqlEnumValue(condition) as Uppercase<AlertCondition>),
      })),
  },
  Mutation: {
    toggleFavorite: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.favorites.toggle(viewer, { ...input, kind: stored(input.kind) });
    },
    saveDashboardLayout: (_root, { dashboardId, input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.layouts.save(viewer, dashboardId, input);
    },
    resetDashboardLayout: (_root, { dashboardId }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.layouts.reset(viewer, dashboardId);
    },
    createAlertConfig: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.alertConfigs.create(viewer, {
        ...input, condition: stored(input.condition) as AlertCondition, channels: storedChannels(input.channels),
      });
    },
    updateAlertConfig: (_root, { id, input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.alertConfigs.update(viewer, id, {
        ...input,
        condition: input.condition == null ? input.condition : (stored(input.condition) as AlertCondition),
        channels: input.channels == null ? input.channels : storedChannels(input.channels),
      });
    },
    deleteAlertConfig: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.uiState.alertConfigs.delete(viewer, id);
    },
  },
} satisfies Resolvers as Resolvers;
