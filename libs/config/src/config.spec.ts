import { ConfigError, loadConfig } from './index';

const SECRET = 'a-production-secret-of-at-least-32-chars';

describe('loadConfig', () => {
  it('runs locally with no variables at all, listening on the loopback address only', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'thidua',
      accessTokenTtlSeconds: 900,
    });
    expect(config.db.appUrl).toBe('postgres://thidua_app@127.0.0.1:5432/thidua');
  });

  it('trusts a proxy for client addresses only when told which', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
  });

  it('uses a Redis Cluster when given its nodes, with the queue prefix in a hash tag', () => {
    expect(loadConfig({}).redisClusterNodes).toBeNull();
    const config = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.5:7000, redis-2:7001', QUEUE_PREFIX: 'tdk' });
    expect(config.redisClusterNodes).toEqual([
      { host: '10.0.0.5', port: 7000 },
      { host: 'redis-2', port: 7001 },
    ]);
    expect(config.queuePrefix).toBe('{tdk}');
    for (const nodes of ['10.0.0.5', '10.0.0.5:7000,', 'a:1 b:2', 'a:70000'])
      expect(() => loadConfig({ REDIS_CLUSTER_NODES: nodes })).toThrow(/REDIS_CLUSTER_NODES/);
    expect(() => loadConfig({ QUEUE_PREFIX: '{tdk}' })).toThrow(/QUEUE_PREFIX/);
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*REDIS_URL|REDIS_URL[\s\S]*PORT/,
    );
  });

  it('refuses production without a JWT secret, or with a short one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'only-sixteen-chr' })).toThrow(
      /JWT_SECRET/,
    );
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET }).jwtSecret).toBe(SECRET);
  });

  it('draws a random secret per process outside production, never one written in the source', () => {
    const secrets = [0, 1].map(() => {
      let secret = '';
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy of the module
        secret = (require('./index') as typeof import('./index')).loadConfig({}).jwtSecret;
      });
      return secret;
    });
    expect(secrets[0]).toHaveLength(64);
    expect(secrets[0]).not.toBe(secrets[1]);
    expect(loadConfig({}).jwtSecret).toBe(loadConfig({ NODE_ENV: 'test' }).jwtSecret);
  });

  it('reads token lifetimes as durations and keeps the access token shorter than the session', () => {
    const config = loadConfig({ ACCESS_TOKEN_TTL: '10m', REFRESH_TOKEN_TTL: '30d' });
    expect([config.accessTokenTtlSeconds, config.refreshTokenTtlSeconds]).toEqual([600, 2_592_000]);
    expect(loadConfig({ ACCESS_TOKEN_TTL: '90' }).accessTokenTtlSeconds).toBe(90);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL: '15 minutes' })).toThrow(/ACCESS_TOKEN_TTL/);
    expect(() => loadConfig({ ACCESS_TOKEN_TTL: '2d', REFRESH_TOKEN_TTL: '1d' })).toThrow(ConfigError);
  });

  it('derives the API and worker roles from the owner URL, keeping host and database', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://owner:pw@db.internal:6543/portal',
      APP_DB_PASSWORD: 's3cret',
    });
    expect(config.db.appUrl).toBe('postgres://thidua_app:s3cret@db.internal:6543/portal');
    expect(config.db.workerUrl).toBe('postgres://thidua_worker@db.internal:6543/portal');
  });
});
