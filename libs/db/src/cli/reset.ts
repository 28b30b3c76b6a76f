// Drops the database named in DATABASE_URL and migrates it from scratch. Development only.
import { dbConfigFromEnv } from '../config';
import { dropDatabase, migrate } from '../admin';
import { out } from './output';

async function main() {
  const { ownerUrl } = dbConfigFromEnv();
  await dropDatabase(ownerUrl);
  const applied = await migrate(ownerUrl);
  out(`reset: applied ${applied.join(', ')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
