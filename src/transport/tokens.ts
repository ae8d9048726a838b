/**
 * Where a streaming transport's client puts its token: graphql-ws in connection_init, as
 * `{ authorization: "Bearer …" }` or `{ token: "…" }`; graphql-sse in the Authorization header.
 */
export function bearerTokenOf(params: Record<string, unknown> | undefined): string | undefined {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  return typeof raw === 'string' && raw.length > 0 ? raw.replace(/^Bearer\s+/i, '') : undefined;
}
