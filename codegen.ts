import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types for the SDL in schema/, with parents typed as the rows and documents stores return. */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
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
          EntityChange: '../documents/types#EntityChangeDoc',
          FieldAudit: '../documents/types#FieldAuditDoc',
          Comment: '../documents/types#CommentDoc',
          Attachment: '../documents/types#AttachmentDoc',
          ActivityEvent: '../documents/types#ActivityEventDoc',
          Notification: '../documents/notifications#NotificationDoc',
          UserPreferences: '../documents/preferences#UserPreferencesView',
          Dashboard: '../dashboards/models#DashboardModel',
          DashboardTile: '../dashboards/models#TileModel',
          Snapshot: '../cache/read-through#CachedValue',
          Report: '../reports/models#ReportModel',
          ReportType: '../reports/models#ReportTypeModel',
          ProjectConnection: '../pagination#Connection<ProjectRow>',
          TaskConnection: '../pagination#Connection<TaskRow>',
          AssetConnection: '../pagination#Connection<AssetRow>',
          PurchaseOrderConnection: '../pagination#Connection<PurchaseOrderRow>',
          EntityChangeConnection: '../pagination#Connection<EntityChangeDoc>',
          FieldAuditConnection: '../pagination#Connection<FieldAuditDoc>',
          CommentConnection: '../pagination#Connection<CommentDoc>',
          AttachmentConnection: '../pagination#Connection<AttachmentDoc>',
          ActivityEventConnection: '../pagination#Connection<ActivityEventDoc>',
          NotificationConnection: '../pagination#Connection<NotificationDoc>',
        },
      },
    },
  },
};

export default config;
