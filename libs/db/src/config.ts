/** Database settings from the environment, with defaults for a local PostgreSQL with trust auth. */
export const APP_ROLE = 'thidua_app';
export const WORKER_ROLE = 'thidua_worker';

export interface DbConfig {
  /** Owner: runs migrations and the first seed step. */
  ownerUrl: string;
  /** The API's role: owns nothing, no BYPASSRLS. */
  appUrl: string;
  /** The worker's role: reads every tenant's inputs to compute rankings. */
  workerUrl: string;
}

export function withUser(url: string, user: string, password?: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password ?? '';
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const ownerUrl = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/thidua';
  return {
    ownerUrl,
    appUrl: env.APP_DATABASE_URL ?? withUser(ownerUrl, APP_ROLE, env.APP_DB_PASSWORD),
    workerUrl: env.WORKER_DATABASE_URL ?? withUser(ownerUrl, WORKER_ROLE, env.WORKER_DB_PASSWORD),
  };
}
