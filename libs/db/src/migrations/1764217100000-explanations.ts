import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, WORKER_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * The explanation round (issue 11): the window the head of the year opens per group × period, the members'
 * explanations of the head's scores with their new evidence, and the head's second-round decisions.
 * Row-level security repeats apps/api/src/access/policy.ts: the group's members and its board read the window,
 * the head opens and closes it; a member (not the head, whose scores they are) files explanations for itself alone
 * while the window is open, and reads only its own; the head (and the board) read all; only the head writes a decision (column grants keep
 * the explanation itself the member's). The worker reads them all for the rankings and closes windows whose
 * deadline passed.
 */
export class Explanations1764217100000 implements MigrationInterface {
  name = 'Explanations1764217100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE "explanation_window" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "opened_by_id" uuid NOT NULL, "opened_by_user_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by_id" uuid, "close_reason" text, CONSTRAINT "UQ_d4be693992582930029a941d069" UNIQUE ("period_id"), CONSTRAINT "PK_5151616343939a03bc19a5cfdb3" PRIMARY KEY ("id"));
CREATE TABLE "explanation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "window_id" uuid NOT NULL, "member_id" uuid NOT NULL, "criterion_id" text NOT NULL, "text" text NOT NULL, "explained_by_user_id" uuid NOT NULL, "explained_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decision" text, "second_points" numeric, "second_count" integer, "second_reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8c924e08dbbc9f2a1eeddcc0081" UNIQUE ("period_id", "member_id", "criterion_id"), CONSTRAINT "CHK_130753221e8f7a45491303e8e8" CHECK ((decision = 'CHANGED') = (second_points IS NOT NULL)), CONSTRAINT "CHK_6bebf2b5edff3934f4f84f7555" CHECK (decision IS NULL OR decision IN ('CHANGED', 'KEPT')), CONSTRAINT "PK_5b67db9ddae6771a7a2568fc58d" PRIMARY KEY ("id"));
CREATE TABLE "explanation_evidence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "explanation_id" uuid NOT NULL, "group_id" uuid NOT NULL, "year" integer NOT NULL, "member_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fae25ba856407e2c4fceaba961a" PRIMARY KEY ("id"));
ALTER TABLE "explanation_window" ADD CONSTRAINT "FK_d4be693992582930029a941d069" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "explanation_window" ADD CONSTRAINT "FK_9004d6a3ef52f033469e43c36df" FOREIGN KEY ("opened_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "explanation" ADD CONSTRAINT "FK_bf43941f4ccecf2d5b02dfe9b66" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "explanation" ADD CONSTRAINT "FK_5151616343939a03bc19a5cfdb3" FOREIGN KEY ("window_id") REFERENCES "explanation_window"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "explanation" ADD CONSTRAINT "FK_24fdd9726bbc2a034fbd2d58a94" FOREIGN KEY ("member_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "explanation_evidence" ADD CONSTRAINT "FK_5d26e058945cb3d0b0fb4ecbc14" FOREIGN KEY ("explanation_id") REFERENCES "explanation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

-- The window is open until closed or its deadline passes (the worker's sweep then closes it).
CREATE FUNCTION app_explanation_open(w uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM explanation_window WHERE id = w AND closed_at IS NULL AND deadline > now()) $$;
CREATE FUNCTION app_explanation_window_is(w uuid, p uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM explanation_window WHERE id = w AND period_id = p) $$;
-- New evidence goes with the member's own explanation, while its window is open.
CREATE FUNCTION app_may_attach_explanation(e uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM explanation WHERE id = e AND member_id = app_org_id() AND app_explanation_open(window_id)) $$;

ALTER TABLE explanation_window ENABLE ROW LEVEL SECURITY; ALTER TABLE explanation_window FORCE ROW LEVEL SECURITY;
CREATE POLICY group_reads ON explanation_window FOR SELECT TO ${APP}
  USING (app_is_member(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY head_opens ON explanation_window FOR INSERT TO ${APP}
  WITH CHECK (opened_by_id = app_org_id() AND app_is_head(group_id, year) AND app_period_is(period_id, group_id, year, kind));
CREATE POLICY head_closes ON explanation_window FOR UPDATE TO ${APP}
  USING (app_is_head(group_id, year))
  WITH CHECK (closed_by_id = app_org_id() AND app_is_head(group_id, year));
CREATE POLICY worker_reads ON explanation_window FOR SELECT TO ${WORKER_ROLE} USING (true);
CREATE POLICY worker_closes ON explanation_window FOR UPDATE TO ${WORKER_ROLE} USING (true) WITH CHECK (true);

ALTER TABLE explanation ENABLE ROW LEVEL SECURITY; ALTER TABLE explanation FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON explanation FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY member_explains ON explanation FOR INSERT TO ${APP}
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year) AND NOT app_is_head(group_id, year)
    AND app_period_is(period_id, group_id, year, kind) AND app_explanation_window_is(window_id, period_id)
    AND app_explanation_open(window_id) AND decision IS NULL);
CREATE POLICY head_decides ON explanation FOR UPDATE TO ${APP}
  USING (app_is_head(group_id, year))
  WITH CHECK (decided_by_id = app_org_id() AND app_is_head(group_id, year));
CREATE POLICY worker_reads ON explanation FOR SELECT TO ${WORKER_ROLE} USING (true);

ALTER TABLE explanation_evidence ENABLE ROW LEVEL SECURITY; ALTER TABLE explanation_evidence FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON explanation_evidence FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY member_attaches ON explanation_evidence FOR INSERT TO ${APP}
  WITH CHECK (member_id = app_org_id() AND app_may_attach_explanation(explanation_id));

GRANT SELECT, INSERT ON explanation_window, explanation, explanation_evidence TO ${APP};
GRANT UPDATE (closed_at, closed_by_id, close_reason) ON explanation_window TO ${APP};
GRANT UPDATE (decision, second_points, second_count, second_reason, decided_by_id, decided_at) ON explanation TO ${APP};
GRANT SELECT ON explanation_window, explanation TO ${WORKER_ROLE};
GRANT UPDATE (closed_at) ON explanation_window TO ${WORKER_ROLE};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP FUNCTION app_may_attach_explanation(uuid);
DROP FUNCTION app_explanation_window_is(uuid, uuid);
DROP FUNCTION app_explanation_open(uuid);
ALTER TABLE "explanation_evidence" DROP CONSTRAINT "FK_5d26e058945cb3d0b0fb4ecbc14";
ALTER TABLE "explanation" DROP CONSTRAINT "FK_24fdd9726bbc2a034fbd2d58a94";
ALTER TABLE "explanation" DROP CONSTRAINT "FK_5151616343939a03bc19a5cfdb3";
ALTER TABLE "explanation" DROP CONSTRAINT "FK_bf43941f4ccecf2d5b02dfe9b66";
ALTER TABLE "explanation_window" DROP CONSTRAINT "FK_9004d6a3ef52f033469e43c36df";
ALTER TABLE "explanation_window" DROP CONSTRAINT "FK_d4be693992582930029a941d069";
DROP TABLE "explanation_evidence";
DROP TABLE "explanation";
DROP TABLE "explanation_window";
`);
  }
}
