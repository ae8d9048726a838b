import type { IncomingMessage, Server } from 'node:http';
import type { ExecutionResult } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Viewer } from '../auth/viewer';
import type { Logger } from '../logger';
import type { OperationPipeline } from '../pipeline/operations';
import { bearerTokenOf } from './tokens';

type SocketExtra = {
  viewer?: Viewer;
  fromRouter?: boolean;
  expiryTimer?: NodeJS.Timeout;
  /** Per operation id, what to call when it ends: the user's subscription count goes down. */
  releases?: Map<string, () => void>;
};

/**
 * graphql-ws on the HTTP server's port and path, a thin adapter of the operation pipeline.
 * Sockets are authenticated once at connection_init and closed when the token expires.
 */
export interface SocketOptions {
  path: string;
  /** The largest message a client may send; a bigger one closes the socket (1009). */
  maxPayloadBytes: number;
  /** How long a new socket may take to send connection_init (then 4408). */
  initTimeoutMs: number;
  fromRouter: (req: IncomingMessage) => boolean;
  logger: Logger;
}

export function attachSocketServer(httpServer: Server, pipeline: OperationPipeline, options: SocketOptions) {
  const logSocketError = (error: Error) => options.logger.info({ reason: error.message }, 'graphql-ws: socket closed for a protocol error');
  const { fromRouter } = options;
  const wsServer = new WebSocketServer({ server: httpServer, path: options.path, maxPayload: options.maxPayloadBytes });

  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      execute: pipeline.execute,
      subscribe: pipeline.subscribe,
      connectionInitWaitTimeout: options.initTimeoutMs,
      async onConnect(ctx) {
        const viewer = await pipeline.authenticate(bearerTokenOf(ctx.connectionParams)).catch(() => undefined);
        if (viewer === undefined) {
          // The token could not be checked (PostgreSQL is away): 1013, which clients retry later.
          ctx.extra.socket.close(1013, 'Try again later');
          return false;
        }
        if (!viewer) {
          // 4401, not graphql-ws's default 4403: clients (graphql-ws's own among them) retry a
          // 4403, which may pass later, but give up on 4401 at once, as they should for a bad token.
          ctx.extra.socket.close(CloseCode.Unauthorized, 'A valid bearer token is required');
          return false;
        }
        ctx.extra.viewer = viewer;
        ctx.extra.fromRouter = fromRouter(ctx.extra.request);
        if (viewer.expiresAt !== undefined) {
          const socket = ctx.extra.socket;
          const ms = Math.max(0, viewer.expiresAt * 1000 - Date.now());
          ctx.extra.expiryTimer = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Token expired'), ms);
        }
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const prepared = await pipeline.prepare(payload, ctx.extra.viewer!, ctx.extra.fromRouter);
        (ctx.extra.releases ??= new Map()).set(id, prepared.release);
        return prepared.args;
      },
      // Runs however the operation ends: completed, failed, or its socket closed.
      onComplete(ctx, id) {
        ctx.extra.releases?.get(id)?.();
        ctx.extra.releases?.delete(id);
      },
      onClose(ctx) {
        clearTimeout(ctx.extra.expiryTimer);
        for (const release of ctx.extra.releases?.values() ?? []) release();
        ctx.extra.releases?.clear();
      },
      onNext(_ctx, _id, _payload, args, result) {
        return pipeline.formatResult(result as ExecutionResult, args.contextValue as object);
      },
    },
    wsServer,
  );

  // A socket-level error is the client's doing (a frame over maxPayload, a malformed frame): ws
  // closes the socket itself (1009, 1002). graphql-ws would report it with console.error as an
  // internal error; its listener is replaced by one that logs it as what it is.
  wsServer.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => logSocketError(error));
  });

  return {
    wsServer,
    /** Closes every socket (1001 Going Away) and stops accepting new ones. */
    async close() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
