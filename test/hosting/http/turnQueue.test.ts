import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../../src/hosting/http/turnQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A turn that logs its start and end, with a pause between, and returns its name. */
const loggedTurn = (log: string[], name: string) => async () => {
  log.push(`${name} start`);
  await tick();
  log.push(`${name} end`);
  return name;
};

describe('TurnQueue', () => {
  it('runs turns of one conversation one at a time, in order', async () => {
    const queue = new TurnQueue();
    const log: string[] = [];
    const turn = (name: string) => loggedTurn(log, name);
    const results = await Promise.all([queue.run('c1', turn('a')), queue.run('c1', turn('b')), queue.run('c1', turn('c'))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('runs different conversations side by side', async () => {
    const queue = new TurnQueue();
    const log: string[] = [];
    const turn = (name: string) => loggedTurn(log, name);
    await Promise.all([queue.run('c1', turn('a')), queue.run('c2', turn('b'))]);
    expect(log.slice(0, 2)).toEqual(['a start', 'b start']);
  });

  it('goes on after a failed turn, and reports the failure to its caller only', async () => {
    const queue = new TurnQueue();
    const failed = queue.run('c1', () => Promise.reject(new Error('no')));
    const next = queue.run('c1', async () => 'ok');
    await expect(failed).rejects.toThrow('no');
    await expect(next).resolves.toBe('ok');
  });

  it('a turn that never ends holds its conversation only for holdMs: the next one then runs', async () => {
    const queue = new TurnQueue(30);
    const stuck = queue.run('c1', () => new Promise<string>(() => undefined));
    const next = queue.run('c1', async () => 'answered');
    await expect(next).resolves.toBe('answered');
    expect(await Promise.race([stuck, Promise.resolve('still stuck')])).toBe('still stuck');
  });

  it('the hold starts when a turn starts, not when it is queued', async () => {
    const queue = new TurnQueue(1_000);
    const log: string[] = [];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Queued together; the first and second each take well under the hold, both together more.
    const turns = [
      queue.run('c1', () => sleep(600).then(() => void log.push('first end'))),
      queue.run('c1', () => sleep(600).then(() => void log.push('second end'))),
      queue.run('c1', async () => void log.push('third start')),
    ];
    await Promise.all(turns);
    expect(log).toEqual(['first end', 'second end', 'third start']);
  });

  it('a turn that throws at once still frees the queue', async () => {
    const queue = new TurnQueue(60_000);
    const failed = queue.run('c1', () => {
      throw new Error('at once');
    });
    await expect(failed).rejects.toThrow('at once');
    await expect(queue.run('c1', async () => 'next')).resolves.toBe('next');
  });

  it('forgets idle conversations', async () => {
    const queue = new TurnQueue();
    await Promise.all([queue.run('c1', async () => 1), queue.run('c2', async () => 2)]);
    await tick();
    expect(queue.size).toBe(0);
  });
});
