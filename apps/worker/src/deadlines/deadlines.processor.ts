import { Inject, Injectable, Logger } from '@nestjs/common';
import { enqueueInOutbox } from '@thidua/jobs';
import { DataSource } from 'typeorm';
import { JobHandler } from '../job-handler';
import { WORKER_DATA_SOURCE } from '../worker.tokens';
import { sendReminders } from './reminders';

/** How often the worker looks for deadlines that have passed. */
export const DEADLINE_SWEEP_MS = 60_000;

/**
 * Reminds members before their deadlines (reminders.ts). A deadline passing changes rankings by itself (the
 * missing-report deduction), with no write to trigger a recomputation: this sweep closes such periods for
 * submissions on time (OPEN → SCORING) and explanation windows whose deadline passed, and queues their ranking
 * through the outbox. Idempotent: a period is picked again only while its ranking predates the deadline.
 */
@Injectable()
export class DeadlinesProcessor implements JobHandler<'deadlines'> {
  private readonly logger = new Logger(DeadlinesProcessor.name);

  constructor(@Inject(WORKER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async handle(): Promise<{ periods: number; explanationWindows: number; reminders: number }> {
    return this.dataSource.transaction(async (em) => {
      // An explanation window whose deadline passed closes (the ranking's "under explanation" marks go).
      // TypeORM answers an UPDATE … RETURNING with [rows, count].
      const [closed]: [{ group_id: string; period_id: string }[], number] = await em.query(
        `UPDATE explanation_window SET closed_at = deadline
          WHERE closed_at IS NULL AND deadline <= now() RETURNING group_id, period_id`,
      );
      for (const w of closed)
        await enqueueInOutbox(em, 'ranking', { groupId: w.group_id, periodId: w.period_id });
      const due: { id: string; group_id: string }[] = await em.query(
        `SELECT p.id, p.group_id FROM period p
          WHERE p.state IN ('OPEN', 'SCORING') AND p.deadline < now()
            AND NOT EXISTS (SELECT 1 FROM ranking_snapshot r WHERE r.period_id = p.id AND r.computed_at > p.deadline)
            AND NOT EXISTS (SELECT 1 FROM outbox_event o WHERE o.published_at IS NULL AND o.payload->>'periodId' = p.id::text)
          FOR UPDATE OF p SKIP LOCKED`,
      );
      for (const p of due) await enqueueInOutbox(em, 'ranking', { groupId: p.group_id, periodId: p.id });
      if (due.length) {
        await em.query(`UPDATE period SET state = 'SCORING' WHERE id = ANY($1::uuid[]) AND state = 'OPEN'`, [
          due.map((p) => p.id),
        ]);
        this.logger.log(`deadline passed for ${due.length} period(s): rankings queued`);
      }
      return {
        periods: due.length,
        explanationWindows: closed.length,
        reminders: await sendReminders(em, new Date()),
      };
    });
  }
}
