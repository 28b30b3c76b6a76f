import { MigrationInterface, QueryRunner } from 'typeorm';
import { WORKER_ROLE } from '../config';

/**
 * Notifications for the rest of the year (issue 11.8): an explanation window opened and due, dossiers due and
 * returned, the decision recorded, next year's election opened. The platform admin may open an election too,
 * so it may notify the group's members as the head and the board do. The worker reads which dossiers still
 * wait, to remind who has to act.
 */
export class YearNotifications1764217700000 implements MigrationInterface {
  name = 'YearNotifications1764217700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "notification" DROP CONSTRAINT "CHK_46a73de9b1fbf2b6c472d20e67";
ALTER TABLE "notification" ADD CONSTRAINT "CHK_44d7cb4b27f357124cff8ff753" CHECK (kind IN ('REPORT_DUE', 'REPORT_RETURNED', 'RANKING_PUBLISHED', 'RANKING_APPROVED', 'RANKING_RETURNED', 'COVENANT_PUBLISHED', 'REGISTRATION_DUE', 'EXPLANATION_OPENED', 'EXPLANATION_DUE', 'DOSSIER_DUE', 'DOSSIER_RETURNED', 'DECISION_RECORDED', 'ELECTION_OPENED') AND jsonb_typeof(params) = 'object');
CREATE OR REPLACE FUNCTION app_may_notify(target uuid, g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = g AND year = y AND organization_id = target)
       AND (app_is_head(g, y) OR app_is_reviewer(g) OR app_is_platform()) $$;
CREATE POLICY worker_reads ON dossier FOR SELECT TO ${WORKER_ROLE} USING (true);
CREATE POLICY worker_reads ON achievement_report FOR SELECT TO ${WORKER_ROLE} USING (true);
GRANT SELECT (id, group_id, year, kind, period_id, member_id, state, deadline) ON dossier TO ${WORKER_ROLE};
GRANT SELECT (id, dossier_id) ON achievement_report TO ${WORKER_ROLE};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
REVOKE SELECT (id, dossier_id) ON achievement_report FROM ${WORKER_ROLE};
REVOKE SELECT (id, group_id, year, kind, period_id, member_id, state, deadline) ON dossier FROM ${WORKER_ROLE};
DROP POLICY worker_reads ON achievement_report;
DROP POLICY worker_reads ON dossier;
CREATE OR REPLACE FUNCTION app_may_notify(target uuid, g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = g AND year = y AND organization_id = target)
       AND (app_is_head(g, y) OR app_is_reviewer(g)) $$;
ALTER TABLE "notification" DROP CONSTRAINT "CHK_44d7cb4b27f357124cff8ff753";
ALTER TABLE "notification" ADD CONSTRAINT "CHK_46a73de9b1fbf2b6c472d20e67" CHECK (kind IN ('REPORT_DUE', 'REPORT_RETURNED', 'RANKING_PUBLISHED', 'RANKING_APPROVED', 'RANKING_RETURNED', 'COVENANT_PUBLISHED', 'REGISTRATION_DUE') AND jsonb_typeof(params) = 'object');
`);
  }
}
