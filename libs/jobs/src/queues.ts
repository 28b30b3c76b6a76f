/** Queue names and their typed payloads. Payloads carry ids only: handlers reload what they need. */
export interface JobPayloads {
  ranking: { groupId: string; periodId: string };
}

export type QueueName = keyof JobPayloads;

/** Every queue the worker must serve; it refuses to start when one has no handler. */
export const QUEUE_NAMES: readonly QueueName[] = ['ranking'];

export interface OutboxMessage<Q extends QueueName = QueueName> {
  topic: Q;
  payload: JobPayloads[Q];
}

/** Rows for the same group × period collapse into one job per relay pass. */
export function dedupeKey<Q extends QueueName>(topic: Q, payload: JobPayloads[Q]): string {
  switch (topic) {
    case 'ranking':
      return `ranking-${payload.groupId}-${payload.periodId}`;
  }
  throw new Error(`Unknown queue ${String(topic)}`);
}
