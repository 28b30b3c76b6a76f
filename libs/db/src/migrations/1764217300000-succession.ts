import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * Next year's head and deputy (issue 11.6): the year-end election, the members' ballots, next year's draft
 * regulation. Row-level security repeats the application's rules (apps/api/src/access/policy.ts): the group's
 * members, its board and the platform admin read the election; the head of the year (or the admin) opens and
 * closes it, only the admin closes it with a recorded result; a member casts and replaces its own ballot while
 * the election is open. Ballots are secret: a member reads its own only, everyone else learns who voted
 * (succession_voters) and the counts (succession_tally: the head and the admin, who close the election from
 * them, at any time; the members and the board once it is closed), never who chose whom. Whoever closed
 * the election creates next year's memberships from it (the same members and categories, the elected roles)
 * and the draft regulation, which the head of next year (or the admin) reads and edits.
 */
export class Succession1764217300000 implements MigrationInterface {
  name = 'Succession1764217300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE TABLE "succession_election" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "state" text NOT NULL DEFAULT 'OPEN', "opened_by_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "outgoing_head_id" uuid, "head_id" uuid, "deputy_id" uuid, "method" text, "reason" text, "closed_by_id" uuid, "closed_by_user_id" uuid, "closed_by_email" text, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_1d62423057bd96554535b1c3f49" UNIQUE ("group_id", "year"), CONSTRAINT "CHK_70ae922c69867856e7d7b2959d" CHECK (state = 'OPEN' OR (head_id IS NOT NULL AND deputy_id IS NOT NULL AND head_id <> deputy_id AND method IS NOT NULL AND closed_by_id IS NOT NULL AND closed_at IS NOT NULL)), CONSTRAINT "CHK_572b3cb56f0c13a8394e841bc3" CHECK (state IN ('OPEN', 'CLOSED') AND (method IS NULL OR method IN ('VOTE', 'RECORDED'))), CONSTRAINT "PK_8f96b025f9d7320ae9f2f3d3828" PRIMARY KEY ("id"));
CREATE TABLE "succession_ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "election_id" uuid NOT NULL, "group_id" uuid NOT NULL, "year" integer NOT NULL, "voter_id" uuid NOT NULL, "head_choice_id" uuid NOT NULL, "deputy_choice_id" uuid NOT NULL, "cast_by_user_id" uuid NOT NULL, "cast_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_91f21077c1e6bb9f3d2ba98ec4c" UNIQUE ("election_id", "voter_id"), CONSTRAINT "CHK_f4e037d4093eb6334c6fa12cfb" CHECK (head_choice_id <> deputy_choice_id), CONSTRAINT "PK_0336a9a95c6183af5626607bd1b" PRIMARY KEY ("id"));
CREATE TABLE "regulation_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "year" integer NOT NULL, "document" jsonb NOT NULL, "copied_from_id" uuid, "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_6665c03f86221f24e76c2b0c230" UNIQUE ("group_id", "year"), CONSTRAINT "PK_14b0f60468943820240a5484b16" PRIMARY KEY ("id"));
ALTER TABLE "succession_election" ADD CONSTRAINT "FK_ee481ff937a7cfc44afd189708f" FOREIGN KEY ("group_id") REFERENCES "emulation_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_election" ADD CONSTRAINT "FK_e1955c44ead9c27e0706c7232bd" FOREIGN KEY ("outgoing_head_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_election" ADD CONSTRAINT "FK_0b0e1613ab708206548a4dd8aba" FOREIGN KEY ("head_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_election" ADD CONSTRAINT "FK_f45e6a03f74a43c8e8dee0fe5b8" FOREIGN KEY ("deputy_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_election" ADD CONSTRAINT "FK_1dba7222c2ebde7cdae8bf4a4bb" FOREIGN KEY ("closed_by_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_ballot" ADD CONSTRAINT "FK_73a9e86570bbaf2145a02ba9701" FOREIGN KEY ("election_id") REFERENCES "succession_election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_ballot" ADD CONSTRAINT "FK_9699b7526ba9dc1aec44867acff" FOREIGN KEY ("voter_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_ballot" ADD CONSTRAINT "FK_de9096c50198c61348bd955ac4e" FOREIGN KEY ("head_choice_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "succession_ballot" ADD CONSTRAINT "FK_10e5f9b82eb987653869f94fb00" FOREIGN KEY ("deputy_choice_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "regulation_draft" ADD CONSTRAINT "FK_8d32d7337288f5ecdd8d5f1fb9a" FOREIGN KEY ("group_id") REFERENCES "emulation_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;
ALTER TABLE "regulation_draft" ADD CONSTRAINT "FK_583569b7eb07e36e365c5a77be7" FOREIGN KEY ("copied_from_id") REFERENCES "regulation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;

CREATE FUNCTION app_reads_group(g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_is_member(g, y) OR app_is_reviewer(g) OR app_is_platform() $$;
CREATE FUNCTION app_election_open(e uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM succession_election WHERE id = e AND state = 'OPEN') $$;
-- Next year (y) follows the closed election of year y - 1, by whoever closed it while head of y - 1 or admin:
-- a member of y - 1 keeps its category, the elected get their office, everyone else is a member.
CREATE FUNCTION app_is_succession(g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM succession_election e WHERE e.group_id = g AND e.year = y - 1 AND e.state = 'CLOSED'
                    AND e.closed_by_id = app_org_id() AND (app_is_head(g, y - 1) OR app_is_platform())) $$;
CREATE FUNCTION app_is_successor(g uuid, y int, o uuid, r text, c text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT app_is_succession(g, y) AND EXISTS (
       SELECT 1 FROM succession_election e JOIN membership m ON m.group_id = e.group_id AND m.year = e.year
       WHERE e.group_id = g AND e.year = y - 1 AND m.organization_id = o AND m.category IS NOT DISTINCT FROM c
         AND r = CASE o WHEN e.head_id THEN 'HEAD' WHEN e.deputy_id THEN 'DEPUTY' ELSE 'MEMBER' END) $$;
-- Who has voted (not for whom), for those who read the election.
CREATE FUNCTION succession_voters(e uuid) RETURNS TABLE (voter_id uuid) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT b.voter_id FROM succession_ballot b JOIN succession_election el ON el.id = b.election_id
     WHERE b.election_id = e AND app_reads_group(el.group_id, el.year) $$;
-- The counts: for the head of the year and the admin, who close the election from them (the chair counts the
-- ballots); for the members and the board once it is closed.
CREATE FUNCTION succession_tally(e uuid) RETURNS TABLE (office text, candidate_id uuid, votes int) LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT o.office, o.candidate_id, count(*)::int FROM succession_election el JOIN succession_ballot b ON b.election_id = el.id
       CROSS JOIN LATERAL (VALUES ('HEAD', b.head_choice_id), ('DEPUTY', b.deputy_choice_id)) AS o(office, candidate_id)
     WHERE el.id = e AND ((el.state = 'CLOSED' AND app_reads_group(el.group_id, el.year))
                          OR app_is_head(el.group_id, el.year) OR app_is_platform())
     GROUP BY o.office, o.candidate_id $$;

ALTER TABLE succession_election ENABLE ROW LEVEL SECURITY; ALTER TABLE succession_election FORCE ROW LEVEL SECURITY;
CREATE POLICY group_reads ON succession_election FOR SELECT TO ${APP} USING (app_reads_group(group_id, year));
CREATE POLICY head_opens ON succession_election FOR INSERT TO ${APP}
  WITH CHECK (state = 'OPEN' AND opened_by_id = app_org_id() AND (app_is_head(group_id, year) OR app_is_platform()));
CREATE POLICY head_closes ON succession_election FOR UPDATE TO ${APP}
  USING (state = 'OPEN' AND (app_is_head(group_id, year) OR app_is_platform()))
  WITH CHECK (state = 'CLOSED' AND closed_by_id = app_org_id() AND (app_is_head(group_id, year) OR app_is_platform())
              AND (method = 'VOTE' OR app_is_platform()));

ALTER TABLE succession_ballot ENABLE ROW LEVEL SECURITY; ALTER TABLE succession_ballot FORCE ROW LEVEL SECURITY;
CREATE POLICY own_ballot ON succession_ballot FOR SELECT TO ${APP} USING (voter_id = app_org_id());
CREATE POLICY member_votes ON succession_ballot FOR INSERT TO ${APP}
  WITH CHECK (voter_id = app_org_id() AND app_is_member(group_id, year) AND app_election_open(election_id));
CREATE POLICY member_revotes ON succession_ballot FOR UPDATE TO ${APP}
  USING (voter_id = app_org_id() AND app_election_open(election_id))
  WITH CHECK (voter_id = app_org_id() AND app_is_member(group_id, year) AND app_election_open(election_id));

CREATE POLICY succession_inserts ON membership FOR INSERT TO ${APP}
  WITH CHECK (app_is_successor(group_id, year, organization_id, role, category));

ALTER TABLE regulation_draft ENABLE ROW LEVEL SECURITY; ALTER TABLE regulation_draft FORCE ROW LEVEL SECURITY;
-- Whoever recorded the handover also reads the draft it created.
CREATE POLICY head_reads ON regulation_draft FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year) OR app_is_platform() OR app_is_succession(group_id, year));
CREATE POLICY succession_copies ON regulation_draft FOR INSERT TO ${APP}
  WITH CHECK (updated_by_id = app_org_id() AND app_is_succession(group_id, year));
CREATE POLICY head_edits ON regulation_draft FOR UPDATE TO ${APP}
  USING (app_is_head(group_id, year) OR app_is_platform())
  WITH CHECK (updated_by_id = app_org_id() AND (app_is_head(group_id, year) OR app_is_platform()));

GRANT SELECT, INSERT, UPDATE ON succession_election, succession_ballot, regulation_draft TO ${APP};
GRANT EXECUTE ON FUNCTION succession_voters(uuid), succession_tally(uuid) TO ${APP};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP POLICY succession_inserts ON membership;
ALTER TABLE "regulation_draft" DROP CONSTRAINT "FK_583569b7eb07e36e365c5a77be7";
ALTER TABLE "regulation_draft" DROP CONSTRAINT "FK_8d32d7337288f5ecdd8d5f1fb9a";
ALTER TABLE "succession_ballot" DROP CONSTRAINT "FK_10e5f9b82eb987653869f94fb00";
ALTER TABLE "succession_ballot" DROP CONSTRAINT "FK_de9096c50198c61348bd955ac4e";
ALTER TABLE "succession_ballot" DROP CONSTRAINT "FK_9699b7526ba9dc1aec44867acff";
ALTER TABLE "succession_ballot" DROP CONSTRAINT "FK_73a9e86570bbaf2145a02ba9701";
ALTER TABLE "succession_election" DROP CONSTRAINT "FK_1dba7222c2ebde7cdae8bf4a4bb";
ALTER TABLE "succession_election" DROP CONSTRAINT "FK_f45e6a03f74a43c8e8dee0fe5b8";
ALTER TABLE "succession_election" DROP CONSTRAINT "FK_0b0e1613ab708206548a4dd8aba";
ALTER TABLE "succession_election" DROP CONSTRAINT "FK_e1955c44ead9c27e0706c7232bd";
ALTER TABLE "succession_election" DROP CONSTRAINT "FK_ee481ff937a7cfc44afd189708f";
DROP TABLE "regulation_draft";
DROP TABLE "succession_ballot";
DROP TABLE "succession_election";
DROP FUNCTION succession_tally(uuid), succession_voters(uuid), app_is_successor(uuid, int, uuid, text, text),
  app_is_succession(uuid, int), app_election_open(uuid), app_reads_group(uuid, int);
`);
  }
}
