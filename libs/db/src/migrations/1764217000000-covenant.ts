import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, WORKER_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * The start of a group's year (issue 11): the covenant its head publishes, the members' signatures of it and
 * the titles each member registers. Row-level security repeats the application's rules
 * (apps/api/src/access/policy.ts): the group's members and its board read the covenant, the head of the year
 * writes it; a member signs and registers for itself alone; a signature or registration is read by the
 * member it is of, the head and the board. The worker reads them all: "signed" and "registered" are facts
 * the rankings use (a regulation declares them with setBy PORTAL), which nobody may set by hand.
 */
export class Covenant1764217000000 implements MigrationInterface {
  name = 'Covenant1764217000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE "covenant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "commitments" jsonb NOT NULL, "registration_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_id" uuid NOT NULL, "published_by_user_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_e4a780adc253f5dff7e3441da32" UNIQUE ("group_id", "year"), CONSTRAINT "CHK_9262360ea7d5fe01c27e4a7e61" CHECK (jsonb_typeof(commitments) = 'array' AND jsonb_array_length(commitments) BETWEEN 1 AND 100), CONSTRAINT "PK_4431ed60784e3894985ff404ba7" PRIMARY KEY ("id"));
CREATE TABLE "covenant_signature" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "covenant_id" uuid NOT NULL, "group_id" uuid NOT NULL, "year" integer NOT NULL, "member_id" uuid NOT NULL, "signed_by_user_id" uuid NOT NULL, "signed_by_email" text NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e6eab31f5a20682e18e83aefcad" UNIQUE ("covenant_id", "member_id"), CONSTRAINT "PK_0ab60c43bc2b27962777f5a5d16" PRIMARY KEY ("id"));
CREATE TABLE "title_registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "member_id" uuid NOT NULL, "titles" jsonb NOT NULL, "registered_by_user_id" uuid NOT NULL, "registered_by_email" text NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_7fb32502bf3c390d4a1959aa15a" UNIQUE ("group_id", "year", "member_id"), CONSTRAINT "CHK_ae5deb58d500f94fadac057b03" CHECK (jsonb_typeof(titles) = 'array' AND jsonb_array_length(titles) BETWEEN 1 AND 50), CONSTRAINT "PK_20689a836afe7700f37bd9b8308" PRIMARY KEY ("id"));
ALTER TABLE "covenant" ADD CONSTRAINT "FK_beae8d7fdf8233f2cf38f5202f2" FOREIGN KEY ("group_id") REFERENCES "emulation_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "covenant" ADD CONSTRAINT "FK_c4af7715d4f7ddde7006cf18cdc" FOREIGN KEY ("published_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "covenant_signature" ADD CONSTRAINT "FK_7c305bb81d75d6ff4e4ee3c276e" FOREIGN KEY ("covenant_id") REFERENCES "covenant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "covenant_signature" ADD CONSTRAINT "FK_1a59e3a9717710b0f323d0c7a41" FOREIGN KEY ("member_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "title_registration" ADD CONSTRAINT "FK_64f262721c87a214fc3b25b8571" FOREIGN KEY ("member_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

ALTER TABLE covenant ENABLE ROW LEVEL SECURITY; ALTER TABLE covenant FORCE ROW LEVEL SECURITY;
CREATE POLICY group_reads ON covenant FOR SELECT TO ${APP}
  USING (app_is_member(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY head_inserts ON covenant FOR INSERT TO ${APP}
  WITH CHECK (published_by_id = app_org_id() AND app_is_head(group_id, year));
CREATE POLICY head_updates ON covenant FOR UPDATE TO ${APP}
  USING (app_is_head(group_id, year))
  WITH CHECK (published_by_id = app_org_id() AND app_is_head(group_id, year));
CREATE POLICY worker_reads ON covenant FOR SELECT TO ${WORKER_ROLE} USING (true);

ALTER TABLE covenant_signature ENABLE ROW LEVEL SECURITY; ALTER TABLE covenant_signature FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON covenant_signature FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY member_signs ON covenant_signature FOR INSERT TO ${APP}
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year));
CREATE POLICY worker_reads ON covenant_signature FOR SELECT TO ${WORKER_ROLE} USING (true);

ALTER TABLE title_registration ENABLE ROW LEVEL SECURITY; ALTER TABLE title_registration FORCE ROW LEVEL SECURITY;
CREATE POLICY involved ON title_registration FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));
CREATE POLICY member_inserts ON title_registration FOR INSERT TO ${APP}
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year));
CREATE POLICY member_updates ON title_registration FOR UPDATE TO ${APP}
  USING (member_id = app_org_id())
  WITH CHECK (member_id = app_org_id() AND app_is_member(group_id, year));
CREATE POLICY worker_reads ON title_registration FOR SELECT TO ${WORKER_ROLE} USING (true);

-- A fact the portal sets (setBy PORTAL: signed the covenant, registered) is nobody's to set by hand.
CREATE FUNCTION app_is_portal_fact(p uuid, f text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT coalesce(jsonb_path_exists(app_period_document(p),
       '$.facts[*] ? (@.id == $f && @.setBy == "PORTAL")', jsonb_build_object('f', f)), false) $$;
CREATE OR REPLACE FUNCTION app_may_set_fact(p uuid, g uuid, y int, k text, f text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k) AND NOT app_is_portal_fact(p, f)
       AND CASE WHEN app_is_board_fact(p, f) THEN app_is_reviewer(g) ELSE app_is_head(g, y) END $$;

GRANT SELECT, INSERT, UPDATE ON covenant, title_registration TO ${APP};
GRANT SELECT, INSERT ON covenant_signature TO ${APP};
GRANT SELECT ON covenant, covenant_signature, title_registration TO ${WORKER_ROLE};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE OR REPLACE FUNCTION app_may_set_fact(p uuid, g uuid, y int, k text, f text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_period_is(p, g, y, k) AND CASE WHEN app_is_board_fact(p, f) THEN app_is_reviewer(g) ELSE app_is_head(g, y) END $$;
DROP FUNCTION app_is_portal_fact(uuid, text);
ALTER TABLE "title_registration" DROP CONSTRAINT "FK_64f262721c87a214fc3b25b8571";
ALTER TABLE "covenant_signature" DROP CONSTRAINT "FK_1a59e3a9717710b0f323d0c7a41";
ALTER TABLE "covenant_signature" DROP CONSTRAINT "FK_7c305bb81d75d6ff4e4ee3c276e";
ALTER TABLE "covenant" DROP CONSTRAINT "FK_c4af7715d4f7ddde7006cf18cdc";
ALTER TABLE "covenant" DROP CONSTRAINT "FK_beae8d7fdf8233f2cf38f5202f2";
DROP TABLE "title_registration";
DROP TABLE "covenant_signature";
DROP TABLE "covenant";
`);
  }
}
