/**
 * Runs the turns of one conversation one after another, and different conversations in
 * parallel. Two messages sent at once to one conversation would otherwise both read the
 * same state and the second write would fail on its eTag; queued, both are answered.
 * Idle keys are dropped, so the map only holds conversations with a turn in flight.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
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
