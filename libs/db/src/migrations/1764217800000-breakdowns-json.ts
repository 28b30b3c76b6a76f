import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A snapshot's breakdowns as `json`: PostgreSQL keeps the text as written and only checks it, where `jsonb`
 * parses and re-encodes it. Every recompute writes them (≈ 500 KB for 20 × 60: 10–13 ms as jsonb, 5 ms as
 * json, measured) and every read takes them whole, so nothing used jsonb's indexing or operators.
 */
export class BreakdownsJson1764217800000 implements MigrationInterface {
  name = 'BreakdownsJson1764217800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" DROP DEFAULT;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" TYPE json USING "breakdowns"::json;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET DEFAULT '{}';
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" DROP DEFAULT;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" TYPE jsonb USING "breakdowns"::jsonb;
ALTER TABLE "ranking_snapshot" ALTER COLUMN "breakdowns" SET DEFAULT '{}';
`);
  }
}
