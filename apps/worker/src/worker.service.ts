import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@thidua/config';
import {
  OutboxListener,
  OutboxRelay,
  QUEUE_NAMES,
  QueueName,
  queueStats,
  RedisClient,
  redisConnection,
} from '@thidua/jobs';
import {
  answerHealth,
  createRegistry,
  HealthProbes,
  jobMetrics,
  JobMetrics,
  metricsAllowed,
  outboxMetrics,
  queueMetrics,
} from '@thidua/ops';
import { Job, Queue, Worker } from 'bullmq';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Store, storage } from 'nestjs-pino/storage';
import type { Logger as PinoRoot } from 'pino';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { DEADLINE_SWEEP_MS } from './deadlines/deadlines.processor';
import { JobHandlers } from './job-handler';
import { JOB_HANDLERS, WORKER_DATA_SOURCE, WORKER_LOGGER } from './worker.tokens';

/**
 * Retries with backoff (1, 2, 4, 8 s) before a job counts as failed for good; failed jobs stay (bounded) for the
 * queue board and `npm run jobs:retry`, completed ones only as many as the board needs to show recent work.
 */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000, age: 14 * 24 * 3600 },
} as const;

/**
 * How soon a dead worker's job goes to another: its lock lapses after `lockDuration` (renewed every half of it
 * while the job runs) and a stalled check every `stalledInterval` finds it — within 15 s, against BullMQ's
 * 30 s + 30 s. The longest job (a 150 × 100 recompute) takes well under a second, so no live lock lapses.
 */
export const STALL_OPTIONS = { lockDuration: 10_000, stalledInterval: 5_000 } as const;

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

/**
 * Runs the BullMQ processors and the outbox relay; serves /health and /metrics on WORKER_HEALTH_PORT (0: none).
 * Each job runs with its own log context (queue, jobId, group and period), timed into the job metrics.
 */
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
  private httpServer?: Server;
  private lastRelayOk = 0;
  private stopping = false;
  readonly registry: Registry = createRegistry('worker');
  private readonly metrics: JobMetrics = jobMetrics(this.registry);
  private readonly probes: HealthProbes;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(JOB_HANDLERS) private readonly handlers: JobHandlers,
    @Inject(WORKER_LOGGER) private readonly rootLogger: PinoRoot,
    private readonly health: HealthCheckService,
    indicators: HealthIndicatorService,
  ) {
    this.probes = new HealthProbes(indicators);
    queueMetrics(this.registry, () => queueStats(Object.values(this.queues)));
    outboxMetrics(this.registry, () => this.outboxLag());
  }

  async onApplicationBootstrap() {
    checkHandlers(this.handlers as unknown as Record<string, unknown>);
    // First: /health says what is missing while the worker waits for Redis at start.
    if (this.config.workerHealthPort) this.startHealth(this.config.workerHealthPort);
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
        defaultJobOptions: JOB_OPTIONS,
      });
      this.workers.push(
        new Worker(name, (job) => this.run(name, job), {
          connection: this.consumer,
          prefix,
          concurrency: 4,
          ...STALL_OPTIONS,
        }).on('failed', (job, err) => {
          const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
          // Outside the job's own context by now: the line names the job itself.
          this.rootLogger.error(
            {
              context: 'worker',
              queue: name,
              jobId: job?.id,
              attempt: job?.attemptsMade,
              final: Boolean(final),
            },
            `${name} job ${job?.id} failed (attempt ${job?.attemptsMade}${final ? ', no retry left' : ''}): ${err.message}`,
          );
        }),
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
    this.logger.log(`serving queues [${QUEUE_NAMES.join(', ')}] with prefix "${prefix}"`);
  }

  /** One job in its own log context, timed; a written ranking also times its changes' way to the snapshot. */
  private async run(queue: QueueName, job: Job) {
    const data = job.data as { groupId?: string; periodId?: string; changedAt?: number };
    const context = { queue, jobId: job.id, groupId: data.groupId, periodId: data.periodId };
    const stop = this.metrics.duration.startTimer({ queue });
    return storage.run(new Store(this.rootLogger.child(context)), async () => {
      try {
        const result = (await this.handlers[queue].handle(job.data)) as { written?: boolean } | undefined;
        stop({ outcome: 'completed' });
        if (result?.written && data.changedAt)
          this.metrics.commitToSnapshot.observe((Date.now() - data.changedAt) / 1000);
        return result;
      } catch (e) {
        stop({ outcome: 'failed' });
        throw e;
      }
    });
  }

  private async outboxLag() {
    const [row]: { pending: number; oldest_ms: number | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, (extract(epoch FROM now() - min(created_at)) * 1000)::float8 AS oldest_ms
         FROM outbox_event WHERE published_at IS NULL`,
    );
    return { pending: row.pending, oldestMs: Math.max(0, row.oldest_ms ?? 0) };
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
    this.httpServer = createServer((req, res) => void this.serve(req, res)).listen(port, this.config.host);
  }

  private async serve(req: IncomingMessage, res: ServerResponse) {
    const path = req.url?.split('?')[0];
    if (path === '/health') {
      const { statusCode, body } = await answerHealth(this.health, [
        () => this.probes.database(() => this.dataSource.query('SELECT 1')),
        () => this.probes.redis(this.config),
        () => this.relayCheck(),
        () => this.probes.queues(Object.values(this.queues), this.config.queueLagLimitMs),
      ]);
      res.writeHead(statusCode, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } else if (path === '/metrics') {
      if (!metricsAllowed(req.socket.remoteAddress, req.headers.authorization, this.config.metricsToken)) {
        res.writeHead(403).end();
        return;
      }
      res.writeHead(200, { 'content-type': this.registry.contentType }).end(await this.registry.metrics());
    } else res.writeHead(404).end();
  }

  /** The relay is alive when a pass succeeded lately: it moves committed changes into the queues. */
  private async relayCheck() {
    const limit = Math.max(10_000, this.config.outboxPollMs * 20);
    const age = Date.now() - this.lastRelayOk;
    return this.probes.indicator('relay', age < limit, { lastPassMsAgo: age });
  }

  async onApplicationShutdown() {
    this.stopping = true;
    clearTimeout(this.relayTimer);
    await this.listener?.stop();
    this.httpServer?.close();
    // worker.close() waits for active jobs without a limit of its own. A job still running when the bound
    // passes keeps its lock until it expires; BullMQ's stalled check then gives it to another worker.
    const started = Date.now();
    const closing = Promise.all([
      ...this.workers.map((w) => w.close()),
      ...Object.values(this.queues).map((q) => q.close()),
    ]).then(() => true);
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<false>(
      (r) => (timer = setTimeout(() => r(false), this.config.shutdownTimeoutMs)),
    );
    const drained = await Promise.race([closing, bound]);
    clearTimeout(timer);
    this.logger.log(
      drained
        ? `drained in ${Date.now() - started} ms`
        : `active jobs still running after ${this.config.shutdownTimeoutMs} ms: left to be redelivered`,
    );
    this.consumer?.disconnect();
    this.producer?.disconnect();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
