import { JobPayloads, QueueName } from '@thidua/jobs';

export interface JobHandler<Q extends QueueName> {
  handle(payload: JobPayloads[Q]): Promise<unknown>;
}

/** One handler per queue; the type makes a missing one a compile error, the boot check a runtime one. */
export type JobHandlers = { [Q in QueueName]: JobHandler<Q> };
