import { waitAtMost } from '../waitAtMost';
import { dayOf } from '../../core/insights/events';
import { buildInsightsPayload, type EntryTitle, type InsightsPayload } from '../../core/insights/insightsTables';
import type { Period } from '../../core/insights/queries';
import { reviewData } from '../../core/insights/reviewData';
import type { Vectorise } from '../../core/curation/review';
import type { Lang } from '../../core/language/languages';
import type { Logger } from '../../logger';
import type { CurationStore } from '../curation/curationStore';
import type { AggregateStore } from './aggregateStore';
import { InsightsRecorder, type InsightsRecorderOptions } from './insightsRecorder';
import { InsightsReporter } from './insightsReporter';
import { InsightsRetention } from './insightsRetention';
import { readReviewSource } from './reviewSource';

/** The retention sweep runs at start and then this often: a day past the retention goes within hours. */
export const RETENTION_SWEEP_EVERY_MS = 3_600_000;

/** What the insights page reads: the knowledge base's entries, and the curation records. */
export interface InsightsSources {
  readonly entryIds: () => Iterable<string>;
  readonly titleOf: (lang: Lang) => EntryTitle;
  /** The curation store (unanswered and doubtful questions, votes); undefined where none is kept. */
  readonly curation: CurationStore | undefined;
  /** The recognizer's term weighting, to group similar questions as kb:review does. */
  readonly vectorise: Vectorise;
}

export interface InsightsSetup {
  readonly reporter: InsightsReporter;
  readonly recorder: InsightsRecorder;
  readonly retention: InsightsRetention;
  readonly retentionDays: number;
  /** What /insights/api/report answers for a period, in a language. */
  payload(period: Period, lang: Lang): Promise<InsightsPayload>;
  /** Today (UTC), as the counts cut days. */
  today(): string;
  /** Stops the sweep and writes what is queued, waiting at most `timeoutMs`; for shutdown. */
  stop(timeoutMs?: number): Promise<void>;
}

export interface InsightsOptions {
  readonly retentionDays: number;
  readonly recorder?: InsightsRecorderOptions;
  readonly sweepEveryMs?: number;
  readonly now?: () => Date;
}

/** The insights' parts on one store: counting after commits, the retention sweep, and the page's data. */
export function createInsights(store: AggregateStore, sources: InsightsSources, options: InsightsOptions, logger: Logger): InsightsSetup {
  const now = options.now ?? (() => new Date());
  const recorder = new InsightsRecorder(store, logger, options.recorder);
  const reporter = new InsightsReporter(recorder, now);
  const retention = new InsightsRetention(
    store,
    { retentionDays: options.retentionDays, everyMs: options.sweepEveryMs ?? RETENTION_SWEEP_EVERY_MS, now },
    logger,
  );
  return {
    reporter,
    recorder,
    retention,
    retentionDays: options.retentionDays,
    today: () => dayOf(now()),
    async payload(period, lang) {
      const [days, source] = await Promise.all([
        store.read(period),
        sources.curation ? readReviewSource(sources.curation) : Promise.resolve(undefined),
      ]);
      return buildInsightsPayload({
        days,
        period,
        entryIds: sources.entryIds(),
        titleOf: sources.titleOf(lang),
        review: source ? reviewData(source, sources.vectorise) : undefined,
        lang,
        retentionDays: options.retentionDays,
        now: now(),
      });
    },
    async stop(timeoutMs = 10_000) {
      await retention.stop();
      await waitAtMost(recorder.flush(), timeoutMs);
    },
  };
}
