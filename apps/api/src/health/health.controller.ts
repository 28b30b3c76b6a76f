import { Controller, Get, Inject, Res } from '@nestjs/common';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@thidua/config';
import { TenantDb } from '@thidua/db';
import { answerHealth, HealthProbes } from '@thidua/ops';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/actor';
import { APP_CONFIG } from '../config.module';
import { OPS_QUEUES, OpsQueues } from '../operations/ops-queues';

/**
 * 200 when the database and Redis both answer; 503 naming the one that does not, for load balancers and
 * people. The queues' depth and lag are reported beside them (docs/operations.md).
 */
@Controller('health')
export class HealthController {
  private readonly probes: HealthProbes;

  constructor(
    private readonly db: TenantDb,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OPS_QUEUES) private readonly queues: OpsQueues,
    private readonly health: HealthCheckService,
    indicators: HealthIndicatorService,
  ) {
    this.probes = new HealthProbes(indicators);
  }

  @Public()
  @Get()
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const { statusCode, body } = await answerHealth(this.health, [
      () => this.probes.database(() => this.db.dataSource.query('SELECT 1')),
      () => this.probes.redis(this.config),
      () => this.probes.queues(this.queues.all, this.config.queueLagLimitMs),
    ]);
    reply.status(statusCode);
    return body;
  }
}
