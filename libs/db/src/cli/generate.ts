// Prints the SQL a migration needs for the entities as they are now, against a database migrated to date.
// Usage: npm run migration:generate  (uses DATABASE_URL; copy the output into a new migration and read it)
import { createDataSource } from '../data-source';
import { dbConfigFromEnv } from '../config';

async function main() {
  const ds = createDataSource(dbConfigFromEnv().ownerUrl, 1);
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  if (sql.upQueries.length === 0) {
    console.log('-- the entities match the migrations: nothing to generate');
    return;
  }
  console.log('-- up');
  for (const q of sql.upQueries) console.log(`${q.query};`);
  console.log('-- down');
  for (const q of sql.downQueries.reverse()) console.log(`${q.query};`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
