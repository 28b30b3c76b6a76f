export * from './entities';
export * from './config';
export * from './data-source';
export * from './tenant-db';
export * from './admin';
export * from './ranking-inputs';
export * from './regulation-cache';
export * from './channel-listener';
