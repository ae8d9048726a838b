import { SignJWT, createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import type { Viewer } from './viewer';

const claims = z.object({
  sub: z.uuid(),
  tenant_id: z.uuid(),
  roles: z.array(z.string()).default([]),
  exp: z.number().optional(),
});

export interface TokenSettings {
  JWT_SECRET?: string | undefined;
  JWT_JWKS_URL?: string | undefined;
  JWT_ISSUER?: string | undefined;
  JWT_AUDIENCE?: string | undefined;
}

export type VerifyToken = (token: string) => Promise<Viewer | null>;

/**
 * HS256 with a shared secret in development, keys from a JWKS endpoint in production (jose caches
 * and rotates them). Returns null for any token that is missing, malformed, expired or forged:
 * callers only need to know whether there is a viewer.
 */
export function createTokenVerifier(settings: TokenSettings): VerifyToken {
  const options = {
    algorithms: settings.JWT_JWKS_URL ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
    ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
    ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
  };
  const jwks = settings.JWT_JWKS_URL ? createRemoteJWKSet(new URL(settings.JWT_JWKS_URL)) : undefined;
  const secret = new TextEncoder().encode(settings.JWT_SECRET);
  const verify = (token: string) => (jwks ? jwtVerify(token, jwks, options) : jwtVerify(token, secret, options));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error; // a JWKS endpoint that is down is an outage, not a bad token
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) return null;
    const { sub, tenant_id, roles, exp } = parsed.data;
    return { userId: sub, tenantId: tenant_id, roles, expiresAt: exp };
  };
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
