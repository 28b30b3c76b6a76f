import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

const APP = APP_ROLE;
/** The tables whose rows belong to a period and stop changing once its decision closes it. */
const CLOSED_WITH_PERIOD = ['score', 'member_fact', 'vote', 'tie_decision', 'dossier', 'achievement_report'];

/**
 * Award dossiers and the board's decision (issue 11, docs/adr/0008). Row-level security repeats
 * apps/api/src/access/policy.ts: a member reads its own dossiers and writes its own achievement report; the
 * head of the year opens, completes and submits every dossier; the board reads the dossiers submitted to it and
 * decides them, then records the decision, which closes the period. Once closed, PostgreSQL itself refuses every
 * change of the period's scores, facts, votes, tie orders, dossiers and reports, and of the period.
 */
export class Dossiers1764217200000 implements MigrationInterface {
  name = 'Dossiers1764217200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE "period" DROP CONSTRAINT "CHK_527c9a34f0cb945a6f06fbdc1b";
ALTER TABLE "period" ADD CONSTRAINT "CHK_e48fd6942ae384fa213afe5d41" CHECK (kind IN ('H1', 'FY') AND state IN ('OPEN', 'SCORING', 'PUBLISHED', 'REVIEWED', 'CLOSED'));
CREATE TABLE "dossier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "award_id" text NOT NULL, "award_title" text NOT NULL, "member_id" uuid NOT NULL, "state" text NOT NULL DEFAULT 'DRAFT', "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "cover_letter" jsonb, "minutes" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_9ec87deea3c6cfe84104a5fca52" UNIQUE ("period_id", "award_id", "member_id"), CONSTRAINT "CHK_0210575e809bdf2066d23f6814" CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED')), CONSTRAINT "PK_62a60ad7157c2922b57c3319364" PRIMARY KEY ("id"));
CREATE TABLE "achievement_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "dossier_id" uuid NOT NULL, "member_id" uuid NOT NULL, "form" jsonb, "file_name" text, "file_content" bytea, "updated_by_user_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_9dfc91c4cb2b06b25569fbfa67" UNIQUE ("dossier_id"), CONSTRAINT "CHK_b976e64764b57748c04fcc2888" CHECK (octet_length(file_content) <= 10485760), CONSTRAINT "PK_1fc81dbadeb198899b94c6c9cb8" PRIMARY KEY ("id"));
CREATE TABLE "award_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "number" text NOT NULL, "decided_on" date NOT NULL, "signer_name" text NOT NULL, "signer_title" text NOT NULL, "grants" jsonb NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_by_user_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_727ef86a747b4b21200bee445dc" UNIQUE ("period_id"), CONSTRAINT "CHK_7f9a3da7a22c29d220fe3cec5a" CHECK (jsonb_typeof(grants) = 'array'), CONSTRAINT "PK_a074a5905501410f850713528a3" PRIMARY KEY ("id"));
ALTER TABLE "dossier" ADD CONSTRAINT "FK_09ad8438b111a6d9082506dd6f9" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "dossier" ADD CONSTRAINT "FK_3432113cd9486de09f457471bb9" FOREIGN KEY ("member_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "achievement_report" ADD CONSTRAINT "FK_2f807e30fe2656922fc9066b3cd" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "achievement_report" ADD CONSTRAINT "FK_9dfc91c4cb2b06b25569fbfa672" FOREIGN KEY ("dossier_id") REFERENCES "dossier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "award_decision" ADD CONSTRAINT "FK_727ef86a747b4b21200bee445dc" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "award_decision" ADD CONSTRAINT "FK_c11a4916750e1fddd9625498323" FOREIGN KEY ("recorded_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

ALTER TABLE dossier ENABLE ROW LEVEL SECURITY; ALTER TABLE dossier FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON dossier FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR (submitted_at IS NOT NULL AND app_is_reviewer(group_id)));
CREATE POLICY head_opens ON dossier FOR INSERT TO ${APP}
  WITH CHECK (state = 'DRAFT' AND app_is_head(group_id, year) AND app_period_is(period_id, group_id, year, kind));
-- The head completes and submits what is not with the board; the board decides what is.
CREATE POLICY head_submits ON dossier FOR UPDATE TO ${APP}
  USING (state IN ('DRAFT', 'RETURNED') AND app_is_head(group_id, year))
  WITH CHECK (state IN ('DRAFT', 'RETURNED', 'SUBMITTED') AND app_is_head(group_id, year));
CREATE POLICY board_decides ON dossier FOR UPDATE TO ${APP}
  USING (state = 'SUBMITTED' AND app_is_reviewer(group_id))
  WITH CHECK (state IN ('ACCEPTED', 'REJECTED', 'RETURNED') AND app_is_reviewer(group_id));

ALTER TABLE achievement_report ENABLE ROW LEVEL SECURITY; ALTER TABLE achievement_report FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON achievement_report FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY member_writes ON achievement_report FOR INSERT TO ${APP}
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year) AND EXISTS (
    SELECT 1 FROM dossier d WHERE d.id = dossier_id AND d.member_id = app_org_id() AND d.period_id = achievement_report.period_id AND d.state IN ('DRAFT', 'RETURNED')));
