// Prometheus metrics (prom-client): one registry per process, the names listed in docs/operations.md.
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** A registry with Node's process metrics, every series labelled with the process that exposes it. */
export function createRegistry(processName: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ process: processName });
  collectDefaultMetrics({ register: registry });
  return registry;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function graphqlMetrics(registry: Registry) {
  return {
    duration: new Histogram({
      name: 'thidua_graphql_operation_duration_seconds',
      help: 'GraphQL operations, by root field(s) and type, from the request to the answer',
      labelNames: ['operation', 'type'],
      buckets: SECONDS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'thidua_graphql_errors_total',
      help: 'GraphQL errors answered, by extensions.code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}
export type GraphqlMetrics = ReturnType<typeof graphqlMetrics>;

export function jobMetrics(registry: Registry) {
  return {
    duration: new Histogram({
      name: 'thidua_job_duration_seconds',
      help: 'Jobs processed, by queue and outcome (completed, failed)',
      labelNames: ['queue', 'outcome'],
      buckets: SECONDS,
      registers: [registry],
    }),
    commitToSnapshot: new Histogram({
      name: 'thidua_commit_to_snapshot_seconds',
      help: 'From the oldest change a ranking job covers (its outbox row) to the new snapshot written',
      buckets: SECONDS,
      registers: [registry],
    }),
  };
}
export type JobMetrics = ReturnType<typeof jobMetrics>;

/** Queue depth and age, read from Redis when scraped (BullMQ keeps them there, shared by every process). */
export interface QueueSnapshot {
  queue: string;
  counts: Record<string, number>;
  /** Age of the oldest job waiting to run, 0 when none waits. */
  oldestWaitingMs: number;
}

/** One read per scrape however many gauges collect from it. */
function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= read().finally(() => setTimeout(() => (pending = null), 0)));
}

export function queueMetrics(registry: Registry, read: () => Promise<QueueSnapshot[]>) {
  const snapshot = sharedRead(read);
  new Gauge({
    name: 'thidua_queue_jobs',
    help: 'Jobs in each BullMQ queue, by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await snapshot().catch(() => []))
        for (const [state, n] of Object.entries(q.counts)) this.set({ queue: q.queue, state }, n);
    },
  });
  new Gauge({
    name: 'thidua_queue_oldest_waiting_seconds',
    help: 'Age of the oldest job waiting in each queue (0: none waits)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await snapshot().catch(() => []))
        this.set({ queue: q.queue }, q.oldestWaitingMs / 1000);
    },
  });
}

/** Outbox rows not yet in Redis and the age of the oldest: the relay's lag. */
export function outboxMetrics(
  registry: Registry,
  read: () => Promise<{ pending: number; oldestMs: number }>,
) {
  const snapshot = sharedRead(read);
  new Gauge({
    name: 'thidua_outbox_pending',
    help: 'Committed outbox rows not yet relayed to BullMQ',
    registers: [registry],
    async collect() {
      const s = await snapshot().catch(() => null);
      if (s) this.set(s.pending);
    },
  });
  new Gauge({
    name: 'thidua_outbox_lag_seconds',
    help: 'Age of the oldest outbox row not yet relayed (0: none)',
    registers: [registry],
    async collect() {
      const s = await snapshot().catch(() => null);
      if (s) this.set(s.oldestMs / 1000);
    },
  });
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * /metrics is for the operator's scraper, not the public (queue names, process figures). With METRICS_TOKEN set,
 * only `Authorization: Bearer <METRICS_TOKEN>` reads it, from anywhere (a reverse proxy on the same host would
 * otherwise make every client look local); without it, only clients on this machine (the address as the API
 * sees it through TRUST_PROXY).
 */
export function metricsAllowed(
  clientAddress: string | undefined,
  authorization: string | undefined,
  token: string | null,
): boolean {
  if (!token) return LOOPBACK.test(clientAddress ?? '');
  if (!authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice(7).trim());
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
