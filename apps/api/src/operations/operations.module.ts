import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig } from '@thidua/config';
import { createRegistry, graphqlMetrics, logDestination, logOptions } from '@thidua/ops';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { Registry } from 'prom-client';
import { APP_CONFIG } from '../config.module';
import { HealthController } from '../health/health.controller';
import { MetricsController } from './metrics.controller';
import { OPS_QUEUES, OpsQueues } from './ops-queues';
import { API_METRICS, GRAPHQL_METRICS } from './operations.tokens';

/** A caller's X-Request-Id is kept when it looks like one (a proxy's); otherwise a new one. Fastify's genReqId. */
const REQUEST_ID = /^[\w.:-]{8,64}$/;

export function requestId(req: { headers: IncomingMessage['headers'] }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** /health, /metrics and JSON request logs (docs/operations.md); the queue board is registered in bootstrap. */
@Global()
@Module({
  imports: [
    TerminusModule.forRoot({ logger: false }),
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          ...logOptions('api', config.logLevel),
          stream: logDestination(),
          customAttributeKeys: { reqId: 'requestId' },
          // Lines logged during a request carry its id; the request's own line carries method, path, status.
          quietReqLogger: true,
          autoLogging: { ignore: (req) => /^\/(health|metrics)\b/.test(req.url ?? '') },
        },
        assignResponse: true,
      }),
    }),
  ],
  controllers: [HealthController, MetricsController],
  providers: [
    { provide: API_METRICS, useFactory: () => createRegistry('api') },
    { provide: GRAPHQL_METRICS, inject: [API_METRICS], useFactory: (r: Registry) => graphqlMetrics(r) },
    { provide: OPS_QUEUES, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new OpsQueues(c) },
  ],
  exports: [API_METRICS, GRAPHQL_METRICS, OPS_QUEUES],
})
export class OperationsModule implements OnApplicationShutdown {
  constructor(@Inject(OPS_QUEUES) private readonly queues: OpsQueues) {}

  async onApplicationShutdown() {
    await this.queues.close();
  }
}
