import type {
  ApolloServerPlugin, GraphQLRequestContextDidResolveOperation, GraphQLRequestContextResponseForOperation,
  GraphQLRequestContextWillSendResponse, GraphQLRequestListener, GraphQLResponse,
} from '@apollo/server';
import type { GatewayContext } from '../context';

/**
 * One concern of the gateway's own per-request work under Apollo Server (admission, row
 * selection, the response cache, the request log, the metrics). A hook returns a promise only
 * when it has something to wait for.
 */
export interface RequestHooks {
  /** Before anything executes; throwing refuses the operation. */
  didResolveOperation?(request: GraphQLRequestContextDidResolveOperation<GatewayContext>): Promise<void> | void;
  /** An answer that replaces executing the operation, or null. */
  responseForOperation?(request: GraphQLRequestContextResponseForOperation<GatewayContext>): Promise<GraphQLResponse | null> | null;
  /** `startedAt` is the request's start (performance.now()), when Apollo began processing it. */
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<GatewayContext>, startedAt: number): void;
}

/**
 * The concerns, in order, as one Apollo plugin with one request listener. Apollo creates a promise
 * per listener for each stage of every request (and awaits each in turn for
 * responseForOperation): one plugin per concern cost more than `{ __typename }` does to execute.
 * The listener also carries the request's start time, which each concern would otherwise keep in
 * a WeakMap of its own.
 */
export function requestHooksPlugin(concerns: readonly RequestHooks[]): ApolloServerPlugin<GatewayContext> {
  const resolving = concerns.filter((c) => c.didResolveOperation);
  const answering = concerns.filter((c) => c.responseForOperation);
  const sending = concerns.filter((c) => c.willSendResponse);
  return {
    async requestDidStart() {
      const startedAt = performance.now();
      const listener: GraphQLRequestListener<GatewayContext> = {
        async didResolveOperation(request) {
          for (const concern of resolving) {
            const pending = concern.didResolveOperation!(request);
            if (pending) await pending;
          }
        },
        async willSendResponse(request) {
          for (const concern of sending) concern.willSendResponse!(request, startedAt);
        },
      };
      if (answering.length > 0) {
        listener.responseForOperation = async (request) => {
          for (const concern of answering) {
            const pending = concern.responseForOperation!(request);
            const answer = pending && (await pending);
            if (answer) return answer;
          }
          return null;
        };
      }
      return listener;
    },
  };
}
