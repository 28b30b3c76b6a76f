// `npm start`: checks the services, migrates, seeds an empty database, then runs the API and the worker
// as two supervised child processes (one that dies is restarted, the other keeps running) and prints where to
// sign in.
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, ConfigError, loadConfig } from '@thidua/config';
import { migrate } from '@thidua/db';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppModule } from './app.module';
import { ProcessSupervisor } from './process-supervisor';
import { checkPostgres, checkRedis, Unreachable } from './service-checks';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoEmail, ORGANIZATIONS } from './seed/demo-data';
import { demoSeedAllowed } from './seed/demo-guard';
import { seed } from './seed/seed';

const logger = new Logger('start');

async function seedIfEmpty(config: AppConfig) {
  if (!demoSeedAllowed()) return;
  const owner = new Client({ connectionString: config.db.ownerUrl });
  await owner.connect();
  const { rowCount } = await owner.query(`SELECT 1 FROM organization WHERE kind <> 'PLATFORM' LIMIT 1`);
  await owner.end();
  if (rowCount) return;
  logger.log('empty database: loading the demo data');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  try {
    await seed(app, config.db.ownerUrl);
  } finally {
    await app.close();
  }
}

async function waitForHealth(port: number) {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become healthy within 20 seconds');
}

function printWelcome(config: AppConfig) {
  const lines = [
    '',
    `Thi đua portal is running at http://localhost:${config.port}/ (GraphQL: /graphql, health: /health)`,
    '',
    `Demo sign-ins (password ${DEMO_PASSWORD} for all):`,
    `  ${DEMO_ADMIN_EMAIL.padEnd(36)} platform admin`,
    ...ORGANIZATIONS.map((o) => `  ${demoEmail(o.code).padEnd(36)} ${o.name}`),
    '',
    'Ctrl+C stops both processes (a second Ctrl+C at once).',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function main() {
  const config = loadConfig();
  await checkPostgres(config);
  await checkRedis(config);
  const applied = await migrate(config.db.ownerUrl);
  if (applied.length) logger.log(`migrations applied: ${applied.join(', ')}`);
  await seedIfEmpty(config);

  const supervisor = new ProcessSupervisor(
    [
      { name: 'api', entry: join(__dirname, 'main.js') },
      { name: 'worker', entry: join(__dirname, '../../worker/src/main.js') },
    ],
    // Each process bounds its own drain (SHUTDOWN_TIMEOUT_MS, the worker 2 s more); SIGKILL only past that.
    { stopTimeoutMs: config.shutdownTimeoutMs + 5000 },
  );
  supervisor.start();
  let signals = 0;
  const stop = () => {
    // A second Ctrl+C does not wait for the grace period.
    if (++signals > 1) process.exit(130);
    void supervisor.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await waitForHealth(config.port);
  printWelcome(config);
}

main().catch((e) => {
  if (e instanceof ConfigError || e instanceof Unreachable) process.stderr.write(`\n${e.message}\n\n`);
  else logger.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
