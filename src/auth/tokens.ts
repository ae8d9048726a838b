import { hash } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Pool } from 'pg';
import { Memberships } from '../stores/memberships';
import type { Viewer } from './viewer';

const claims = z.object({
  sub: z.uuid(),
  tenant_id: z.uuid(),
  roles: z.array(z.string()).default([]),
  exp: z.number(),
  iat: z.number().optional(),
});

export interface TokenSettings {
  JWT_SECRET?: string | undefined;
  JWT_JWKS_URL?: string | undefined;
  JWT_ISSUER?: string | undefined;
  JWT_AUDIENCE?: string | undefined;
  /** The longest a token may live: from its issue time (or now) to its expiry. */
  JWT_MAX_LIFETIME_S: number;
}

/** Whether the token's subject is a user of the token's tenant (stores/memberships.ts). */
export type MembershipCheck = (userId: string, tenantId: string) => Promise<boolean>;

export type VerifyToken = (token: string) => Promise<Viewer | null>;

/** Verified tokens remembered at most: a bound on memory, not a working-set estimate. */
const VERIFIED_TOKENS = 10_000;

type VerifiedViewer = Viewer & { readonly expiresAt: number };

/**
 * HS256 with a shared secret in development, keys from a JWKS endpoint in production (jose caches
 * and rotates them). Returns null for any token that is missing, malformed, forged, expired, has
 * no expiry or one too far away, or whose subject is not a user of its tenant: callers only need to
 * know whether there is a viewer.
 *
 * A token's signature and claims are checked once and the verdict kept until it expires (keyed by
 * the token's hash, so the tokens themselves are not kept): a signature check costs more than the
 * rest of a small request. Membership is asked on every use, since a user can be removed while
 * their token lives.
 */
export function createTokenVerifier(settings: TokenSettings, isMember: MembershipCheck): VerifyToken {
  const options = {
    algorithms: settings.JWT_JWKS_URL ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
    requiredClaims: ['exp', 'sub'],
    ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
    ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
  };
  const jwks = settings.JWT_JWKS_URL ? createRemoteJWKSet(new URL(settings.JWT_JWKS_URL)) : undefined;
  const secret = new TextEncoder().encode(settings.JWT_SECRET);
  const verify = (token: string) => (jwks ? jwtVerify(token, jwks, options) : jwtVerify(token, secret, options));
  const verified = new LRUCache<string, VerifiedViewer>({ max: VERIFIED_TOKENS });

  async function check(token: string): Promise<VerifiedViewer | null> {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error; // a JWKS endpoint that is down is an outage, not a bad token
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) return null;
    const { sub, tenant_id, roles, exp, iat } = parsed.data;
    const now = Math.floor(Date.now() / 1000);
    if (exp - Math.min(iat ?? now, now) > settings.JWT_MAX_LIFETIME_S) return null;
    return { userId: sub, tenantId: tenant_id, roles, expiresAt: exp };
  }

  return async (token) => {
    const key = hash('sha256', token, 'base64url');
    let viewer = verified.get(key);
    if (!viewer) {
      viewer = (await check(token)) ?? undefined;
      if (!viewer) return null;
      verified.set(key, viewer, { ttl: viewer.expiresAt * 1000 - Date.now() });
    }
    if (viewer.expiresAt * 1000 <= Date.now()) return null;
    return (await isMember(viewer.userId, viewer.tenantId)) ? viewer : null;
  };
}

/** The verifier of a running gateway: memberships read from PostgreSQL through `authPg`, briefly cached. */
export function tokenVerifierFor(settings: TokenSettings & { MEMBERSHIP_CACHE_MS: number }, authPg: Pool): VerifyToken {
  const memberships = new Memberships(authPg, settings.MEMBERSHIP_CACHE_MS);
  return createTokenVerifier(settings, (userId, tenantId) => memberships.isMember(userId, tenantId));
}

export function bearerToken(header: string | undefined | null): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/** Development tokens, signed with JWT_SECRET. */
export async function signToken(
  secret: string,
  subject: { userId: string; tenantId: string; roles: readonly string[] },
  ttl: string | number = '12h',
): Promise<string> {
  return new SignJWT({ tenant_id: subject.tenantId, roles: [...subject.roles] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.userId)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(new TextEncoder().encode(secret));
}
