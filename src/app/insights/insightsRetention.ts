import { dayOf } from '../../core/insights/events';
import { expiredDays } from '../../core/insights/retention';
import { PeriodicSweep } from '../periodicSweep';
import type { Logger } from '../../logger';
import type { AggregateStore } from './aggregateStore';

export interface InsightsRetentionOptions {
  /** INSIGHTS_RETENTION_DAYS: today and the days before it up to this many are kept. */
  readonly retentionDays: number;
  /** How often the store is swept. */
  readonly everyMs: number;
  readonly now?: () => Date;
}

/**
 * Deletes the insights' day documents older than the retention, as the privacy notice promises:
 * a sweep at start and then every `everyMs`, in the background. Several instances may sweep the
 * same store; deleting a day already deleted is no error.
 */
export class InsightsRetention {
  private readonly periodic: PeriodicSweep;
  private readonly now: () => Date;

  constructor(
    private readonly store: AggregateStore,
    private readonly options: InsightsRetentionOptions,
    private readonly logger: Logger,
  ) {
    if (!Number.isInteger(options.retentionDays) || options.retentionDays < 1)
      throw new RangeError('InsightsRetention: retentionDays must be a whole number from 1');
    if (!(options.everyMs > 0)) throw new RangeError('InsightsRetention: everyMs must be positive');
    this.now = options.now ?? (() => new Date());
    this.periodic = new PeriodicSweep('insights retention', () => this.sweep(), options.everyMs, logger);
  }

  /** Sweeps now, in the background, then every `everyMs`. */
  start(): void {
    this.periodic.start();
  }

  async stop(): Promise<void> {
    await this.periodic.stop();
  }

  /** Deletes every day before the retention; returns how many were deleted. */
  async sweep(): Promise<number> {
    const expired = expiredDays(await this.store.days(), dayOf(this.now()), this.options.retentionDays);
    if (expired.length === 0) return 0;
    const deleted = await this.store.delete(expired);
    if (deleted > 0) this.logger.info('insights retention: old days deleted', { deleted, retentionDays: this.options.retentionDays });
    return deleted;
  }
}
