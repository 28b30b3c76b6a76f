import { loadConfig } from '@thidua/config';
import { closeRedis, redisConnection } from '@thidua/jobs';
import { Queue } from 'bullmq';

/**
 * The ranking queue the worker processes drain, under the queue prefix TestApp.start put in the environment
 * (a Redis Cluster too, when REDIS_CLUSTER_NODES is set); `close` ends it and its connection.
 */
export function rankingQueue(): { queue: Queue; close: () => Promise<void> } {
  const config = loadConfig();
  const connection = redisConnection(config, 'producer');
  const queue = new Queue('ranking', { connection, prefix: config.queuePrefix });
  return {
    queue,
    close: async () => {
      await queue.close();
      await closeRedis(connection);
    },
  };
}

/** No job waiting, active, delayed or prioritized: the workers have drained the queue. */
export async function queueIdle(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).every((n) => n === 0);
}
