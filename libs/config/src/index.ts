import { z } from 'zod';
import { DbConfig, dbConfigFromEnv } from '@thidua/db';

/** Every setting the processes read, validated once at start so a typo fails loudly instead of later. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('thidua'),
  JWT_SECRET: z.string().min(16).optional(),
  JWT_TTL: z.string().default('12h'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(250),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  workerHealthPort: number;
  redisUrl: string;
  queuePrefix: string;
  jwtSecret: string;
  jwtTtl: string;
  outboxPollMs: number;
  uploadMaxBytes: number;
  db: DbConfig;
}

const DEV_SECRET = 'dev-only-secret-do-not-use-in-production';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError('JWT_SECRET must be set (at least 16 characters) when NODE_ENV=production.');
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    workerHealthPort: e.WORKER_HEALTH_PORT,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    jwtSecret: e.JWT_SECRET ?? DEV_SECRET,
    jwtTtl: e.JWT_TTL,
    outboxPollMs: e.OUTBOX_POLL_MS,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    db: dbConfigFromEnv(env),
  };
}
