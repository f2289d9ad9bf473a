import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PeriodicSweep } from '../../src/app/periodicSweep';
import { createLogger } from '../../src/logger';

/** A sweep whose runs are settled by the test. */
function controlledSweep() {
  const runs: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const sweep = () => new Promise<void>((resolve, reject) => runs.push({ resolve, reject }));
  return { runs, sweep };
}

describe('PeriodicSweep', () => {
  let lines: string[];
  const logger = () => createLogger('info', (line) => lines.push(line));

  beforeEach(() => {
    lines = [];
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('sweeps at start, then every interval, never two at once', async () => {
    const { runs, sweep } = controlledSweep();
    const periodic = new PeriodicSweep('test', sweep, 1000, logger());
    periodic.start();
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toHaveLength(1); // the first is still under way
    runs[0]?.resolve();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toHaveLength(2);
    runs[1]?.resolve();
    await periodic.stop();
  });

  it('logs a failed sweep by its kind, without its message, and tries again next time', async () => {
    const { runs, sweep } = controlledSweep();
    const periodic = new PeriodicSweep('test', sweep, 1000, logger());
    periodic.start();
    runs[0]?.reject(new TypeError('secret detail'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(lines.some((l) => l.includes('test: sweep failed, will try again') && l.includes('TypeError'))).toBe(true);
    expect(lines.join('\n')).not.toContain('secret detail');
    expect(runs).toHaveLength(2);
    runs[1]?.resolve();
    await periodic.stop();
  });

  it('stop waits for the sweep under way and no sweep starts after it', async () => {
    const { runs, sweep } = controlledSweep();
    const periodic = new PeriodicSweep('test', sweep, 1000, logger());
    periodic.start();
    let stopped = false;
    const stopping = periodic.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    runs[0]?.resolve();
    await stopping;
    expect(stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(1);
  });
});
