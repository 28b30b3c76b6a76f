import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A snapshot's breakdowns as `json`, compressed with lz4: PostgreSQL keeps the text as written and only checks
 * it, where `jsonb` parses and re-encodes it, and lz4 compresses several times faster than the default pglz.
 * Every recompute writes them (≈ 500 KB for 20 × 60, measured: 10–13 ms as jsonb, 4–5 ms as json, 2.3 ms as
 * json with lz4) and every read takes them whole, so nothing used jsonb's indexing or operators.
 */
export class BreakdownsJson1764217800000 implements MigrationInterface {
  name = 'BreakdownsJson1764217800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" DROP DEFAULT;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" TYPE json USING "breakdowns"::json;
-- After the type: changing it resets the column's compression. Rows already written keep pglz.
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET COMPRESSION lz4;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET DEFAULT '{}';
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" DROP DEFAULT;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" TYPE jsonb USING "breakdowns"::jsonb;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET COMPRESSION DEFAULT;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET DEFAULT '{}';
`);
  }
}
