import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DbConfig, dbConfigFromEnv } from '@thidua/db';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "900", "90s", "15m", "12h", "30d" → seconds (at least one). */
const duration = z
  .string()
  .regex(/^[1-9]\d*[smhd]?$/, 'a duration such as 900, 90s, 15m, 12h or 30d')
  .transform((v) => Number.parseInt(v, 10) * (UNIT_SECONDS[v.slice(-1)] ?? 1));

/** Every setting the processes read, validated once at start so a typo fails loudly instead of later. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TRUST_PROXY: z.string().optional(),
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  // host:port of one or more Redis Cluster nodes (the others are discovered); unset: the one Redis of REDIS_URL.
  REDIS_CLUSTER_NODES: z
    .string()
    .regex(
      /^\s*[^\s,:]+:\d{1,5}\s*(,\s*[^\s,:]+:\d{1,5}\s*)*$/,
      'host:port of cluster nodes, separated by commas',
    )
    .optional(),
  QUEUE_PREFIX: z
    .string()
    .min(1)
    .regex(/^[^{}]+$/, 'a name without braces')
    .default('thidua'),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL: duration.default(15 * 60),
  REFRESH_TOKEN_TTL: duration.default(7 * 86400),
  AUTH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  LOGIN_FREE_ATTEMPTS: z.coerce.number().int().min(1).default(3),
  LOGIN_ADDRESS_FREE_ATTEMPTS: z.coerce.number().int().min(1).default(20),
  LOGIN_LOCK_AFTER: z.coerce.number().int().min(2).default(10),
  LOGIN_DELAY_BASE_MS: z.coerce.number().int().min(1).default(1000),
  // The fallback: committed outbox rows wake the relay at once (OutboxListener).
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(1000),
  // Operations (docs/operations.md).
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  // Empty counts as unset (docker compose passes `${METRICS_TOKEN:-}`).
  METRICS_TOKEN: z.union([z.literal('').transform(() => undefined), z.string().min(24)]).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  QUEUE_LAG_LIMIT_MS: z.coerce.number().int().min(100).default(60_000),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

/** Sign-in throttling (see docs/adr/0004-accounts-and-sessions.md). */
export interface LoginLimits {
  /** Failed attempts on one account before each further one must wait. */
  freeAttempts: number;
  /** The same for one client address, which many offices behind one gateway may share. */
  addressFreeAttempts: number;
  /** Failed attempts on one account that lock it until a platform admin unlocks it. */
  lockAfter: number;
  /** The first wait; it doubles with each further failure (capped at 15 minutes). */
  delayBaseMs: number;
}

export interface AppConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /**
   * Proxies whose X-Forwarded-For names the client (sign-in limits count per client address): a number of
   * hops, or addresses/CIDRs separated by commas; false when clients connect directly.
   */
  trustProxy: number | string | false;
  workerHealthPort: number;
  redisUrl: string;
  /** Redis Cluster seed nodes, or null for the single Redis at redisUrl. */
  redisClusterNodes: { host: string; port: number }[] | null;
  /**
   * BullMQ's prefix (and the root of every other Redis key). On a cluster it is a hash tag, `{thidua}`: a
   * queue's keys, which BullMQ's scripts use together, and the sign-in throttle's pair then share one slot.
   */
  queuePrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  authCacheTtlMs: number;
  login: LoginLimits;
  outboxPollMs: number;
  uploadMaxBytes: number;
  /** JSON log lines at this level and above (tests: warn unless told). */
  logLevel: string;
  /** Lets /metrics be read from other hosts with `Authorization: Bearer <token>`; loopback needs none. */
  metricsToken: string | null;
  /** SIGTERM: how long in-flight requests and active jobs may take before the process exits anyway. */
  shutdownTimeoutMs: number;
  /** /health marks a queue whose oldest waiting job is older than this as lagging. */
  queueLagLimitMs: number;
  db: DbConfig;
}

export class ConfigError extends Error {}

/**
 * Outside production a missing JWT_SECRET is replaced by a random one, drawn once per process: there is no
 * secret in the source to forge tokens with, and tokens simply stop working when the process restarts.
 */
let generatedSecret: string | undefined;

function parseNodes(list: string) {
  return list.split(',').map((node) => {
    const [host, port] = node.trim().split(':');
    const n = Number(port);
    if (n < 1 || n > 65535) throw new ConfigError(`REDIS_CLUSTER_NODES: ${node.trim()} has no valid port.`);
    return { host, port: n };
  });
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.JWT_SECRET) {
    throw new ConfigError(
      'JWT_SECRET must be set (at least 32 characters, e.g. `openssl rand -base64 48`) when NODE_ENV=production.',
    );
  }
  if (e.ACCESS_TOKEN_TTL > e.REFRESH_TOKEN_TTL) {
    throw new ConfigError('ACCESS_TOKEN_TTL must not be longer than REFRESH_TOKEN_TTL.');
  }
  const clusterNodes = e.REDIS_CLUSTER_NODES ? parseNodes(e.REDIS_CLUSTER_NODES) : null;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    trustProxy: !e.TRUST_PROXY ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    workerHealthPort: e.WORKER_HEALTH_PORT,
    redisUrl: e.REDIS_URL,
    redisClusterNodes: clusterNodes,
    queuePrefix: clusterNodes ? `{${e.QUEUE_PREFIX}}` : e.QUEUE_PREFIX,
    jwtSecret: e.JWT_SECRET ?? (generatedSecret ??= randomBytes(48).toString('base64url')),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL,
    authCacheTtlMs: e.AUTH_CACHE_TTL_MS,
    login: {
      freeAttempts: e.LOGIN_FREE_ATTEMPTS,
      addressFreeAttempts: e.LOGIN_ADDRESS_FREE_ATTEMPTS,
      lockAfter: e.LOGIN_LOCK_AFTER,
      delayBaseMs: e.LOGIN_DELAY_BASE_MS,
    },
    outboxPollMs: e.OUTBOX_POLL_MS,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    metricsToken: e.METRICS_TOKEN ?? null,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    queueLagLimitMs: e.QUEUE_LAG_LIMIT_MS,
    db: dbConfigFromEnv(env),
  };
}
