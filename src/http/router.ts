import { timingSafeEqual } from 'node:crypto';

export const ROUTER_SECRET_HEADER = 'x-router-secret';

/**
 * Whether a request comes from the supergraph router, which proves it with the shared secret
 * (ROUTER_SECRET) in `x-router-secret`. Without a configured secret nothing is router traffic.
 */
export function routerCheck(secret: string | undefined) {
  const expected = secret === undefined ? undefined : Buffer.from(secret);
  return (header: string | string[] | undefined): boolean => {
    if (!expected || typeof header !== 'string') return false;
    const given = Buffer.from(header);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
}
