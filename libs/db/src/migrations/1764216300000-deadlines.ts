import { MigrationInterface, QueryRunner } from 'typeorm';
import { WORKER_ROLE } from '../config';

/** The worker's deadline sweep queues rankings through the outbox and closes periods for on-time submission. */
export class Deadlines1764216300000 implements MigrationInterface {
  name = 'Deadlines1764216300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT INSERT ON outbox_event TO ${WORKER_ROLE}`);
    await q.query(
      `CREATE POLICY worker_inserts ON outbox_event FOR INSERT TO ${WORKER_ROLE} WITH CHECK (true)`,
    );
    await q.query(`GRANT UPDATE (state) ON period TO ${WORKER_ROLE}`);
    await q.query(`CREATE POLICY worker_updates ON period FOR UPDATE TO ${WORKER_ROLE} USING (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY worker_updates ON period`);
    await q.query(`REVOKE UPDATE (state) ON period FROM ${WORKER_ROLE}`);
    await q.query(`DROP POLICY worker_inserts ON outbox_event`);
    await q.query(`REVOKE INSERT ON outbox_event FROM ${WORKER_ROLE}`);
  }
}
