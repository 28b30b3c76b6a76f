import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@thidua/config';
import { createDataSource } from '@thidua/db';
import { JobHandlers } from './job-handler';
import { DeadlinesProcessor } from './deadlines/deadlines.processor';
import { RankingProcessor } from './ranking/ranking.processor';
import { WhatIfProcessor } from './what-if/what-if.processor';
import { WORKER_CONFIG, WorkerService } from './worker.service';
import { JOB_HANDLERS, WORKER_DATA_SOURCE } from './worker.tokens';

@Module({})
export class WorkerModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
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
