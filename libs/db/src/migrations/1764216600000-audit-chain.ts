import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * A verifiable audit log. The first chain linked each event to the highest id, but identities are handed out
 * before the chain's lock is taken, so id order and chain order could differ, and the hashed text depended on
 * the session's time zone and skipped NULLs. Now every event has a gapless sequence number given under the
 * lock, and its hash covers one canonical JSON array (sequence, previous hash, UTC time, every column), so a
 * verifier walking the sequence finds a changed value, a broken link or a missing event. Events about a
 * ranking also name its group, year and period kind, which the ranking's audit trail reads.
 */
export class AuditChain1764216600000 implements MigrationInterface {
  name = 'AuditChain1764216600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
ALTER TABLE audit_event ADD "seq" bigint, ADD "group_id" uuid, ADD "year" int, ADD "period_kind" text;

CREATE FUNCTION audit_event_hash(e audit_event) RETURNS text LANGUAGE sql STABLE SET search_path = public, pg_temp AS
  $$ SELECT encode(sha256(convert_to(jsonb_build_array(
       e.seq, e.prev_hash, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
       e.user_id, e.organization_id, e.action, e.entity, e.entity_id, e.group_id, e.year, e.period_kind,
       e.before, e.after)::text, 'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE last_seq bigint;
BEGIN
  -- Held to the end of the transaction: the next append reads this one's committed row.
  PERFORM pg_advisory_xact_lock(hashtext('audit_event_chain'));
  SELECT seq, hash INTO last_seq, NEW.prev_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
  NEW.seq := coalesce(last_seq, 0) + 1;
  NEW.occurred_at := clock_timestamp();
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END $$;
`);

    // Events written before: their ranking from the row they name, then one chain in the order they were made.
    await q.query(`
UPDATE audit_event e SET group_id = s.group_id, year = s.year, period_kind = s.kind
  FROM score s WHERE e.entity = 'score' AND e.entity_id = s.id::text;
UPDATE audit_event e SET group_id = r.group_id, year = r.year, period_kind = r.kind
  FROM ranking_snapshot r WHERE e.entity = 'ranking_snapshot' AND e.entity_id = r.id::text;
UPDATE audit_event e SET group_id = g.id, year = (e.after->>'year')::int, period_kind = e.after->>'kind'
  FROM emulation_group g WHERE e.action = 'vote.cast' AND g.code = e.after->>'groupCode';
UPDATE audit_event e SET group_id = g.id, year = sub.year, period_kind = sub.kind
  FROM emulation_group g, submission sub
  WHERE e.action = 'submission.return' AND g.code = e.after->>'groupCode' AND sub.id::text = e.entity_id;

ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only;
DO $$
DECLARE r audit_event; prev text := NULL; n bigint := 0;
BEGIN
  FOR r IN SELECT * FROM audit_event ORDER BY occurred_at, id LOOP
    n := n + 1;
    r.seq := n;
    r.prev_hash := prev;
    prev := audit_event_hash(r);
    UPDATE audit_event SET seq = n, prev_hash = r.prev_hash, hash = prev WHERE id = r.id;
  END LOOP;
END $$;
ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only;

ALTER TABLE audit_event ALTER "seq" SET NOT NULL;
CREATE UNIQUE INDEX audit_event_seq ON audit_event (seq);
CREATE INDEX audit_event_ranking ON audit_event (group_id, year, period_kind, seq);
`);

    await q.query(`
-- The chain, without any event's content: award boards and the platform admin verify it, across tenants.
CREATE FUNCTION audit_chain(p_after bigint, p_limit int)
  RETURNS TABLE (id bigint, seq bigint, occurred_at timestamptz, prev_hash text, hash text, expected_hash text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT (app_is_platform() OR EXISTS (SELECT 1 FROM organization o WHERE o.id = app_org_id() AND o.kind = 'AWARD_BOARD')) THEN
    RAISE EXCEPTION 'only award boards and the platform admin verify the audit log' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT e.id, e.seq, e.occurred_at, e.prev_hash, e.hash, audit_event_hash(e)
    FROM audit_event e WHERE e.seq > p_after ORDER BY e.seq LIMIT p_limit;
END $$;

-- A ranking's trail, newest first, with who did it: the head of that year and the overseeing board only.
CREATE FUNCTION audit_trail(p_group uuid, p_year int, p_kind text, p_before bigint, p_limit int)
  RETURNS TABLE (id bigint, seq bigint, occurred_at timestamptz, action text, entity text, entity_id text,
                 before jsonb, after jsonb, user_name text, organization_code text, organization_name text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT (app_is_head(p_group, p_year) OR app_is_reviewer(p_group)) THEN
    RAISE EXCEPTION 'only the head of the year and the overseeing board read the trail' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN QUERY SELECT e.id, e.seq, e.occurred_at, e.action, e.entity, e.entity_id, e.before, e.after,
                      u.full_name, o.code, o.name
    FROM audit_event e LEFT JOIN app_user u ON u.id = e.user_id LEFT JOIN organization o ON o.id = e.organization_id
    WHERE e.group_id = p_group AND e.year = p_year AND e.period_kind = p_kind AND (p_before IS NULL OR e.seq < p_before)
    ORDER BY e.seq DESC LIMIT p_limit;
END $$;

REVOKE EXECUTE ON FUNCTION audit_chain(bigint, int), audit_trail(uuid, int, text, bigint, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain(bigint, int), audit_trail(uuid, int, text, bigint, int) TO ${APP};
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION audit_trail(uuid, int, text, bigint, int), audit_chain(bigint, int)`);
    await q.query(`
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('audit_event_chain'));
  SELECT hash INTO NEW.prev_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  NEW.occurred_at := clock_timestamp();
  NEW.hash := encode(sha256(convert_to(concat_ws('|', NEW.prev_hash, NEW.occurred_at, NEW.user_id, NEW.organization_id,
                NEW.action, NEW.entity, NEW.entity_id, NEW.before::text, NEW.after::text), 'UTF8')), 'hex');
  RETURN NEW;
END $$`);
    await q.query(`DROP FUNCTION audit_event_hash(audit_event)`);
    await q.query(`DROP INDEX audit_event_ranking; DROP INDEX audit_event_seq`);
    await q.query(
      `ALTER TABLE audit_event DROP COLUMN "seq", DROP COLUMN "group_id", DROP COLUMN "year", DROP COLUMN "period_kind"`,
    );
  }
}
