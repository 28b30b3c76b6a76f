// `npm run jobs:retry [-- queue…]`: every failed job of the named queues (all by default) back to waiting, once
// the cause is fixed — the same as the queue board's "Retry all" on the Failed tab.
import { loadConfig } from '@thidua/config';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '../queues';
import { retryFailed } from '../queue-stats';

async function main() {
  const config = loadConfig();
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !QUEUE_NAMES.includes(n as never));
  if (unknown.length)
    throw new Error(`unknown queue(s) ${unknown.join(', ')}; queues: ${QUEUE_NAMES.join(', ')}`);
  for (const name of names.length ? names : QUEUE_NAMES) {
    const queue = new Queue(name, { connection: { url: config.redisUrl }, prefix: config.queuePrefix });
    try {
      process.stdout.write(`${name}: ${await retryFailed(queue)} failed job(s) back to waiting\n`);
    } finally {
      await queue.close();
    }
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
