import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * Sessions with revocable refresh tokens, account lockout, and an audit log that names only real users.
 * Sign-in and refresh happen before any actor is known: two SECURITY DEFINER functions are the only way the API
 * role reads a session without being its user.
 */
export class Sessions1764216500000 implements MigrationInterface {
  name = 'Sessions1764216500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "auth_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "refresh_token_hash" text NOT NULL, "previous_refresh_token_hash" text, "client_address" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, CONSTRAINT "PK_19354ed146424a728c1112a8cbf" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b8783d517fab10672700a39cb4" ON "auth_session"  ("user_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "IDX_c36ab9d68474b35d9e11d199c1" ON "auth_session"  ("refresh_token_hash") `,
    );
    await q.query(
      `CREATE INDEX "IDX_fe15a6149e8cfcbcce5a5a0cce" ON "auth_session"  ("previous_refresh_token_hash") `,
    );
    await q.query(`ALTER TABLE "app_user" ADD "locked_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(
      `ALTER TABLE "auth_session" ADD CONSTRAINT "FK_b8783d517fab10672700a39cb49" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`
-- Every request's token is checked against this: the user still exists, in the same organization, not locked.
CREATE FUNCTION auth_session_actor(p_session uuid)
  RETURNS TABLE (user_id uuid, organization_id uuid, organization_kind text, revoked boolean, locked boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT u.id, u.organization_id, o.kind::text, s.revoked_at IS NOT NULL, u.locked_at IS NOT NULL
     FROM auth_session s JOIN app_user u ON u.id = s.user_id JOIN organization o ON o.id = u.organization_id
     WHERE s.id = p_session $$;
-- refreshSession is anonymous: finds the session whose current (or just replaced) refresh token this is.
CREATE FUNCTION auth_session_by_refresh(p_hash text)
  RETURNS TABLE (id uuid, user_id uuid, organization_id uuid, is_current boolean, expired boolean, revoked boolean, locked boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
  $$ SELECT s.id, s.user_id, u.organization_id, s.refresh_token_hash = p_hash, s.expires_at <= now(),
            s.revoked_at IS NOT NULL, u.locked_at IS NOT NULL
     FROM auth_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.refresh_token_hash = p_hash OR s.previous_refresh_token_hash = p_hash
     LIMIT 1 $$;
REVOKE EXECUTE ON FUNCTION auth_session_actor(uuid), auth_session_by_refresh(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_session_actor(uuid), auth_session_by_refresh(text) TO ${APP};

-- The audit log names real users: whoever an event names must exist, in the organization it names.
CREATE FUNCTION audit_event_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.user_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM app_user WHERE id = NEW.user_id AND organization_id IS NOT DISTINCT FROM NEW.organization_id
  ) THEN
    RAISE EXCEPTION 'audit_event names an unknown user %', NEW.user_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
-- BEFORE triggers fire in name order: this one runs before audit_event_chain takes its lock.
CREATE TRIGGER audit_event_actor BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_actor();

ALTER TABLE auth_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth_session FORCE ROW LEVEL SECURITY;
CREATE POLICY own_or_platform ON auth_session FOR SELECT TO ${APP} USING (user_id = app_user_id() OR app_is_platform());
CREATE POLICY own_inserts ON auth_session FOR INSERT TO ${APP}
  WITH CHECK (user_id = app_user_id() AND organization_id = app_org_id());
CREATE POLICY own_or_platform_updates ON auth_session FOR UPDATE TO ${APP}
  USING (user_id = app_user_id() OR app_is_platform());
GRANT SELECT, INSERT, UPDATE ON auth_session TO ${APP};

-- A user changes its own password and is locked by its own failed sign-ins; a platform admin unlocks.
CREATE POLICY self_or_platform_updates ON app_user FOR UPDATE TO ${APP} USING (id = app_user_id() OR app_is_platform());
GRANT SELECT (locked_at), UPDATE (locked_at, password_hash) ON app_user TO ${APP};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT (locked_at), UPDATE (locked_at, password_hash) ON app_user FROM ${APP}`);
    await q.query(`DROP POLICY self_or_platform_updates ON app_user`);
    await q.query(`DROP TRIGGER audit_event_actor ON audit_event`);
    await q.query(
      `DROP FUNCTION audit_event_actor(), auth_session_by_refresh(text), auth_session_actor(uuid)`,
    );
    await q.query(`ALTER TABLE "auth_session" DROP CONSTRAINT "FK_b8783d517fab10672700a39cb49"`);
    await q.query(`ALTER TABLE "app_user" DROP COLUMN "locked_at"`);
    await q.query(`DROP TABLE "auth_session"`);
  }
}
