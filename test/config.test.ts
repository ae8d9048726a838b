import { ConfigError, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('applies defaults that point at the local services', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.PG_URL).toBe('postgres://postgres@127.0.0.1:55432/polyglot');
    expect(config.MAX_PAGE_SIZE).toBe(100);
    expect(config.introspection).toBe(true);
  });

  it('names every bad variable and what is wrong with it', () => {
    expect.assertions(5);
    try {
      loadConfig({ PORT: 'eighty', PG_URL: 'http://db', REDIS_URL: 'nope', JWT_SECRET: 'short' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/PORT: .*number/);
      expect(message).toMatch(/PG_URL: /);
      expect(message).toMatch(/REDIS_URL: /);
      expect(message).toMatch(/JWT_SECRET: must be at least 32 characters/);
    }
  });

  it('refuses production without a JWKS endpoint and turns introspection off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_JWKS_URL/);
    const config = loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://id.example/.well-known/jwks.json' });
    expect(config.introspection).toBe(false);
    expect(config.JWT_SECRET).toBeUndefined();
  });

  it("asks for the router's shared key with its invalidation endpoint, which is off by default", () => {
    expect(loadConfig({}).ROUTER_INVALIDATION_URL).toBeUndefined();
    expect(() => loadConfig({ ROUTER_INVALIDATION_URL: 'http://127.0.0.1:3000/invalidation' })).toThrow(/ROUTER_INVALIDATION_KEY: /);
    const config = loadConfig({ ROUTER_INVALIDATION_URL: 'http://127.0.0.1:3000/invalidation', ROUTER_INVALIDATION_KEY: 'k' });
    expect(config.ROUTER_SUBGRAPH_NAME).toBe('gateway');
  });

  it('leaves the email, push and SMS channels off until their URLs are set, and checks them', () => {
    const config = loadConfig({});
    expect([config.SMTP_URL, config.PUSH_PROVIDER_URL, config.SMS_PROVIDER_URL]).toEqual([undefined, undefined, undefined]);
    expect(config.DELIVERY_ATTEMPTS).toBe(5);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: /);
    expect(() => loadConfig({ PUSH_PROVIDER_URL: 'push.example' })).toThrow(/PUSH_PROVIDER_URL: /);
    expect(() => loadConfig({ DELIVERY_ATTEMPTS: '0' })).toThrow(/DELIVERY_ATTEMPTS: /);
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe('smtps://u:p@mail.example:465');
  });

  it('runs the analytics rollups every 5 minutes unless told otherwise; 0 turns them off', () => {
    expect(loadConfig({}).ROLLUP_INTERVAL_MS).toBe(300_000);
    expect(loadConfig({ ROLLUP_INTERVAL_MS: '0' }).ROLLUP_INTERVAL_MS).toBe(0);
    expect(() => loadConfig({ ROLLUP_INTERVAL_MS: '10' })).toThrow(/ROLLUP_INTERVAL_MS: 0 \(off\) or at least 1000/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(4000);
  });
});
