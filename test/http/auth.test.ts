import { SignJWT } from 'jose';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'auth', 1);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

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

  it('serves _service without a token, for the router', async () => {
    const res = await gw.query('{ _service { sdl } }');
    expect(res.status).toBe(200);
    expect(res.data?._service.sdl).toMatch(/type Project implements Entity\s+@key\(fields: "id"\)/);
  });
});
