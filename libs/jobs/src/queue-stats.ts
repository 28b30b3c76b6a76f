import { Queue } from 'bullmq';

export const COUNTED_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'] as const;

export interface QueueStats {
  queue: string;
  counts: Record<(typeof COUNTED_STATES)[number], number>;
  /** Age of the oldest job waiting to run (waiting or prioritized; delayed ones are not due), 0 when none. */
  oldestWaitingMs: number;
}

/** Depth and age of each queue, from Redis: the same figures whichever process reads them. */
export async function queueStats(queues: readonly Queue[], now = Date.now()): Promise<QueueStats[]> {
  return Promise.all(
    queues.map(async (queue) => {
      const [counts, oldest] = await Promise.all([
        queue.getJobCounts(...COUNTED_STATES),
        queue.getJobs(['waiting', 'prioritized'], 0, 0, true),
      ]);
      const timestamps = oldest.filter(Boolean).map((j) => j.timestamp);
      return {
        queue: queue.name,
        counts: counts as QueueStats['counts'],
        oldestWaitingMs: timestamps.length ? Math.max(0, now - Math.min(...timestamps)) : 0,
      };
    }),
  );
}

/** Every failed job of a queue back to waiting (after the cause is fixed); returns how many. */
export async function retryFailed(queue: Queue): Promise<number> {
  const failed = await queue.getJobCountByTypes('failed');
  await queue.retryJobs({ state: 'failed', count: 1000 });
  return failed;
}
