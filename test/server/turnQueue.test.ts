import { describe, expect, it } from 'vitest';
import { TurnQueue } from '../../src/server/turnQueue';

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

  it('forgets idle conversations', async () => {
    const queue = new TurnQueue();
    await Promise.all([queue.run('c1', async () => 1), queue.run('c2', async () => 2)]);
    await tick();
    expect(queue.size).toBe(0);
  });
});