CREATE POLICY member_updates ON achievement_report FOR UPDATE TO ${APP}
  USING (member_id = app_org_id())
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year) AND EXISTS (
    SELECT 1 FROM dossier d WHERE d.id = dossier_id AND d.member_id = app_org_id() AND d.period_id = achievement_report.period_id AND d.state IN ('DRAFT', 'RETURNED')));

ALTER TABLE award_decision ENABLE ROW LEVEL SECURITY; ALTER TABLE award_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY group_reads ON award_decision FOR SELECT TO ${APP}
  USING (app_is_member(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY board_records ON award_decision FOR INSERT TO ${APP}
  WITH CHECK (recorded_by_id = app_org_id() AND app_is_reviewer(group_id) AND app_period_is(period_id, group_id, year, kind));

-- A closed period's rows stop changing, whoever asks (the owner's maintenance included: it is the record).
CREATE FUNCTION app_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM period WHERE state = 'CLOSED' AND id IN (
       CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.period_id END,
       CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.period_id END)) THEN
    RAISE EXCEPTION 'the period is closed by the board''s decision: % no longer changes', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
${CLOSED_WITH_PERIOD.map((t) => `CREATE TRIGGER closed_period BEFORE INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION app_refuse_closed_period();`).join('\n')}

-- Only a recorded decision closes a period, and a closed period never reopens.
CREATE FUNCTION app_period_closing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF OLD.state = 'CLOSED' THEN
    RAISE EXCEPTION 'the period is closed by the board''s decision' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.state = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM award_decision WHERE period_id = NEW.id) THEN
    RAISE EXCEPTION 'a period closes with the board''s decision only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER closing BEFORE UPDATE ON period FOR EACH ROW EXECUTE FUNCTION app_period_closing();

GRANT SELECT, INSERT, UPDATE ON dossier, achievement_report TO ${APP};
GRANT SELECT, INSERT ON award_decision TO ${APP};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TRIGGER closing ON period;
DROP FUNCTION app_period_closing();
${CLOSED_WITH_PERIOD.map((t) => `DROP TRIGGER closed_period ON ${t};`).join('\n')}
DROP FUNCTION app_refuse_closed_period();
ALTER TABLE "award_decision" DROP CONSTRAINT "FK_c11a4916750e1fddd9625498323";
ALTER TABLE "award_decision" DROP CONSTRAINT "FK_727ef86a747b4b21200bee445dc";
ALTER TABLE "achievement_report" DROP CONSTRAINT "FK_9dfc91c4cb2b06b25569fbfa672";
ALTER TABLE "achievement_report" DROP CONSTRAINT "FK_2f807e30fe2656922fc9066b3cd";
ALTER TABLE "dossier" DROP CONSTRAINT "FK_3432113cd9486de09f457471bb9";
ALTER TABLE "dossier" DROP CONSTRAINT "FK_09ad8438b111a6d9082506dd6f9";
DROP TABLE "award_decision";
DROP TABLE "achievement_report";
DROP TABLE "dossier";
UPDATE period SET state = 'REVIEWED' WHERE state = 'CLOSED';
ALTER TABLE "period" DROP CONSTRAINT "CHK_e48fd6942ae384fa213afe5d41";
ALTER TABLE "period" ADD CONSTRAINT "CHK_527c9a34f0cb945a6f06fbdc1b" CHECK (kind IN ('H1', 'FY') AND state IN ('OPEN', 'SCORING', 'PUBLISHED', 'REVIEWED'));
`);
  }
}
