// /health of both processes, on @nestjs/terminus: each dependency an indicator, answered within a bound.
import {
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorFunction,
  HealthIndicatorService,
} from '@nestjs/terminus';
import { closeRedis, queueStats, redisConnection, RedisSettings } from '@thidua/jobs';
import { Queue } from 'bullmq';

/** A probe that does not answer within this time counts as down: /health must answer while a dependency hangs. */
export const PROBE_TIMEOUT_MS = 2000;

export function within<T>(work: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const NAMES: Record<string, string> = {
  database: 'cơ sở dữ liệu',
  redis: 'Redis',
  relay: 'bộ chuyển outbox',
};

export class HealthProbes {
  constructor(private readonly indicators: HealthIndicatorService) {}

  async database(query: () => Promise<unknown>) {
    const check = this.indicators.check('database');
    try {
      await within(query());
      return check.up();
    } catch {
      return check.down();
    }
  }

  /** A short-lived connection: it proves Redis answers now, and leaves no reconnect loop behind. */
  async redis(settings: RedisSettings) {
    const check = this.indicators.check('redis');
    // The one server, or the cluster's nodes (libs/jobs/src/redis.ts).
    const client = redisConnection(settings, 'probe');
    client.on('error', () => undefined);
    try {
      await within(client.connect().then(() => client.ping()));
      return check.up();
    } catch {
      return check.down();
    } finally {
      void closeRedis(client);
    }
  }

  /** A check computed by the process itself (the worker's relay). */
  indicator(key: string, up: boolean, data: Record<string, unknown>) {
    const check = this.indicators.check(key);
    return up ? check.up(data) : check.down(data);
  }

  /**
   * Queue lag is reported, never a reason for 503: a balancer taking the API out because ranking jobs wait
   * would not make them run sooner. `lagging` names the queues whose oldest waiting job is older than the limit.
   */
  async queues(queues: readonly Queue[], limitMs: number) {
    const check = this.indicators.check('queues');
    try {
      const stats = await within(queueStats(queues));
      const lagging = stats.filter((s) => s.oldestWaitingMs > limitMs).map((s) => s.queue);
      return check.up({
        lagging,
        byQueue: Object.fromEntries(
          stats.map((s) => [
            s.queue,
            {
              waiting: s.counts.waiting + s.counts.prioritized,
              active: s.counts.active,
              failed: s.counts.failed,
              oldestWaitingMs: s.oldestWaitingMs,
            },
          ]),
        ),
      });
    } catch {
      return check.up({ lagging: [], unknown: true });
    }
  }
}

export interface HealthAnswer {
  statusCode: 200 | 503;
  body: Record<string, unknown>;
}

/**
 * Runs terminus' check and answers in the portal's shape (kept from before terminus, which README, compose
 * and `npm start` read): `status` ok/unavailable, each dependency up/down, `down` and a Vietnamese message.
 */
export async function answerHealth(
  health: HealthCheckService,
  checks: HealthIndicatorFunction[],
): Promise<HealthAnswer> {
  let result: HealthCheckResult;
  try {
    result = await health.check(checks);
  } catch (e) {
    result = (e as { getResponse(): HealthCheckResult }).getResponse();
  }
  const details = result.details;
  const states = Object.fromEntries(
    Object.entries(details)
      .filter(([key]) => key !== 'queues')
      .map(([key, d]) => [key, d.status === 'up' ? 'up' : 'down']),
  );
  const { status: _up, ...lag } = details.queues ?? {};
  const queues = details.queues && { queues: lag };
  const down = Object.keys(states).filter((key) => states[key] === 'down');
  if (down.length === 0) return { statusCode: 200, body: { status: 'ok', ...states, ...queues } };
  return {
    statusCode: 503,
    body: {
      status: 'unavailable',
      ...states,
      ...queues,
      down,
      message: `Không kết nối được ${down.map((d) => NAMES[d] ?? d).join(' và ')}.`,
    },
  };
}
