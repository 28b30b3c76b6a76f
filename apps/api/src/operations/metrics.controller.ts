import { Controller, ForbiddenException, Get, Inject, Req, Res } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { metricsAllowed } from '@thidua/ops';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Registry } from 'prom-client';
import { APP_CONFIG } from '../config.module';
import { API_METRICS } from './operations.tokens';

/** Prometheus' scrape target (docs/operations.md: who may read it). */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(API_METRICS) private readonly registry: Registry,
  ) {}

  @Get()
  async metrics(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!metricsAllowed(req.ip, req.headers.authorization, this.config.metricsToken))
      throw new ForbiddenException('Chỉ máy chủ giám sát được đọc số liệu vận hành.');
    reply.header('content-type', this.registry.contentType);
    return this.registry.metrics();
  }
}
