import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import pg from 'pg';
import { loadConfig } from '../src/config';
import { load, spawnGateway } from './support';
const Q = process.env.Q ?? '{ projects(first: 20) { edges { node { id name status budget tasks(first: 5) { totalCount edges { node { id title status } } } } } } }';
async function main() {
  const config = loadConfig();
  const db = new pg.Client(config.PG_URL); await db.connect();
  const { rows: [u] } = await db.query(`SELECT id, tenant_id, roles FROM users WHERE email = 'alice@acme.example'`); await db.end();
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256' };
  const s = createServer((_q, r) => r.end(JSON.stringify({ keys: [jwk] }))); await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const token = await new SignJWT({ tenant_id: u.tenant_id, roles: u.roles }).setProtectedHeader({ alg: 'ES256', kid: 'k' }).setSubject(u.id).setIssuedAt().setExpirationTime('1h').sign(privateKey);
  const g = await spawnGateway([], { NODE_ENV: 'production', JWT_JWKS_URL: `http://127.0.0.1:${(s.address() as AddressInfo).port}/` }, process.env.SCRIPT ?? 'serve.ts');
  const auth = { authorization: `Bearer ${token}` };
  console.log((await (await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: Q }) })).text()).slice(0, 200));
  const r = await load(g.url, JSON.stringify({ query: Q }), auth, Number(process.env.S ?? 10), 20);
  console.log(r);
  await g.stop(); s.close();
}
void main();
