import { SignJWT } from 'jose';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

beforeAll(async () => {
  // Memberships are not cached here, so that a removed user is refused at once.
  gw = await startTestGateway({ MEMBERSHIP_CACHE_MS: '0', JWT_MAX_LIFETIME_S: '3600' });
  acme = await createTenant(gw.backends.pg, 'auth', 1);
  globex = await createTenant(gw.backends.pg, 'auth-other', 1);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const sign = (claims: Record<string, unknown>, subject: string, expires?: number | string, secret = gw.config.JWT_SECRET!) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt();
  return (expires === undefined ? jwt : jwt.setExpirationTime(expires)).sign(new TextEncoder().encode(secret));
};
const codeFor = async (token: string) => (await gw.query('{ me { id } projects { totalCount } }', {}, token)).errors?.[0]?.extensions?.code;

describe('authentication', () => {
  it('answers UNAUTHENTICATED (401) without a token, and nothing executes', async () => {
    const res = await gw.query('{ me { id } projects { totalCount } }');
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
  });

  it('rejects forged, expired and malformed tokens the same way', async () => {
    const forged = await new SignJWT({ tenant_id: acme.id })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(acme.admin.id).setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const expired = await new SignJWT({ tenant_id: acme.id })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(acme.admin.id).setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(gw.config.JWT_SECRET));
    for (const token of [forged, expired, 'not.a.jwt']) {
      const res = await gw.query('{ me { id } }', {}, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it("refuses a validly signed token whose subject is not a user of its tenant: it reads nothing of that tenant", async () => {
    const crossTenant = await sign({ tenant_id: globex.id, roles: ['admin'] }, acme.admin.id, '10m');
    expect(await codeFor(crossTenant)).toBe('UNAUTHENTICATED');
    const nobody = await sign({ tenant_id: acme.id }, '00000000-0000-4000-8000-000000000000', '10m');
    expect(await codeFor(nobody)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without an expiry, or one that would live longer than JWT_MAX_LIFETIME_S', async () => {
    expect(await codeFor(await sign({ tenant_id: acme.id }, acme.admin.id))).toBe('UNAUTHENTICATED');
    expect(await codeFor(await sign({ tenant_id: acme.id }, acme.admin.id, '2h'))).toBe('UNAUTHENTICATED');
    expect(await codeFor(await sign({ tenant_id: acme.id }, acme.admin.id, '50m'))).toBeUndefined();
  });

  it("refuses an unsigned token (alg: none)", async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: acme.admin.id, tenant_id: acme.id, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    expect(await codeFor(unsigned)).toBe('UNAUTHENTICATED');
  });

  it('refuses the token of a user removed from the tenant (after the membership cache, here none)', async () => {
    const { rows: [user] } = await gw.backends.pg.query(
      `INSERT INTO users (tenant_id, email, name) VALUES ($1, 'leaver@auth.test', 'Leaver') RETURNING id`, [acme.id],
    );
    const token = await sign({ tenant_id: acme.id }, user.id, '10m');
    expect(await codeFor(token)).toBeUndefined();
    await gw.backends.pg.query('DELETE FROM users WHERE id = $1', [user.id]);
    expect(await codeFor(token)).toBe('UNAUTHENTICATED');
  });

  it('serves _service without a token, for the router', async () => {
    const res = await gw.query('{ _service { sdl } }');
    expect(res.status).toBe(200);
    expect(res.data?._service.sdl).toMatch(/type Project implements Entity\s+@key\(fields: "id"\)/);
  });
});
