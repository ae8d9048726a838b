import { bearerToken } from '../auth/tokens';
import type { Viewer } from '../auth/viewer';
import type { GatewayError } from '../errors';

/**
 * Where a streaming transport's client puts its token: graphql-ws in connection_init, as
 * `{ authorization: "Bearer …" }` or `{ token: "…" }`; graphql-sse in the Authorization header.
 */
export function bearerTokenOf(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  return typeof raw === 'string' && raw.length > 0 ? raw.replace(/^Bearer\s+/i, '') : undefined;
}

export interface Refusal {
  status: 401 | 503;
  message: string;
  code: string;
}

/**
 * The viewer of a request carrying `authorization`, or why it is refused before anything runs:
 * 401 without a valid token, 503 when PostgreSQL cannot say whose token it is.
 */
export async function viewerOrRefusal(
  authenticate: (token: string | undefined) => Promise<Viewer | null>, authorization: string | null | undefined,
): Promise<{ viewer: Viewer } | { refusal: Refusal }> {
  try {
    const viewer = await authenticate(bearerToken(authorization ?? undefined));
    if (viewer) return { viewer };
    return { refusal: { status: 401, message: 'A valid bearer token is required.', code: 'UNAUTHENTICATED' } };
  } catch (error) {
    const { message, extensions } = error as GatewayError;
    return { refusal: { status: 503, message, code: String(extensions?.code ?? 'INTERNAL_SERVER_ERROR') } };
  }
}
