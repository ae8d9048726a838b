import { BoundedQueue } from '../../src/live/queue';

const overflow = () => new Error('too slow');

describe('BoundedQueue', () => {
  it('hands events to a waiting reader, buffers up to its capacity, then fails instead of growing', async () => {
    const ended = jest.fn();
    const queue = new BoundedQueue<number>(2, overflow, ended);
    const waiting = queue.next();
    queue.push(1);
    expect(await waiting).toEqual({ value: 1, done: false });
    queue.push(2);
    queue.push(3);
    queue.push(4); // a third buffered event: over capacity
    await expect(queue.next()).rejects.toThrow('too slow');
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('ends a reader that is waiting right now when it is returned', async () => {
    const queue = new BoundedQueue<number>(2, overflow);
    const waiting = queue.next();
    await queue.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
  });
});
