import { Controller, Get, Inject, Res } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { TenantDb } from '@thidua/db';
import type { FastifyReply } from 'fastify';
import IORedis from 'ioredis';
import { Public } from '../auth/actor';
import { APP_CONFIG } from '../config.module';

type State = 'up' | 'down';

/** A probe that does not answer within this time counts as down: /health must answer while a dependency hangs. */
const PROBE_TIMEOUT_MS = 2000;

function within<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** 200 when the database and Redis both answer; 503 naming the one that does not, for load balancers and people. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, redis] = await Promise.all([this.database(), this.redis()]);
    const down = [database === 'down' && 'database', redis === 'down' && 'redis'].filter(Boolean);
    if (down.length === 0) return { status: 'ok', database, redis };
    reply.status(503);
    return {
      status: 'unavailable',
      database,
      redis,
      down,
      message: `Không kết nối được ${down.map((d) => (d === 'database' ? 'cơ sở dữ liệu' : 'Redis')).join(' và ')}.`,
    };
  }

  private async database(): Promise<State> {
    try {
      await within(this.db.dataSource.query('SELECT 1'));
      return 'up';
    } catch {
      return 'down';
    }
  }

  /** A short-lived connection: it proves Redis answers now, and leaves no reconnect loop behind. */
  private async redis(): Promise<State> {
    const client = new IORedis(this.config.redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      connectTimeout: PROBE_TIMEOUT_MS,
    });
    client.on('error', () => undefined);
    try {
      await within(client.connect().then(() => client.ping()));
      return 'up';
    } catch {
      return 'down';
    } finally {
      client.disconnect();
    }
  }
}
