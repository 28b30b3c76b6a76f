import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@thidua/config';
import { Logger as PinoLogger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forConfig(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.enableShutdownHooks();
  // WorkerService bounds the wait for active jobs; this bounds everything else the shutdown does.
  process.once('SIGTERM', () => {
    setTimeout(() => {
      new Logger('worker').error(`shutdown took longer than ${config.shutdownTimeoutMs + 2000} ms: exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs + 2000).unref();
  });
}

main().catch((e) => {
  new Logger('worker').error(e instanceof Error ? e.message : e);
  process.exit(1);
});
