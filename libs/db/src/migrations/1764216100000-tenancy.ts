import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, WORKER_ROLE } from '../config';

/**
 * Row-level security: the second wall behind the application's own checks.
 * The API connects as APP_ROLE (owns nothing, no BYPASSRLS); each transaction sets app.org_id and app.user_id.
 * Helper functions are SECURITY DEFINER so policies stay one function call, not a subquery per row.
 */
const TABLES = [
  'organization',
  'app_user',
  'emulation_group',
  'membership',
  'regulation',
  'period',
  'submission',
  'submission_group',
  'submission_version',
  'score',
  'vote',
  'ranking_snapshot',
  'audit_event',
  'outbox_event',
];

const FUNCTIONS = `
CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.org_id', true), '')::uuid $$;
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT NULLIF(current_setting('app.user_id', true), '')::uuid $$;
CREATE FUNCTION app_is_platform() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM organization WHERE id = app_org_id() AND kind = 'PLATFORM') $$;
CREATE FUNCTION app_is_member(g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = g AND year = y AND organization_id = app_org_id()) $$;
CREATE FUNCTION app_is_head(g uuid, y int) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = g AND year = y AND organization_id = app_org_id() AND role = 'HEAD') $$;
CREATE FUNCTION app_is_reviewer(g uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM emulation_group WHERE id = g AND reviewer_id = app_org_id()) $$;
-- A submitted report is visible to every member of the groups it is addressed to, and to their boards.
CREATE FUNCTION app_submission_visible(s uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM submission_group sg JOIN submission sub ON sub.id = sg.submission_id
                    WHERE sg.submission_id = s AND sub.state <> 'DRAFT'
                      AND (app_is_member(sg.group_id, sg.year) OR app_is_reviewer(sg.group_id))) $$;
CREATE FUNCTION app_is_submission_head(s uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT EXISTS (SELECT 1 FROM submission_group sg WHERE sg.submission_id = s AND app_is_head(sg.group_id, sg.year)) $$;
-- Sign-in happens before any organization is known: the only way the API role reads a password hash.
CREATE FUNCTION auth_find_user(p_email text) RETURNS TABLE (id uuid, organization_id uuid, password_hash text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT id, organization_id, password_hash FROM app_user WHERE email = lower(p_email) $$;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_event_chain'));
  SELECT hash INTO NEW.prev_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  NEW.occurred_at := clock_timestamp();
  NEW.hash := encode(sha256(convert_to(concat_ws('|', NEW.prev_hash, NEW.occurred_at, NEW.user_id, NEW.organization_id,
                NEW.action, NEW.entity, NEW.entity_id, NEW.before::text, NEW.after::text), 'UTF8')), 'hex');
  RETURN NEW;
END $$;
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER submission_version_immutable BEFORE UPDATE OR DELETE ON submission_version FOR EACH ROW EXECUTE FUNCTION refuse_change();
`;

const APP = APP_ROLE;
const POLICIES = `
CREATE POLICY read_all ON organization FOR SELECT TO ${APP} USING (true);
CREATE POLICY platform_writes ON organization FOR INSERT TO ${APP} WITH CHECK (app_is_platform());
CREATE POLICY platform_updates ON organization FOR UPDATE TO ${APP} USING (app_is_platform());

CREATE POLICY own_or_platform ON app_user FOR SELECT TO ${APP} USING (organization_id = app_org_id() OR app_is_platform());
CREATE POLICY platform_writes ON app_user FOR INSERT TO ${APP} WITH CHECK (app_is_platform());

CREATE POLICY read_all ON emulation_group FOR SELECT TO ${APP} USING (true);
CREATE POLICY platform_writes ON emulation_group FOR INSERT TO ${APP} WITH CHECK (app_is_platform());

CREATE POLICY read_all ON membership FOR SELECT TO ${APP} USING (true);
CREATE POLICY platform_writes ON membership FOR INSERT TO ${APP} WITH CHECK (app_is_platform());
CREATE POLICY platform_updates ON membership FOR UPDATE TO ${APP} USING (app_is_platform());

CREATE POLICY read_all ON regulation FOR SELECT TO ${APP} USING (true);
CREATE POLICY head_writes ON regulation FOR INSERT TO ${APP} WITH CHECK (app_is_platform() OR app_is_head(group_id, year));

CREATE POLICY read_all ON period FOR SELECT TO ${APP} USING (true);
CREATE POLICY head_writes ON period FOR INSERT TO ${APP} WITH CHECK (app_is_platform() OR app_is_head(group_id, year));
CREATE POLICY head_or_board_updates ON period FOR UPDATE TO ${APP}
  USING (app_is_platform() OR app_is_head(group_id, year) OR app_is_reviewer(group_id));

CREATE POLICY own_or_addressed ON submission FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR (state <> 'DRAFT' AND app_submission_visible(id)));
CREATE POLICY own_inserts ON submission FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
CREATE POLICY own_or_head_updates ON submission FOR UPDATE TO ${APP}
  USING (organization_id = app_org_id() OR (state <> 'DRAFT' AND app_is_submission_head(id)));

CREATE POLICY own_or_addressed ON submission_group FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id));
CREATE POLICY own_inserts ON submission_group FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());
CREATE POLICY own_deletes ON submission_group FOR DELETE TO ${APP} USING (organization_id = app_org_id());
CREATE POLICY head_updates ON submission_group FOR UPDATE TO ${APP} USING (app_is_head(group_id, year));

CREATE POLICY own_or_addressed ON submission_version FOR SELECT TO ${APP}
  USING (organization_id = app_org_id() OR app_is_platform() OR app_submission_visible(submission_id));
CREATE POLICY own_inserts ON submission_version FOR INSERT TO ${APP} WITH CHECK (organization_id = app_org_id());

CREATE POLICY involved ON score FOR SELECT TO ${APP}
  USING (member_id = app_org_id() OR scorer_id = app_org_id() OR app_is_head(group_id, year)
         OR app_is_reviewer(group_id) OR app_is_platform());
CREATE POLICY scorer_inserts ON score FOR INSERT TO ${APP} WITH CHECK (scorer_id = app_org_id() AND app_is_member(group_id, year));
CREATE POLICY scorer_updates ON score FOR UPDATE TO ${APP} USING (scorer_id = app_org_id() AND app_is_member(group_id, year));

CREATE POLICY involved ON vote FOR SELECT TO ${APP}
  USING (voter_id = app_org_id() OR app_is_head(group_id, year) OR app_is_reviewer(group_id) OR app_is_platform());
CREATE POLICY voter_inserts ON vote FOR INSERT TO ${APP} WITH CHECK (voter_id = app_org_id() AND app_is_member(group_id, year));

CREATE POLICY head_or_published ON ranking_snapshot FOR SELECT TO ${APP}
  USING (app_is_head(group_id, year) OR app_is_platform()
         OR (published_at IS NOT NULL AND (app_is_member(group_id, year) OR app_is_reviewer(group_id))));
CREATE POLICY head_or_board_updates ON ranking_snapshot FOR UPDATE TO ${APP}
  USING (app_is_head(group_id, year) OR (published_at IS NOT NULL AND app_is_reviewer(group_id)));

CREATE POLICY own ON audit_event FOR SELECT TO ${APP} USING (organization_id = app_org_id() OR app_is_platform());
CREATE POLICY own_inserts ON audit_event FOR INSERT TO ${APP} WITH CHECK (organization_id IS NOT DISTINCT FROM app_org_id());

CREATE POLICY any_insert ON outbox_event FOR INSERT TO ${APP} WITH CHECK (true);
`;

