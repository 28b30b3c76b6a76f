import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@thidua/config';
import { WorkerModule } from './worker.module';

async function main() {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.forConfig(config));
  app.enableShutdownHooks();
}

main().catch((e) => {
  new Logger('worker').error(e instanceof Error ? e.message : e);
  process.exit(1);
});
