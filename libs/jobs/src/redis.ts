import IORedis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';

/** Where Redis is: the one server at redisUrl, or the seed nodes of a Redis Cluster (AppConfig has both). */
export interface RedisSettings {
  redisUrl: string;
  redisClusterNodes: { host: string; port: number }[] | null;
}

export type RedisClient = IORedis | Cluster;

/**
 * What a connection is for:
 * - `worker`: BullMQ workers and queue events (blocking reads); commands wait out a reconnect or failover.
 * - `producer`: adds jobs and fails fast while Redis is away (the outbox keeps the rows for a later pass).
 * - `client`: opened on first use, one retry (the sign-in throttle, the API's what-if queue).
 * - `probe`: a one-shot check that gives up at once (start-up checks, health).
 */
export type RedisRole = 'worker' | 'producer' | 'client' | 'probe';

const PER_COMMAND: Record<RedisRole, RedisOptions> = {
  worker: { maxRetriesPerRequest: null },
  producer: { maxRetriesPerRequest: 1 },
  client: { maxRetriesPerRequest: 1 },
  probe: { maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null },
};

const PER_CONNECTION: Record<RedisRole, { lazyConnect?: boolean; enableOfflineQueue?: boolean }> = {
  worker: {},
  producer: { enableOfflineQueue: false },
  client: { lazyConnect: true },
  probe: { lazyConnect: true },
};

/**
 * The one place connections to Redis are made, so the API and the worker run alike on one server or on a
 * cluster. Never with ioredis `keyPrefix` (BullMQ refuses it): keys are prefixed by `queuePrefix`, which
 * is a hash tag on a cluster (libs/config).
 */
export function redisConnection(settings: RedisSettings, role: RedisRole): RedisClient {
  const nodes = settings.redisClusterNodes;
  if (!nodes) return new IORedis(settings.redisUrl, { ...PER_COMMAND[role], ...PER_CONNECTION[role] });
  const options: ClusterOptions = {
    ...PER_CONNECTION[role],
    redisOptions: PER_COMMAND[role],
    // While a replica takes over a dead master, commands for its slots wait and retry instead of failing.
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 200,
    // The slot map is re-read at least this often, so a promoted replica is found without a MOVED first.
    slotsRefreshInterval: 2000,
    ...(role === 'probe' ? { clusterRetryStrategy: () => null } : {}),
  };
  return new Cluster(nodes, options);
}

/** Disconnects at once a connection that may never have connected (lazy ones included). */
export async function closeRedis(client: RedisClient | undefined): Promise<void> {
  if (!client) return;
  if (client.status === 'wait') client.disconnect();
  else await client.quit().catch(() => client.disconnect());
}
