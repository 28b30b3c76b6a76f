import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../config';

const APP = APP_ROLE;

/**
 * The head withdraws its not-applicable mark on an optional parent criterion by deleting the mark's row (a
 * parent has no score of its own to put back). Only a mark, only the scorer's own, only by whoever may mark it
 * now (the head of the year, the period open): the same test as for writing the mark.
 */
export class WithdrawMarks1764216900000 implements MigrationInterface {
  name = 'WithdrawMarks1764216900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
GRANT DELETE ON score TO ${APP};
CREATE POLICY scorer_withdraws_marks ON score FOR DELETE TO ${APP}
  USING (not_applicable AND scorer_id = app_org_id()
         AND app_may_score_criterion(period_id, group_id, year, kind, member_id, criterion_id, true));`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY scorer_withdraws_marks ON score; REVOKE DELETE ON score FROM ${APP};`);
  }
}
