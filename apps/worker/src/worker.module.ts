import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig } from '@thidua/config';
import { logDestination, logOptions } from '@thidua/ops';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { createDataSource } from '@thidua/db';
import { JobHandlers } from './job-handler';
import { DeadlinesProcessor } from './deadlines/deadlines.processor';
import { RankingProcessor } from './ranking/ranking.processor';
import { WhatIfProcessor } from './what-if/what-if.processor';
import { WORKER_CONFIG, WorkerService } from './worker.service';
import { JOB_HANDLERS, WORKER_DATA_SOURCE, WORKER_LOGGER } from './worker.tokens';

@Module({})
export class WorkerModule {
  static forConfig(config: AppConfig): DynamicModule {
    const logger = pino(logOptions('worker', config.logLevel), logDestination());
    return {
      module: WorkerModule,
      imports: [TerminusModule.forRoot({ logger: false }), LoggerModule.forRoot({ pinoHttp: { logger } })],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: WORKER_LOGGER, useValue: logger },
        {
          provide: WORKER_DATA_SOURCE,
          useFactory: async () => createDataSource(config.db.workerUrl, 5).initialize(),
        },
        RankingProcessor,
        WhatIfProcessor,
        DeadlinesProcessor,
        {
          provide: JOB_HANDLERS,
          inject: [RankingProcessor, WhatIfProcessor, DeadlinesProcessor],
          useFactory: (
            ranking: RankingProcessor,
            whatIf: WhatIfProcessor,
            deadlines: DeadlinesProcessor,
          ): JobHandlers => ({
            ranking,
            'what-if': whatIf,
            deadlines,
          }),
        },
        WorkerService,
      ],
    };
  }
}
