import { MigrationInterface, QueryRunner } from 'typeorm';
import { WORKER_ROLE } from '../config';

const WORKER = WORKER_ROLE;

/**
 * Coalesced, ordered recomputes and cheap reads (docs/adr/0007-coalesced-rankings.md):
 * - `ranking_request_seq`: the relay draws a number after reading a pass's committed changes and puts it in
 *   the job; `ranking_run` keeps, per period, the number drawn when the last recompute started, so a job
 *   below it was covered and is dropped without loading anything. Only the worker reads or writes it.
 * - `ranking_snapshot.breakdowns` and `award_decisions`: the explanations and the award decisions apart from
 *   the entries' summary; existing rows are split. The row's policies cover the columns.
 * - The worker prunes superseded unpublished versions: its DELETE policy cannot reach a published one.
 */
export class CoalescedRankings1764216950000 implements MigrationInterface {
  name = 'CoalescedRankings1764216950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE "ranking_run" ("period_id" uuid NOT NULL, "group_id" uuid NOT NULL, "started_request" bigint NOT NULL, CONSTRAINT "PK_55620f856d9f6ae4db4a2a3feca" PRIMARY KEY ("period_id"));
ALTER TABLE "ranking_snapshot" ADD "breakdowns" jsonb NOT NULL DEFAULT '{}';
ALTER TABLE "ranking_snapshot" ADD "award_decisions" jsonb NOT NULL DEFAULT '{}';
ALTER TABLE "ranking_run" ADD CONSTRAINT "FK_55620f856d9f6ae4db4a2a3feca" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
CREATE SEQUENCE ranking_request_seq;

UPDATE ranking_snapshot s SET entries = split.entries, breakdowns = split.breakdowns, award_decisions = split.award_decisions
  FROM (SELECT r.id,
               jsonb_agg(e - 'breakdown' ORDER BY n) AS entries,
               jsonb_object_agg(e->>'organizationId', coalesce(e->'breakdown', '{}')) AS breakdowns,
               jsonb_object_agg(e->>'organizationId',
                 CASE WHEN jsonb_typeof(e->'breakdown'->'awardDecisions') = 'array' THEN e->'breakdown'->'awardDecisions' ELSE '[]' END) AS award_decisions
          FROM ranking_snapshot r, jsonb_array_elements(r.entries) WITH ORDINALITY AS x(e, n)
         GROUP BY r.id) split
 WHERE s.id = split.id;

ALTER TABLE ranking_run ENABLE ROW LEVEL SECURITY; ALTER TABLE ranking_run FORCE ROW LEVEL SECURITY;
CREATE POLICY worker_reads ON ranking_run FOR SELECT TO ${WORKER} USING (true);
CREATE POLICY worker_inserts ON ranking_run FOR INSERT TO ${WORKER} WITH CHECK (true);
CREATE POLICY worker_updates ON ranking_run FOR UPDATE TO ${WORKER} USING (true);
GRANT SELECT, INSERT, UPDATE ON ranking_run TO ${WORKER};
GRANT USAGE ON SEQUENCE ranking_request_seq TO ${WORKER};

CREATE POLICY worker_prunes ON ranking_snapshot FOR DELETE TO ${WORKER} USING (published_at IS NULL);
GRANT DELETE ON ranking_snapshot TO ${WORKER};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
REVOKE DELETE ON ranking_snapshot FROM ${WORKER};
DROP POLICY worker_prunes ON ranking_snapshot;
UPDATE ranking_snapshot s SET entries = joined.entries
  FROM (SELECT r.id,
               jsonb_agg(e || jsonb_build_object('breakdown', coalesce(r.breakdowns -> (e->>'organizationId'), '{}'))
                 ORDER BY n) AS entries
          FROM ranking_snapshot r, jsonb_array_elements(r.entries) WITH ORDINALITY AS x(e, n)
         GROUP BY r.id) joined
 WHERE s.id = joined.id;
DROP SEQUENCE ranking_request_seq;
ALTER TABLE "ranking_run" DROP CONSTRAINT "FK_55620f856d9f6ae4db4a2a3feca";
ALTER TABLE "ranking_snapshot" DROP COLUMN "award_decisions";
ALTER TABLE "ranking_snapshot" DROP COLUMN "breakdowns";
DROP TABLE "ranking_run";
`);
  }
}
