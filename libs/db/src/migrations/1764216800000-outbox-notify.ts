import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Committed outbox rows wake the relay at once: a statement that inserts outbox rows notifies the
 * `outbox_event` channel, which PostgreSQL delivers when (and only if) the writing transaction commits, once
 * per transaction however many rows it wrote. Polling stays as the fallback for a lost connection.
 */
export class OutboxNotify1764216800000 implements MigrationInterface {
  name = 'OutboxNotify1764216800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM pg_notify('outbox_event', '');
  RETURN NULL;
END $$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
  FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_event_notify ON outbox_event; DROP FUNCTION outbox_event_notify();`);
  }
}
