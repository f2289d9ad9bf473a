import { errorKind, type Logger } from '../logger';

/**
 * A sweep run now and then every `everyMs` in the background (the Blob state expiry, the insights
 * retention): never two at once, a failure logged by kind and tried again next time, and the
 * timer never keeps the process alive.
 */
export class PeriodicSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly name: string,
    private readonly sweep: () => Promise<unknown>,
    private readonly everyMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    const run = () => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => this.logger.warn(`${this.name}: sweep failed, will try again`, { kind: errorKind(error) }))
        .finally(() => (this.running = undefined));
    };
    this.timer = setInterval(run, this.everyMs);
    this.timer.unref();
    run();
  }

  /** Stops the timer and waits for a sweep under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
