export * from './queues';
export * from './outbox';
export * from './outbox-relay';
export * from './outbox-listener';
export * from './redis';
