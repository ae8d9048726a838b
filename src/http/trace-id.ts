import { context, trace } from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';

/**
 * A request that asks (`"extensions": { "trace": true }`) gets its trace id in the response's
 * extensions, to find its trace in the tracing backend; only while tracing is on (tracing.ts).
 */
export function traceIdPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      if (request.extensions?.trace !== true) return;
      return {
        async willSendResponse({ response }) {
          const span = trace.getSpan(context.active());
          if (!span || response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          singleResult.extensions = { ...singleResult.extensions, traceId: span.spanContext().traceId };
        },
      };
    },
  };
}
