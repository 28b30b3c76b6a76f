import { AppConfig } from '@thidua/config';
import { QUEUE_NAMES, RedisClient, redisConnection } from '@thidua/jobs';
import { Queue } from 'bullmq';

export const OPS_QUEUES = Symbol('OPS_QUEUES');

/** The API's read-only handles on every queue, for /health, /metrics and the queue board. */
export class OpsQueues {
  readonly all: Queue[];
  private readonly connection: RedisClient;

  constructor(config: AppConfig) {
    // Fails fast while Redis is away: /health and /metrics answer instead of waiting for it.
    this.connection = redisConnection(config, 'producer');
    this.connection.on('error', () => undefined);
    this.all = QUEUE_NAMES.map((name) =>
      new Queue(name, { connection: this.connection, prefix: config.queuePrefix }).on(
        'error',
        () => undefined,
      ),
    );
  }

  /** The connection first: closing a queue whose Redis is away would wait for it. */
  async close() {
    this.connection.disconnect();
    await Promise.all(this.all.map((q) => q.close().catch(() => undefined)));
  }
}
