import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates (issue 12.3): the changes a browser is told of are notified on the `live_event` channel, which
 * PostgreSQL delivers when (and only if) the writing transaction commits — whichever process wrote them. Each
 * API process listens and passes them to its subscribers after applying the tenant rules. Payloads carry ids
 * and states only.
 */
export class LiveEvents1764217600000 implements MigrationInterface {
  name = 'LiveEvents1764217600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE FUNCTION live_ranking_event() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('live_event', json_build_object('type', 'ranking', 'groupId', NEW.group_id,
    'periodId', NEW.period_id, 'version', NEW.version, 'published', NEW.published_at IS NOT NULL)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER live_ranking_event AFTER INSERT OR UPDATE OF published_at, review_state ON ranking_snapshot
  FOR EACH ROW EXECUTE FUNCTION live_ranking_event();

CREATE FUNCTION live_notification_event() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('live_event', json_build_object('type', 'notification', 'organizationId', NEW.organization_id,
    'id', NEW.id)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER live_notification_event AFTER INSERT ON notification
  FOR EACH ROW EXECUTE FUNCTION live_notification_event();

CREATE FUNCTION live_submission_event() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.state IS DISTINCT FROM OLD.state THEN
    PERFORM pg_notify('live_event', json_build_object('type', 'submission', 'organizationId', NEW.organization_id,
      'id', NEW.id, 'state', NEW.state)::text);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER live_submission_event AFTER UPDATE OF state ON submission
  FOR EACH ROW EXECUTE FUNCTION live_submission_event();
`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
DROP TRIGGER live_submission_event ON submission; DROP FUNCTION live_submission_event();
DROP TRIGGER live_notification_event ON notification; DROP FUNCTION live_notification_event();
DROP TRIGGER live_ranking_event ON ranking_snapshot; DROP FUNCTION live_ranking_event();
`);
  }
}
