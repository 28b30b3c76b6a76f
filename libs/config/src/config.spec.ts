import { ConfigError, loadConfig } from './index';

describe('loadConfig', () => {
  it('runs locally with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, redisUrl: 'redis://127.0.0.1:6379', queuePrefix: 'thidua' });
    expect(config.db.appUrl).toBe('postgres://thidua_app@127.0.0.1:5432/thidua');
  });

  it('names every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'not a url' })).toThrow(
      /PORT[\s\S]*REDIS_URL|REDIS_URL[\s\S]*PORT/,
    );
  });

  it('refuses production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret' }).jwtSecret).toBe(
      'a-long-enough-secret',
    );
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
