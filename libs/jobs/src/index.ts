export * from './queues';
export * from './outbox';
export * from './outbox-relay';
export * from './outbox-listener';
export * from './queue-stats';
export * from './redis';
