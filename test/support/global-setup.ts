// Runs outside Jest's module mapping, so it imports by path.
import { dropDatabase, migrate } from '../../libs/db/src/admin';
import { withDatabase } from '../../libs/db/src/config';
import { serverUrl, TEMPLATE_DB } from './databases';

/** Builds the migrated template database that each integration test file clones. */
export default async function globalSetup() {
  const url = withDatabase(serverUrl(), TEMPLATE_DB);
  await dropDatabase(url);
  await migrate(url);
}
