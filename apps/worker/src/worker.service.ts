import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { OutboxListener, OutboxRelay, QUEUE_NAMES, QueueName } from '@thidua/jobs';
import { RedisClient, redisConnection } from '@thidua/jobs';
import { Queue, Worker } from 'bullmq';
import { createServer, Server } from 'node:http';
import { DataSource } from 'typeorm';
import { DEADLINE_SWEEP_MS } from './deadlines/deadlines.processor';
import { JobHandlers } from './job-handler';
import { JOB_HANDLERS, WORKER_DATA_SOURCE } from './worker.tokens';

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** Refuses to start when a queue has no handler, or a handler names no queue. */
export function checkHandlers(
  handlers: Partial<Record<string, unknown>>,
  queues: readonly string[] = QUEUE_NAMES,
) {
  const missing = queues.filter((q) => !handlers[q]);
  const unknown = Object.keys(handlers).filter((h) => !queues.includes(h));
  if (missing.length || unknown.length) {
    throw new Error(
      `Worker refused to start: queues without handler [${missing.join(', ')}], handlers without queue [${unknown.join(', ')}]`,
    );
  }
}

/** Runs the BullMQ processors and the outbox relay; exposes /health when WORKER_HEALTH_PORT is not 0. */
@Injectable()
export class WorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('worker');
  private readonly workers: Worker[] = [];
  private readonly queues = {} as Record<QueueName, Queue>;
  private consumer?: RedisClient;
  private producer?: RedisClient;
  private relay?: OutboxRelay;
  private relayTimer?: NodeJS.Timeout;
  private relayRunning = false;
  /** A notification came during a pass: run another as soon as it ends. */
  private relayAgain = false;
  private listener?: OutboxListener;
  private health?: Server;
  private lastRelayOk = 0;
  private stopping = false;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
  ) {}

  async onApplicationBootstrap() {
    checkHandlers(this.handlers as unknown as Record<string, unknown>);
    const prefix = this.config.queuePrefix;
    this.consumer = redisConnection(this.config, 'worker');
    this.producer = redisConnection(this.config, 'producer');
    await this.producer.ping().catch(async () => {
      await new Promise((r) => this.producer!.once('ready', r));
    });
    for (const name of QUEUE_NAMES) {
      this.queues[name] = new Queue(name, {
        connection: this.producer,
        prefix,
        defaultJobOptions: {
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { count: 1000 },
          removeOnFail: { count: 5000 },
        },
      });
      const handler = this.handlers[name];
      this.workers.push(
        new Worker(name, (job) => handler.handle(job.data), {
          connection: this.consumer,
          prefix,
          concurrency: 4,
        }).on('failed', (job, err) => this.logger.error(`${name} job ${job?.id} failed: ${err.message}`)),
      );
    }
    // BullMQ keeps one scheduler per id however many workers start.
    await this.queues.deadlines.upsertJobScheduler(
      'deadline-sweep',
      { every: DEADLINE_SWEEP_MS },
      { name: 'sweep', data: {} },
    );
    this.relay = new OutboxRelay(this.dataSource, this.queues);
    this.listener = new OutboxListener(
      this.config.db.workerUrl,
      () => this.wakeRelay(),
      (e) => this.logger.warn(`outbox listener: ${e.message}; polling every ${this.config.outboxPollMs} ms`),
    );
    await this.listener.start();
    this.scheduleRelay(0);
    if (this.config.workerHealthPort) this.startHealth(this.config.workerHealthPort);
    this.logger.log(`serving queues [${QUEUE_NAMES.join(', ')}] with prefix "${prefix}"`);
  }

  private scheduleRelay(delay: number) {
    if (this.stopping) return;
    clearTimeout(this.relayTimer);
    this.relayTimer = setTimeout(() => void this.runRelay(), delay);
  }

  /** A committed outbox row was notified: a pass now, or right after the one running. */
  private wakeRelay() {
    if (this.relayRunning) this.relayAgain = true;
    else this.scheduleRelay(0);
  }

  private async runRelay() {
    this.relayRunning = true;
    let moved = 0;
    try {
      moved = await this.relay!.relayOnce();
      this.lastRelayOk = Date.now();
    } catch (e) {
      this.logger.error(`outbox relay: ${(e as Error).message}`);
    }
    this.relayRunning = false;
    const again = this.relayAgain;
    this.relayAgain = false;
    // Drain a backlog or a notification without waiting; otherwise poll, the fallback for a lost listener.
    this.scheduleRelay(moved > 0 || again ? 0 : this.config.outboxPollMs);
  }

  private startHealth(port: number) {
    this.health = createServer((req, res) => {
      const ok = Date.now() - this.lastRelayOk < Math.max(10_000, this.config.outboxPollMs * 20);
      res.writeHead(req.url === '/health' && ok ? 200 : req.url === '/health' ? 503 : 404, {
        'content-type': 'application/json',
      });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'stale' }));
    }).listen(port);
  }

  async onApplicationShutdown() {
    this.stopping = true;
    clearTimeout(this.relayTimer);
    await this.listener?.stop();
    this.health?.close();
    // worker.close() waits for active jobs without a limit of its own.
    const closing = Promise.all([
      ...this.workers.map((w) => w.close()),
      ...Object.values(this.queues).map((q) => q.close()),
    ]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([closing, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    this.consumer?.disconnect();
    this.producer?.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
