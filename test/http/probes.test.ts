import { startTestGateway, type TestGateway } from '../support/gateway';

let gw: TestGateway;
const base = () => gw.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(() => gw.stop());

describe('operational endpoints', () => {
  it('/healthz says the process is alive', async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
  });

  it('/readyz checks PostgreSQL, MongoDB and Redis', async () => {
    await gw.backends.redis.ping().catch(() => undefined);
    const res = await fetch(`${base()}/readyz`);
    expect(await res.json()).toEqual({ ready: true, checks: { postgres: 'ok', mongodb: 'ok', redis: 'ok' } });
    expect(res.status).toBe(200);
  });

  it('/metrics exposes Prometheus counters', async () => {
    await gw.query('{ _service { sdl } }');
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toMatch(/graphql_operations_total\{type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/process_cpu_seconds_total/);
  });
});
