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
          UserPreferences: '../documents/preferences#UserPreferencesView',
          ProjectConnection: '../pagination#Connection<ProjectRow>',
        },
      },
    },
  },
};

export default config;
