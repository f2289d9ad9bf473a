/** How long one turn may hold its conversation's queue before the next one starts anyway. */
export const DEFAULT_TURN_HOLD_MS = 10_000;

/**
 * Runs the turns of one conversation one after another, and different conversations in
 * parallel. Two messages sent at once to one conversation would otherwise both read the
 * same state and the second write would fail on its eTag; queued, both are answered.
 * Idle keys are dropped, so the map only holds conversations with a turn in flight.
 *
 * A turn holds the queue for at most `holdMs`: one stuck turn (a channel that does not answer,
 * a storage that hangs) must not hold every later message of its conversation hostage. The next
 * turn then runs beside it, which is safe: turns commit their state conditionally on what they
 * read (runCommittedTurn), so the two cannot overwrite each other; the queue only spares them
 * the conflict.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly holdMs: number = DEFAULT_TURN_HOLD_MS) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const tail = new Promise<void>((resolve) => (release = resolve));
    // The hold starts when the turn does, not when it is queued.
    const start = (): Promise<T> => {
      const timer = setTimeout(release, this.holdMs);
      timer.unref();
      let running: Promise<T>;
      try {
        running = task();
      } catch (error) {
        running = Promise.reject(error);
      }
      const done = () => {
        clearTimeout(timer);
        release();
      };
      running.then(done, done);
      return running;
    };
    const result = previous.then(start);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Conversations with a turn in flight or waiting. */
  get size(): number {
    return this.tails.size;
  }
}