const GRANTS = `
GRANT USAGE ON SCHEMA public TO ${APP}, ${WORKER_ROLE};
GRANT SELECT, INSERT, UPDATE ON organization, emulation_group, membership, period, submission, score, ranking_snapshot TO ${APP};
GRANT SELECT, INSERT ON regulation, submission_version, vote, audit_event TO ${APP};
GRANT SELECT, INSERT, UPDATE, DELETE ON submission_group TO ${APP};
GRANT SELECT (id, organization_id, email, full_name, created_at), INSERT ON app_user TO ${APP};
GRANT INSERT ON outbox_event TO ${APP};
GRANT EXECUTE ON FUNCTION auth_find_user(text) TO ${APP};

GRANT SELECT ON organization, emulation_group, membership, regulation, period, submission, submission_group,
  submission_version, score, vote, ranking_snapshot TO ${WORKER_ROLE};
GRANT INSERT ON ranking_snapshot, audit_event TO ${WORKER_ROLE};
GRANT SELECT, UPDATE ON outbox_event TO ${WORKER_ROLE};
`;

/** The worker reads every table but users' rows and the audit log. */
const WORKER_READS = TABLES.filter((t) => t !== 'app_user' && t !== 'audit_event');

export class Tenancy1764216100000 implements MigrationInterface {
  name = 'Tenancy1764216100000';

  async up(q: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create them once, with LOGIN for trust or password auth (see docker/postgres/init.sql).
    for (const role of [APP_ROLE, WORKER_ROLE]) {
      await q.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
          CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF; END $$`);
    }
    await q.query(FUNCTIONS);
    for (const t of TABLES)
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    await q.query(POLICIES);
    for (const t of WORKER_READS)
      await q.query(`CREATE POLICY worker_reads ON ${t} FOR SELECT TO ${WORKER_ROLE} USING (true)`);
    await q.query(
      `CREATE POLICY worker_inserts ON ranking_snapshot FOR INSERT TO ${WORKER_ROLE} WITH CHECK (true)`,
    );
    await q.query(
      `CREATE POLICY worker_inserts ON audit_event FOR INSERT TO ${WORKER_ROLE} WITH CHECK (organization_id IS NULL)`,
    );
    await q.query(`CREATE POLICY worker_updates ON outbox_event FOR UPDATE TO ${WORKER_ROLE} USING (true)`);
    await q.query(GRANTS);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}, ${WORKER_ROLE}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}, ${WORKER_ROLE}`);
    for (const t of TABLES) {
      const policies: { policyname: string }[] = await q.query(
        `SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`,
        [t],
      );
      for (const p of policies) await q.query(`DROP POLICY "${p.policyname}" ON ${t}`);
      await q.query(
        `ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY; ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`,
      );
    }
    await q.query(`DROP TRIGGER submission_version_immutable ON submission_version`);
    await q.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await q.query(`DROP TRIGGER audit_event_chain ON audit_event`);
    await q.query(`DROP FUNCTION refuse_change(), audit_event_chain(), auth_find_user(text), app_is_submission_head(uuid),
      app_submission_visible(uuid), app_is_reviewer(uuid), app_is_head(uuid, int), app_is_member(uuid, int),
      app_is_platform(), app_user_id(), app_org_id()`);
  }
}
