import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitAtMost } from '../../src/app/waitAtMost';

describe('waitAtMost', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is true when the work settles in time, and leaves no timer behind', async () => {
    await expect(waitAtMost(Promise.resolve('done'), 1000)).resolves.toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is false when the time runs out first', async () => {
    const waiting = waitAtMost(new Promise(() => undefined), 1000);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(waiting).resolves.toBe(false);
  });

  it('passes on a rejection that comes in time', async () => {
    await expect(waitAtMost(Promise.reject(new Error('storage down')), 1000)).rejects.toThrow('storage down');
    expect(vi.getTimerCount()).toBe(0);
  });
});
