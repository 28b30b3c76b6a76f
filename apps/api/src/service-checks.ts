// Before starting, each service must answer; otherwise say which variable points at it and how to fix it.
import { AppConfig } from '@thidua/config';
import { withDatabase } from '@thidua/db';
import { redisConnection } from '@thidua/jobs';
import { Client } from 'pg';

export class Unreachable extends Error {}

export async function checkPostgres(config: AppConfig) {
  const url = new URL(config.db.ownerUrl);
  const client = new Client({
    connectionString: withDatabase(config.db.ownerUrl, 'postgres'),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
  } catch (e) {
    throw new Unreachable(
      `PostgreSQL is not reachable at ${url.host} (${(e as Error).message}).\n` +
        `  Fix: start PostgreSQL (e.g. "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start" or ` +
        `"docker compose up -d postgres"), or point DATABASE_URL at a running server.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(config: AppConfig) {
  const redis = redisConnection(config, 'probe');
  redis.on('error', () => undefined);
  const where = config.redisClusterNodes?.map((n) => `${n.host}:${n.port}`).join(', ') ?? config.redisUrl;
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    throw new Unreachable(
      `Redis is not reachable at ${where} (${(e as Error).message}).\n` +
        `  Fix: start Redis (e.g. "redis-server --daemonize yes --port 6379" or "docker compose up -d redis"), ` +
        `or set ${config.redisClusterNodes ? 'REDIS_CLUSTER_NODES' : 'REDIS_URL'}.`,
    );
  } finally {
    redis.disconnect();
  }
}
