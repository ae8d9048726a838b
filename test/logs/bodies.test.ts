import { parse } from 'graphql';
import { queryForLog } from '../../src/pipeline/query-text';
import { redacted } from '../../src/stores/gateway-logs';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../live/support';

/** REQUEST_LOG_BODY_SAMPLE keeps a share of operations' bodies, with what looks secret redacted. */
let gw: TestGateway;
let tenant: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway({ REQUEST_LOG: 'true', REQUEST_LOG_BODY_SAMPLE: '1' });
  tenant = await createTenant(gw.backends.pg, 'log-bodies', 0);
});

afterAll(async () => {
  await gw.backends.mongo.collection('api_request_log').deleteMany({ tenant_id: tenant.id });
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

it('keeps the sampled bodies, redacting tokens, passwords and keys at any depth', async () => {
  const variables = { token: 'tk-123', filter: { name: 'ok', password: 'hunter2', apiKey: 'k-1' }, list: [{ client_secret: 's' }] };
  // (Variables the operation does not declare are passed along and ignored, as graphql-js does.)
  const res = await gw.query('query Me { me { id } }', variables, await gw.tokenFor(tenant.member));
  expect(res.errors).toBeUndefined();
  await eventually(async () => (await gw.backends.mongo.collection('api_request_log').countDocuments({ tenant_id: tenant.id })) === 1);
  const entry = (await gw.backends.mongo.collection('api_request_log').findOne({ tenant_id: tenant.id }))!;
  expect(entry.request_body).toEqual({
    query: 'query Me { me { id } }', operationName: null,
    variables: { token: '[redacted]', filter: { name: 'ok', password: '[redacted]', apiKey: '[redacted]' }, list: [{ client_secret: '[redacted]' }] },
  });
  expect(entry.response_body).toEqual({ data: { me: { id: tenant.member.id } } });
  expect(JSON.stringify(entry)).not.toMatch(/tk-123|hunter2|k-1"/);
});

it('redacts by name, and leaves everything else as it was', () => {
  expect(redacted({ Authorization: 'Bearer x', when: new Date(0), n: 1, nested: [{ refreshToken: 'r' }, 'plain'] }))
    .toEqual({ Authorization: '[redacted]', when: new Date(0), n: 1, nested: [{ refreshToken: '[redacted]' }, 'plain'] });
});

it('redacts secret-looking literals written into the query text, and keeps the rest of the text as written', async () => {
  const query = 'query Probe($apiKey: ID = "k-default") { me { id } entity(type: PROJECT, id: $apiKey) { __typename } }   # password: "kept, a comment"';
  const res = await gw.query(query, {}, await gw.tokenFor(tenant.member));
  expect(res.data).toEqual({ me: { id: tenant.member.id }, entity: null });
  const entry = await eventually(() => gw.backends.mongo.collection('api_request_log').findOne({ tenant_id: tenant.id, operation_name: 'Probe' }));
  expect(entry!.request_body.query).toBe('query Probe($apiKey: ID = "[redacted]") { me { id } entity(type: PROJECT, id: $apiKey) { __typename } }   # password: "kept, a comment"');
});

it('redacts literals of secret-looking arguments and input fields at any depth', () => {
  const document = parse('mutation { signIn(login: "ann", password: "hunter2", options: { token: "t-1", keep: 3, list: [{ clientSecret: "s" }] }) { ok } }');
  expect(queryForLog(document)).toBe('mutation { signIn(login: "ann", password: "[redacted]", options: { token: "[redacted]", keep: 3, list: [{ clientSecret: "[redacted]" }] }) { ok } }');
});
