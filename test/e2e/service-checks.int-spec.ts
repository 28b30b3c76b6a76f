import { loadConfig } from '@thidua/config';
import { checkPostgres, checkRedis } from '../../apps/api/src/service-checks';

/** `npm start` refuses with the variable to fix when a service does not answer. */
describe('service checks', () => {
  it('pass against the running PostgreSQL and Redis', async () => {
    const config = loadConfig({});
    await expect(checkPostgres(config)).resolves.toBeUndefined();
    await expect(checkRedis(config)).resolves.toBeUndefined();
  });

  it('name DATABASE_URL when PostgreSQL does not answer', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/thidua' });
    await expect(checkPostgres(config)).rejects.toThrow(
      /PostgreSQL is not reachable at 127\.0\.0\.1:1[\s\S]*DATABASE_URL/,
    );
  });

  it('name REDIS_URL when Redis does not answer', async () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:1' });
    await expect(checkRedis(config)).rejects.toThrow(/Redis is not reachable[\s\S]*REDIS_URL/);
  });

  it('name REDIS_CLUSTER_NODES and its nodes when no cluster node answers', async () => {
    const config = loadConfig({ REDIS_CLUSTER_NODES: '127.0.0.1:1,127.0.0.1:2' });
    await expect(checkRedis(config)).rejects.toThrow(
      /Redis is not reachable at 127\.0\.0\.1:1, 127\.0\.0\.1:2[\s\S]*REDIS_CLUSTER_NODES/,
    );
  });
});
