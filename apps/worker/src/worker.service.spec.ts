import { checkHandlers } from './worker.service';

describe('checkHandlers', () => {
  const handler = { handle: async () => undefined };

  it('accepts exactly one handler per queue', () => {
    expect(() => checkHandlers({ ranking: handler }, ['ranking'])).not.toThrow();
  });

  it('refuses to start when a queue has no handler', () => {
    expect(() => checkHandlers({ ranking: handler }, ['ranking', 'documents'])).toThrow(
      /queues without handler \[documents\]/,
    );
  });

  it('refuses a handler for a queue nobody declared', () => {
    expect(() => checkHandlers({ ranking: handler, mail: handler }, ['ranking'])).toThrow(
      /handlers without queue \[mail\]/,
    );
  });
});
