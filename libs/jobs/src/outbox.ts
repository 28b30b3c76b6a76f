import { EntityManager } from 'typeorm';
import { JobPayloads, OutboxTopic } from './queues';

/**
 * Records a job in the caller's transaction: it reaches BullMQ only once that transaction commits.
 * Plain INSERT without RETURNING: the API role may write the outbox but not read it.
 */
export async function enqueueInOutbox<Q extends OutboxTopic>(
  em: EntityManager,
  topic: Q,
  payload: JobPayloads[Q],
) {
  await em.query('INSERT INTO outbox_event (topic, payload) VALUES ($1, $2)', [
    topic,
    JSON.stringify(payload),
  ]);
}
