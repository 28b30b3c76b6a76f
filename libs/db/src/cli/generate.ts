// Prints the SQL a migration needs for the entities as they are now, against a database migrated to date.
// Usage: npm run migration:generate  (uses DATABASE_URL; copy the output into a new migration and read it)
import { createDataSource } from '../data-source';
import { dbConfigFromEnv } from '../config';
import { out } from './output';

async function main() {
  const ds = createDataSource(dbConfigFromEnv().ownerUrl, 1);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    out('-- the entities match the migrations: nothing to generate');
    return;
  }
  out('-- up');
  for (const q of sql.upQueries) out(`${q.query};`);
  out('-- down');
  for (const q of sql.downQueries.reverse()) out(`${q.query};`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
