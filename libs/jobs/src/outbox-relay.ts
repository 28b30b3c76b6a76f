import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { dedupeKey, JobPayloads, OutboxTopic } from './queues';

/**
 * Rows published this long before a lost Redis are relayed again: their jobs may have been waiting in it.
 * A job waits far less than this even behind a long backlog; rerunning a covered job costs one recompute.
 */
export const REPLAY_AFTER_REDIS_LOSS = '1 hour';

/** The relay's mark in Redis, beside the ranking queue's keys: gone means Redis lost its data. */
export const relayMark = (queue: Queue) => `${queue.opts.prefix}:${queue.name}:outbox-relay`;

interface Row {
  id: string;
  topic: OutboxTopic;
  payload: JobPayloads[OutboxTopic];
  created_at: Date;
}

/**
 * Moves committed outbox rows into BullMQ. Rows are locked with SKIP LOCKED so several relays can run;
 * a row is marked published only after BullMQ accepted its job, so a Redis outage loses nothing.
 *
 * The job id is the dedupe key plus the newest outbox id it covers: duplicates of one pass (and a pass
 * replayed after a crash) collapse, while a change arriving during an active job still gets its own job
 * — a bare group × period id would be ignored by BullMQ while the stale job runs. Ranking jobs carry a
 * request number drawn after the pass read its rows, so the worker drops a job that a recompute started
 * after it already covered (docs/adr/0007-coalesced-rankings.md).
 */
export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: Record<OutboxTopic, Queue>,
    private readonly batchSize = 500,
  ) {}

  /** One pass; returns how many outbox rows it published. */
  async relayOnce(): Promise<number> {
    await this.replayIfRedisLost();
    return this.dataSource.transaction(async (em) => {
      const rows: Row[] = await em.query(
        `SELECT id, topic, payload, created_at FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      // Drawn after the SELECT: every change of this pass committed before the number existed.
      const [{ request }]: { request: string }[] = await em.query(
        `SELECT nextval('ranking_request_seq')::text AS request`,
      );
      const jobs = new Map<string, Row>();
      const oldest = new Map<string, number>();
      for (const row of rows) {
        const key = dedupeKey(row.topic, row.payload);
        jobs.set(key, row); // rows are in id order: last wins
        oldest.set(key, Math.min(oldest.get(key) ?? Infinity, row.created_at.getTime()));
      }
      const byQueue = new Map<
        OutboxTopic,
        { name: string; data: Row['payload']; opts: { jobId: string } }[]
      >();
      for (const [key, row] of jobs) {
        const list = byQueue.get(row.topic) ?? [];
        list.push({
          name: row.topic,
          data: { ...row.payload, request, changedAt: oldest.get(key) },
          opts: { jobId: `${key}-${row.id}` },
        });
        byQueue.set(row.topic, list);
      }
      for (const [topic, list] of byQueue) await this.queues[topic].addBulk(list);
      await em.query(`UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])`, [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }

  /**
   * A wiped Redis (or a fresh one, or a replica promoted before it had the data) has lost the jobs of rows
   * already marked published. The relay leaves a mark in Redis; when the mark is gone, recent rows go back
   * to unpublished first (kept in PostgreSQL if this pass dies) and the mark is set again after. Replayed
   * jobs are coalesced and compared by input hash, so they write a version only where one was lost.
   */
  private async replayIfRedisLost() {
    const queue = this.queues.ranking;
    const client = await queue.getBackend().client;
    if ((await client.get(relayMark(queue))) !== null) return;
    await this.dataSource.query(
      `UPDATE outbox_event SET published_at = NULL WHERE published_at > now() - $1::interval`,
      [REPLAY_AFTER_REDIS_LOSS],
    );
    await client.set(relayMark(queue), new Date().toISOString());
  }
}
