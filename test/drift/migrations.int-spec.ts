import { createDataSource } from '@thidua/db';
import { createTestDatabase } from '../support/databases';

/** Every entity change needs a migration: on a database migrated to date, TypeORM must find nothing to do. */
describe('migrations', () => {
  it('cover every entity (npm run migration:generate prints what is missing)', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.ownerUrl, 1);
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
