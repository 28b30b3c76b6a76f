import { createHash, randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '../../libs/db/src/admin';
import { dbConfigFromEnv, withDatabase } from '../../libs/db/src/config';

/**
 * Migrated once per run by global-setup; every integration test file clones it. Named after the checkout, so
 * two checkouts (with different migrations) can run their suites on one server at the same time.
 */
export const TEMPLATE_DB = `thidua_test_template_${createHash('sha256').update(__dirname).digest('hex').slice(0, 8)}`;

export function serverUrl(): string {
  return dbConfigFromEnv().ownerUrl;
}

/** A fresh database cloned from the migrated template; sets DATABASE_URL for code under test. */
export async function createTestDatabase(): Promise<{ ownerUrl: string; drop: () => Promise<void> }> {
  const name = `thidua_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const ownerUrl = withDatabase(serverUrl(), name);
  await ensureDatabase(ownerUrl, TEMPLATE_DB);
  return { ownerUrl, drop: () => dropDatabase(ownerUrl) };
}
