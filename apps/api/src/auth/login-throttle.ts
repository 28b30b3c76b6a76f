import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig, LoginLimits } from '@thidua/config';
import { closeRedis, RedisClient, redisConnection } from '@thidua/jobs';
import { createHash } from 'node:crypto';
import { APP_CONFIG } from '../config.module';
import { DomainError, ErrorCode } from '../common/domain-error';

const MAX_DELAY_MS = 15 * 60_000;
/** Counters outlive the longest wait, then are forgotten. */
const WINDOW_MS = 2 * MAX_DELAY_MS;

/**
 * In one step for the account and the client address: refuse while either must still wait (the wait doubles
 * with each attempt past the free ones), otherwise count the attempt on both. Atomic, so a burst of parallel
 * guesses cannot all slip through before the first failure is counted.
 * ARGV: now, window, base delay, max delay, free attempts (account), free attempts (address).
 * Returns {1, attempts on the account} or {0, milliseconds to wait}.
 */
const ATTEMPT = `
local now = tonumber(ARGV[1])
local function wait(key, free)
  local n = tonumber(redis.call('HGET', key, 'n') or '0')
  if n < free then return 0 end
  local last = tonumber(redis.call('HGET', key, 't') or '0')
  local delay = math.min(tonumber(ARGV[3]) * 2 ^ (n - free), tonumber(ARGV[4]))
  return math.max(0, last + delay - now)
end
local w = math.max(wait(KEYS[1], tonumber(ARGV[5])), wait(KEYS[2], tonumber(ARGV[6])))
if w > 0 then return {0, math.ceil(w)} end
local attempts = 0
for i, key in ipairs(KEYS) do
  local n = redis.call('HINCRBY', key, 'n', 1)
  if i == 1 then attempts = n end
  redis.call('HSET', key, 't', ARGV[1])
  redis.call('PEXPIRE', key, ARGV[2])
end
return {1, attempts}
`;

/** A successful sign-in forgets the account's failures and gives its attempt back to the address. */
const SUCCEEDED = `
redis.call('DEL', KEYS[1])
if redis.call('HINCRBY', KEYS[2], 'n', -1) < 0 then redis.call('HSET', KEYS[2], 'n', 0) end
`;

/** Sign-in throttling per account and per client address, in Redis (docs/adr/0004-accounts-and-sessions.md). */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly redis: RedisClient;
  private readonly limits: LoginLimits;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // Connected on first use: processes that never sign anyone in (the seed) open nothing. Commands fail while
    // Redis is down, and sign-in with them (never unthrottled); the events themselves need no handler.
    // On a cluster both keys of a script share the prefix's hash tag, so one slot.
    this.redis = redisConnection(config, 'client');
    this.redis.on('error', () => undefined);
    this.limits = config.login;
    this.prefix = `${config.queuePrefix}:login`;
  }

  /** Counts one attempt and returns how many the account has made since its last success, or refuses. */
  async attempt(email: string, clientAddress: string): Promise<number> {
    const [allowed, value] = (await this.redis.eval(
      ATTEMPT,
      2,
      this.accountKey(email),
      this.addressKey(clientAddress),
      Date.now(),
      WINDOW_MS,
      this.limits.delayBaseMs,
      MAX_DELAY_MS,
      this.limits.freeAttempts,
      this.limits.addressFreeAttempts,
    )) as [number, number];
    if (allowed) return value;
    const retryAfterSeconds = Math.ceil(value / 1000);
    throw new DomainError(
      ErrorCode.TOO_MANY_REQUESTS,
      `Bạn đã đăng nhập sai nhiều lần liên tiếp. Vui lòng đợi ${retryAfterSeconds} giây rồi thử lại.`,
      { retryAfterSeconds },
    );
  }

  /** Whether this many failed attempts lock the account. */
  locks(attempts: number): boolean {
    return attempts >= this.limits.lockAfter;
  }

  async succeeded(email: string, clientAddress: string): Promise<void> {
    await this.redis.eval(SUCCEEDED, 2, this.accountKey(email), this.addressKey(clientAddress));
  }

  /** After an admin unlocks the account: its next attempt starts afresh. */
  async forgetAccount(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  async onModuleDestroy() {
    await closeRedis(this.redis);
  }

  // Hashed: keys of fixed length whatever a client sends as an e-mail.
  private accountKey(email: string) {
    return `${this.prefix}:account:${digest(email.trim().toLowerCase())}`;
  }

  private addressKey(address: string) {
    return `${this.prefix}:address:${digest(address)}`;
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest('base64url');
