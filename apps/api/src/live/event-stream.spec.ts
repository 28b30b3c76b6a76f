import { EventStream } from './event-stream';

describe('EventStream', () => {
  it('hands pushed values to the reader in order, waiting or not', async () => {
    const stream = new EventStream<number>(() => undefined);
    const first = stream.next();
    stream.push(1);
    stream.push(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
  });

  it('detaches at once on return, even while a read waits', async () => {
    const detach = jest.fn();
    const stream = new EventStream<number>(detach);
    const pending = stream.next();
    await stream.return();
    expect(detach).toHaveBeenCalledTimes(1);
    expect(await pending).toEqual({ value: undefined, done: true });
    stream.push(3);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('ends after its last value is read, taking no more', async () => {
    const detach = jest.fn();
    const stream = new EventStream<number>(detach);
    stream.push(1);
    stream.finish(2);
    stream.push(3);
    expect(detach).toHaveBeenCalled();
    expect(await stream.next()).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the latest hundred values for a slow reader', async () => {
    const stream = new EventStream<number>(() => undefined);
    for (let i = 0; i < 150; i++) stream.push(i);
    expect(await stream.next()).toEqual({ value: 50, done: false });
  });
});
