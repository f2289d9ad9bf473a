/** How long one turn may hold its conversation's queue before the next one starts anyway. */
export const DEFAULT_TURN_HOLD_MS = 10_000;

/**
 * Runs the turns of one conversation one after another, and different conversations in parallel,
 * so two messages at once are both answered instead of one failing on its eTag. A turn holds the
 * queue for at most `holdMs`; the next then runs beside it, safely, as turns commit conditionally.
 * Why: docs/architecture.md#turn-queue-turnqueuets
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
