// JSON log lines for both processes (pino): one object per line, with the context fields operators search by
// (requestId, organization, operation, jobId) and never a secret or a person's data.
import { storage } from 'nestjs-pino/storage';
import pino, { LoggerOptions } from 'pino';

/** Fields whose value is replaced wherever they appear, up to two levels down (pino's redact paths). */
const SECRET_KEYS = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'refreshToken',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'sections',
  'content',
];
export const REDACT_PATHS = [...SECRET_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`, `*.*["${k}"]`])];

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const BEARER = /\b(Bearer\s+)[\w.~+/=-]+/gi;
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]+/g;

/** E-mail addresses and tokens inside free text (an error message naming an account, for instance). */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(BEARER, '$1[token]').replace(JWT, '[token]');
}

function scrubError(e: Error) {
  return { type: e.name, message: scrub(e.message), stack: e.stack && scrub(e.stack) };
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return scrubError(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, depth + 1)]));
}

/** pino's options for a process ('api', 'worker'): level, redaction, and the scrubbing of free text. */
export function logOptions(processName: string, level: string): LoggerOptions {
  return {
    level,
    base: { process: processName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: {
      level: (label) => ({ level: label }),
      log: (object) => scrubDeep(object) as Record<string, unknown>,
    },
    hooks: {
      // pino takes an error's message as the line's msg before any formatter sees it.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        const line =
          first instanceof Error ? [{ err: first }, ...(rest.length ? rest : [first.message])] : args;
        method.apply(
          this,
          line.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>,
        );
      },
    },
    serializers: {
      // Left to formatters.log, which scrubs the message and the stack.
      err: (e: unknown) => e,
      // Path only: a query string may carry anything; no address, no headers (they hold the token).
      req: (req: { id?: unknown; method?: string; url?: string }) => ({
        method: req.method,
        url: req.url?.split('?')[0],
      }),
      // pino-http's wrapper reads the status before Fastify has sent it; the response itself has it.
      res: (res: { statusCode?: number | null; raw?: { statusCode?: number } }) => ({
        statusCode: res.raw?.statusCode ?? res.statusCode,
      }),
    },
  };
}

/**
 * Written synchronously: the last lines of a shutdown (drained, still running) must reach stdout before the
 * process re-raises SIGTERM, which an asynchronous buffer would lose.
 */
export const logDestination = () => pino.destination({ dest: 1, sync: true });

/** Adds fields to every later line of the current request (organization once signed in, operation). */
export function assignLogFields(fields: Record<string, string | undefined>) {
  const store = storage.getStore();
  if (!store) return;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  store.logger = store.logger.child(defined);
  store.responseLogger?.setBindings(defined);
}
