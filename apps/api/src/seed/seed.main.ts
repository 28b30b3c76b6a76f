import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@thidua/config';
import { migrate } from '@thidua/db';
import { AppModule } from '../app.module';
import { DemoSeedRefused, demoSeedAllowed } from './demo-guard';
import { seed } from './seed';

/** `npm run seed`: migrates, then loads the demo data (idempotent; refused in production, see demo-guard.ts). */
async function main() {
  if (!demoSeedAllowed()) throw new DemoSeedRefused();
  const config = loadConfig();
  await migrate(config.db.ownerUrl);
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn', 'log'] });
  try {
    await seed(app, config.db.ownerUrl);
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  if (e instanceof DemoSeedRefused) process.stderr.write(`\n${e.message}\n\n`);
  else new Logger('seed').error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
