/** Builders of insights events for tests. Not a test file. */
import type { Lang } from '../../src/core/language/languages';
import type { Channel, HandoffStep, InsightsEvent, Outcome } from '../../src/core/insights/events';

export interface Where {
  readonly day?: string;
  readonly lang?: Lang;
  readonly channel?: Channel;
}

const base = (where: Where = {}) => ({ day: where.day ?? '2026-11-28', lang: where.lang ?? 'es', channel: where.channel ?? 'web' });

export const started = (where?: Where): InsightsEvent => ({ ...base(where), type: 'conversationStarted' });
export const question = (outcome: Outcome, entryIds?: readonly string[], where?: Where): InsightsEvent => ({
  ...base(where),
  type: 'question',
  outcome,
  ...(entryIds ? { entryIds } : {}),
});
export const picked = (entryId: string, where?: Where): InsightsEvent => ({ ...base(where), type: 'didYouMeanPicked', entryId });
export const vote = (v: 'up' | 'down', entryId: string, where?: Where): InsightsEvent => ({
  ...base(where),
  type: 'vote',
  vote: v,
  entryId,
});
export const askedAgain = (entryId: string, where?: Where): InsightsEvent => ({ ...base(where), type: 'askedAgain', entryId });
export const handoff = (step: HandoffStep, where?: Where): InsightsEvent => ({ ...base(where), type: 'handoff', step });

/** `n` copies of an event. */
export const times = (n: number, event: InsightsEvent): InsightsEvent[] => Array.from({ length: n }, () => event);
