/**
 * The layering, as a check (`npm run check:layers`, part of `make test`):
 * transport (server, http, graphql-ws, graphql-sse) → pipeline → resolvers → loaders → stores,
 * nothing importing back up;
 * stores never import graphql; no import cycles. Type-only imports are not dependencies at run
 * time, so a lower layer may name a type of a higher one (the feed a loader is handed).
 */
const value = { dependencyTypesNot: ['type-only'] };

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true, ...value } },
    {
      name: 'stores-are-the-bottom',
      comment: 'Stores talk to the databases; they know nothing of loaders, resolvers, transports or GraphQL.',
      severity: 'error',
      from: { path: '^src/stores/' },
      to: { path: ['^src/(loaders|live|http|audit|pipeline|transport)/', '^resolvers/', '^src/(server|context|schema)\\.ts$', 'node_modules/(graphql|@apollo)/'], ...value },
    },
    {
      name: 'loaders-below-resolvers',
      severity: 'error',
      from: { path: '^src/loaders/' },
      to: { path: ['^resolvers/', '^src/(http|live|pipeline|transport)/', '^src/(server|schema)\\.ts$'], ...value },
    },
    {
      name: 'resolvers-below-transports',
      severity: 'error',
      from: { path: '^resolvers/' },
      to: { path: ['^src/(http|live|pipeline|transport)/', '^src/(server|schema)\\.ts$'], ...value },
    },
    {
      name: 'pipeline-below-transports',
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: ['^src/(http|transport)/', '^src/server\\.ts$'], ...value },
    },
    {
      name: 'declarations-are-data',
      comment: 'The catalogue and registries are declarations: they import nothing that does work.',
      severity: 'error',
      from: { path: '^src/(catalogue|registry)/' },
      to: { path: ['^src/(loaders|stores|live|http|audit|cache)/', '^resolvers/', '^src/(server|context)\\.ts$'], ...value },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/__generated__/' },
  },
};
