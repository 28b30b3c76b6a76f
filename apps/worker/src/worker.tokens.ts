export const WORKER_DATA_SOURCE = Symbol('WORKER_DATA_SOURCE');
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
/** The process's pino logger: each job logs through a child of it carrying the job's fields. */
export const WORKER_LOGGER = Symbol('WORKER_LOGGER');
