import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginInlineTrace } from '@apollo/server/plugin/inlineTrace';

/**
 * Federated traces (ftv1) for a router that asks for them (`apollo-federation-include-trace:
 * ftv1`): Apollo Server's own plugin, as it installs it by default for a subgraph, but only handed
 * the requests that ask. Apollo's builds a trace tree for every request before it looks at the
 * header, a cost the other requests need not pay. Goes last among the plugins, where Apollo puts
 * its own.
 */
export function inlineTracePlugins(): ApolloServerPlugin[] {
  const traces = ApolloServerPluginInlineTrace(); // the schema is a subgraph's: no need to ask
  return [
    ApolloServerPluginInlineTraceDisabled(),
    {
      async requestDidStart(request) {
        if (request.request.http?.headers.get('apollo-federation-include-trace') !== 'ftv1') return;
        return traces.requestDidStart!(request);
      },
    },
  ];
}
