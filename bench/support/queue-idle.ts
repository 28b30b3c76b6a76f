import { Queue } from 'bullmq';

/** No job waiting, active, delayed or prioritized: the workers have drained the queue. */
export async function queueIdle(queue: Queue): Promise<boolean> {
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
  return Object.values(counts).every((n) => n === 0);
}
