/** At most this many events wait for a slow reader; older ones are dropped (each says only "look again"). */
const MAX_WAITING = 100;

/**
 * An async iterator fed by pushes, for a GraphQL subscription. Unlike an async generator, `return()` takes
 * effect at once even while a `next()` waits (a client that unsubscribes during a quiet hour detaches now).
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly waiting: T[] = [];
  private reader?: (r: IteratorResult<T>) => void;
  private done = false;
  /** Ends after the values already pushed are read. */
  private ending = false;

  constructor(private readonly detach: () => void) {}

  push(value: T): void {
    if (this.done || this.ending) return;
    if (this.reader) {
      const resolve = this.reader;
      this.reader = undefined;
      resolve({ value, done: false });
      return;
    }
    this.waiting.push(value);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
  }

  /** The last value: the stream ends once it is read (and takes no more now). */
  finish(value: T): void {
    this.push(value);
    this.ending = true;
    this.detach();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.waiting.length) return Promise.resolve({ value: this.waiting.shift()!, done: false });
    if (this.done || this.ending) return this.return();
    return new Promise((resolve) => (this.reader = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.detach();
      this.waiting.length = 0;
      this.reader?.({ value: undefined, done: true });
      this.reader = undefined;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
