export const WORKER_DATA_SOURCE = Symbol('WORKER_DATA_SOURCE');
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
