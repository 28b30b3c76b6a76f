import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, WORKER_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * Format 2 regulations (REGULATION.md): a member's category in its membership, facts about members per
 * period, not-applicable marks on scores, board scores for `scoredBy: BOARD` criteria, and the orders a body
 * records for ties a `decision` tie-break leaves to it. Row-level security repeats the application's rules
 * (apps/api/src/access/policy.ts): facts are read by the member they are about, the head and the board;
 * written by the head of the year, or for a `setBy: BOARD` fact by the group's board alone; only the board
 * scores a `scoredBy: BOARD` criterion and the head no longer can; only the body the regulation's `decision`
 * tie-break names orders a tie. The regulation is read from the published document of the row's period.
 * The board now reads the live ranking of the groups it oversees: it scores, sets facts and orders ties
 * during scoring, and must see what they do.
 */
const SCHEMA = `
CREATE TABLE "member_fact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "member_id" uuid NOT NULL, "fact_id" text NOT NULL, "value" boolean NOT NULL, "reason" text NOT NULL, "set_by_id" uuid NOT NULL, "set_by_user_id" uuid, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c98bf95d9bb7c78660c6f988cd3" UNIQUE ("period_id", "member_id", "fact_id"), CONSTRAINT "CHK_00ad4b9f612cf4b9371d562ba5" CHECK (length(fact_id) BETWEEN 1 AND 64 AND length(reason) BETWEEN 1 AND 4000), CONSTRAINT "PK_051d9827272b6e92a7444079e24" PRIMARY KEY ("id"));
CREATE INDEX "IDX_2f39d856e7381ac3edd7b76a2a" ON "member_fact"  ("group_id", "year", "kind") ;
CREATE TABLE "tie_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "period_id" uuid NOT NULL, "decided_by" text NOT NULL, "members_key" text NOT NULL, "member_order" uuid array NOT NULL, "set_by_id" uuid NOT NULL, "set_by_user_id" uuid, "set_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_71160170b9398650b4373389562" UNIQUE ("period_id", "members_key"), CONSTRAINT "CHK_a02f4a53f5a2d736c06a0b0c92" CHECK (decided_by IN ('HEAD', 'BOARD')), CONSTRAINT "PK_4c23a39c4a77d133f5ba3a0b2a2" PRIMARY KEY ("id"));
CREATE INDEX "IDX_afb3ad17a8a45b9f1109106709" ON "tie_decision"  ("group_id", "year", "kind") ;
ALTER TABLE "membership" ADD "category" text;
ALTER TABLE "score" ADD "not_applicable" boolean NOT NULL DEFAULT false;
ALTER TABLE "membership" ADD CONSTRAINT "CHK_248b05f3f8a02c95b603ae2a8e" CHECK (length(category) BETWEEN 1 AND 64);
ALTER TABLE "member_fact" ADD CONSTRAINT "FK_1b379bb7083d5de222b9b910d38" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "member_fact" ADD CONSTRAINT "FK_5fa23f8dd794c9cc66656710ec3" FOREIGN KEY ("member_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "member_fact" ADD CONSTRAINT "FK_ed870ae32285c42913ee0bc2903" FOREIGN KEY ("set_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "tie_decision" ADD CONSTRAINT "FK_b70c58a7b46edbf52ca659645f5" FOREIGN KEY ("period_id") REFERENCES "period"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
`;

const FUNCTIONS = `
-- The published document of the regulation a period is scored under.
CREATE FUNCTION app_period_document(p uuid) RETURNS jsonb LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT r.document FROM period JOIN regulation r ON r.id = period.regulation_id WHERE period.id = p $$;
-- A fact the regulation declares with setBy BOARD.
CREATE FUNCTION app_is_board_fact(p uuid, f text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT coalesce(jsonb_path_exists(app_period_document(p),
       '$.facts[*] ? (@.id == $f && @.setBy == "BOARD")', jsonb_build_object('f', f)), false) $$;
-- A criterion with scoredBy BOARD, on itself or on a parent (the board then scores its whole subtree).
CREATE FUNCTION app_is_board_criterion(p uuid, c text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT coalesce(jsonb_path_exists(app_period_document(p),
       'strict $.criteria.**{0 to 20} ? (@.scoredBy == "BOARD").**{0 to 20} ? (@.id == $c)', jsonb_build_object('c', c)), false) $$;
-- The body the regulation's decision tie-break names.
CREATE FUNCTION app_tie_decider(p uuid) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT jsonb_path_query_first(app_period_document(p), '$.tieBreaks[*] ? (@.type == "decision").by') #>> '{}' $$;

-- A score: the board alone for a scoredBy BOARD criterion; otherwise as before (the head, or a cross-scorer
-- scoring another member). Only the head marks a criterion not applicable.
CREATE FUNCTION app_may_score_criterion(p uuid, g uuid, y int, k text, member uuid, c text, na boolean) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k) AND CASE
       WHEN app_is_board_criterion(p, c) THEN app_is_reviewer(g) AND NOT na
       WHEN na THEN app_is_head(g, y)
       ELSE app_is_head(g, y) OR (app_is_cross_scored(p) AND app_is_member(g, y) AND member <> app_org_id()) END $$;
-- A fact: the board alone for a setBy BOARD fact, the head of the year for the others.
CREATE FUNCTION app_may_set_fact(p uuid, g uuid, y int, k text, f text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k) AND CASE WHEN app_is_board_fact(p, f) THEN app_is_reviewer(g) ELSE app_is_head(g, y) END $$;
-- A tie order: only the body the decision tie-break names.
CREATE FUNCTION app_may_settle_tie(p uuid, g uuid, y int, k text, body text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k) AND app_tie_decider(p) IS NOT DISTINCT FROM body AND CASE body
       WHEN 'BOARD' THEN app_is_reviewer(g) WHEN 'HEAD' THEN app_is_head(g, y) ELSE false END $$;
`;

