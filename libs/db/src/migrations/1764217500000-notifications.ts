import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, WORKER_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * In-app notifications (issue 12.4). An organization reads its own and marks them read (read_at alone). The
 * API writes them as a side effect of a head's or a board's change (a report returned, a ranking published or
 * reviewed, a covenant published), only to members of that group; the worker writes the scheduler's reminders.
 */
export class Notifications1764217500000 implements MigrationInterface {
  name = 'Notifications1764217500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "kind" text NOT NULL, "group_id" uuid, "params" jsonb NOT NULL, "dedupe_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_cc6095c310fce83c77c442c849d" UNIQUE ("organization_id", "dedupe_key"), CONSTRAINT "CHK_46a73de9b1fbf2b6c472d20e67" CHECK (kind IN ('REPORT_DUE', 'REPORT_RETURNED', 'RANKING_PUBLISHED', 'RANKING_APPROVED', 'RANKING_RETURNED', 'COVENANT_PUBLISHED', 'REGISTRATION_DUE') AND jsonb_typeof(params) = 'object'), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"));
CREATE INDEX "IDX_ea47c04d00cf77aa13ea64bf6c" ON "notification"  ("organization_id", "created_at") ;
ALTER TABLE "notification" ADD CONSTRAINT "FK_203543da9a28e0d7bd87e66cd20" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "notification" ADD CONSTRAINT "FK_52d7e857c85a3ac09160a1c6917" FOREIGN KEY ("group_id") REFERENCES "emulation_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- The recipient is a member of the group that year, and the sender its head or its board.
CREATE FUNCTION app_may_notify(target uuid, g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = g AND year = y AND organization_id = target)
       AND (app_is_head(g, y) OR app_is_reviewer(g)) $$;

ALTER TABLE notification ENABLE ROW LEVEL SECURITY; ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY own_reads ON notification FOR SELECT TO ${APP} USING (organization_id = app_org_id());
CREATE POLICY own_marks ON notification FOR UPDATE TO ${APP}
  USING (organization_id = app_org_id()) WITH CHECK (organization_id = app_org_id());
CREATE POLICY group_sends ON notification FOR INSERT TO ${APP}
  WITH CHECK (app_may_notify(organization_id, group_id, (params->>'year')::int));
CREATE POLICY worker_all ON notification FOR ALL TO ${WORKER_ROLE} USING (true) WITH CHECK (true);

GRANT SELECT, INSERT ON notification TO ${APP};
GRANT UPDATE (read_at) ON notification TO ${APP};
GRANT SELECT, INSERT ON notification TO ${WORKER_ROLE};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TABLE "notification";
DROP FUNCTION app_may_notify(uuid, uuid, int);
`);
  }
}
