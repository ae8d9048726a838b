import type { CodegenConfig } from '@graphql-codegen/cli';
import { catalogue } from './src/catalogue/collections';

/** Each catalogue collection's type and connection are its stored documents, as declared. */
const catalogueMappers = Object.fromEntries(
  catalogue.flatMap(({ name, graphql: { type } }) => [
    [type, `../catalogue/documents#DocumentOf<'${name}'>`],
    [`${type}Connection`, `../pagination#DocumentConnection<'${name}'>`],
  ]),
);

/**
 * Resolver types for the SDL in schema/, with parents typed as the rows and documents stores
 * return; and typed documents of the example operations in examples/operations/ (the client
 * preset), so a front end copies examples that compile, and `codegen:check` fails when one no
 * longer matches the schema.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'examples/__generated__/': {
      preset: 'client',
      documents: 'examples/operations/**/*.graphql',
      config: {
        enumsAsTypes: true,
        // As they travel in JSON.
        scalars: { DateTime: 'string', Date: 'string', LocalDate: 'string', Decimal: 'string', JSON: 'unknown' },
      },
    },
    'src/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        federation: true,
        useIndexSignature: false,
        contextType: '../context#GatewayContext',
        enumsAsTypes: true,
        scalars: { DateTime: 'Date', Date: 'string', Decimal: 'string', JSON: 'unknown' },
        mappers: {
          Tenant: '../registry/rows#TenantRow',
          User: '../registry/rows#UserRow',
          Project: '../registry/rows#ProjectRow',
          Task: '../registry/rows#TaskRow',
          Asset: '../registry/rows#AssetRow',
          Vendor: '../registry/rows#VendorRow',
          PurchaseOrder: '../registry/rows#PurchaseOrderRow',
          UserPreferences: '../documents/preferences#UserPreferencesView',
          Dashboard: '../dashboards/models#DashboardModel',
          DashboardTile: '../dashboards/models#TileModel',
          Snapshot: '../cache/read-through#CachedValue',
          AnalyticsSeries: '../stores/analytics#RollupSeries',
          AnalyticsPoint: '../stores/analytics#RollupPoint',
          AnalyticsMetric: '../loaders/analytics#MetricModel',
          Report: '../reports/models#ReportModel',
          ReportType: '../reports/models#ReportTypeModel',
          ProjectConnection: '../pagination#Connection<ProjectRow>',
          TaskConnection: '../pagination#Connection<TaskRow>',
          AssetConnection: '../pagination#Connection<AssetRow>',
          PurchaseOrderConnection: '../pagination#Connection<PurchaseOrderRow>',
          Conversation: '../chat/conversations#MemberConversation',
          ConversationMember: '../chat/conversations#Membership',
          ConversationConnection: '../pagination#Connection<MemberConversation>',
          ConversationUpdate: '../live/chat-events#ConversationUpdateEvent',
          TypingIndicator: '../live/chat-events#TypingEvent',
          Presence: '../stores/presence#PresenceState',
          ...catalogueMappers,
        },
      },
    },
  },
};

export default config;