const POLICIES = `
DROP POLICY scorer_inserts ON score;
DROP POLICY scorer_updates ON score;
CREATE POLICY scorer_inserts ON score FOR INSERT TO ${APP}
  WITH CHECK (scorer_id = app_org_id() AND app_may_score_criterion(period_id, group_id, year, kind, member_id, criterion_id, not_applicable));
CREATE POLICY scorer_updates ON score FOR UPDATE TO ${APP}
  USING (scorer_id = app_org_id() AND app_may_score_criterion(period_id, group_id, year, kind, member_id, criterion_id, false))
  WITH CHECK (scorer_id = app_org_id() AND app_may_score_criterion(period_id, group_id, year, kind, member_id, criterion_id, not_applicable));

ALTER TABLE member_fact ENABLE ROW LEVEL SECURITY; ALTER TABLE member_fact FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON member_fact FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY setter_inserts ON member_fact FOR INSERT TO ${APP}
  WITH CHECK (set_by_id = app_org_id() AND app_may_set_fact(period_id, group_id, year, kind, fact_id));
CREATE POLICY setter_updates ON member_fact FOR UPDATE TO ${APP}
  USING (app_may_set_fact(period_id, group_id, year, kind, fact_id))
  WITH CHECK (set_by_id = app_org_id() AND app_may_set_fact(period_id, group_id, year, kind, fact_id));
CREATE POLICY worker_reads ON member_fact FOR SELECT TO ${WORKER_ROLE} USING (true);

ALTER TABLE tie_decision ENABLE ROW LEVEL SECURITY; ALTER TABLE tie_decision FORCE ROW LEVEL SECURITY;
CREATE POLICY group_reads ON tie_decision FOR SELECT TO ${APP}
  USING (app_is_member(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY decider_inserts ON tie_decision FOR INSERT TO ${APP}
  WITH CHECK (set_by_id = app_org_id() AND app_may_settle_tie(period_id, group_id, year, kind, decided_by));
CREATE POLICY decider_updates ON tie_decision FOR UPDATE TO ${APP}
  USING (app_may_settle_tie(period_id, group_id, year, kind, decided_by))
  WITH CHECK (set_by_id = app_org_id() AND app_may_settle_tie(period_id, group_id, year, kind, decided_by));
CREATE POLICY worker_reads ON tie_decision FOR SELECT TO ${WORKER_ROLE} USING (true);

DROP POLICY head_or_published ON ranking_snapshot;
CREATE POLICY head_or_published ON ranking_snapshot FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year) OR app_is_reviewer(group_id)
         OR (published_at IS NOT NULL AND app_is_member(group_id, year)));

GRANT SELECT, INSERT, UPDATE ON member_fact, tie_decision TO ${APP};
GRANT SELECT ON member_fact, tie_decision TO ${WORKER_ROLE};
`;

export class Format21764216700000 implements MigrationInterface {
  name = 'Format21764216700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(SCHEMA);
    await q.query(FUNCTIONS);
    await q.query(POLICIES);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP POLICY head_or_published ON ranking_snapshot;
CREATE POLICY head_or_published ON ranking_snapshot FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year)
         OR (published_at IS NOT NULL AND (app_is_member(group_id, year) OR app_is_reviewer(group_id))));
DROP POLICY scorer_updates ON score;
DROP POLICY scorer_inserts ON score;
CREATE POLICY scorer_inserts ON score FOR INSERT TO ${APP}
  WITH CHECK (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id));
CREATE POLICY scorer_updates ON score FOR UPDATE TO ${APP}
  USING (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id))
  WITH CHECK (scorer_id = app_org_id() AND app_may_score(period_id, group_id, year, kind, member_id));
DROP FUNCTION app_may_settle_tie(uuid, uuid, int, text, text), app_may_set_fact(uuid, uuid, int, text, text),
  app_may_score_criterion(uuid, uuid, int, text, uuid, text, boolean), app_tie_decider(uuid),
  app_is_board_criterion(uuid, text), app_is_board_fact(uuid, text), app_period_document(uuid);
ALTER TABLE "tie_decision" DROP CONSTRAINT "FK_b70c58a7b46edbf52ca659645f5";
ALTER TABLE "member_fact" DROP CONSTRAINT "FK_ed870ae32285c42913ee0bc2903";
ALTER TABLE "member_fact" DROP CONSTRAINT "FK_5fa23f8dd794c9cc66656710ec3";
ALTER TABLE "member_fact" DROP CONSTRAINT "FK_1b379bb7083d5de222b9b910d38";
ALTER TABLE "membership" DROP CONSTRAINT "CHK_248b05f3f8a02c95b603ae2a8e";
ALTER TABLE "score" DROP COLUMN "not_applicable";
ALTER TABLE "membership" DROP COLUMN "category";
DROP INDEX "public"."IDX_afb3ad17a8a45b9f1109106709";
DROP TABLE "tie_decision";
DROP INDEX "public"."IDX_2f39d856e7381ac3edd7b76a2a";
DROP TABLE "member_fact";
`);
  }
}
