import { STRINGS } from '../../core/i18n/strings';
import { dayOf, isEntryId, type HandoffStep, type InsightsEvent, type Outcome } from '../../core/insights/events';
import type { Lang } from '../../core/language/languages';
import type { Recognition } from '../../core/understanding/recognizer';
import type { ConversationProfile } from '../conversationProfile';
import type { ReplyPlan } from '../replyPlan';
import type { Turn } from '../turn';

/** Where events go: InsightsRecorder, which only queues them. */
export interface InsightsSink {
  record(event: InsightsEvent): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event as a part of the bot knows it; the day and the channel are the reporter's to add. */
type Fact = DistributiveOmit<InsightsEvent, 'day' | 'channel'>;

/** What a reply to a question counts as; undefined for what is no question (an empty message, a wish to write to the team). */
const OUTCOME: Readonly<Record<Recognition['kind'], Outcome | undefined>> = {
  answer: 'answered',
  clarify: 'didYouMean',
  notFound: 'notFound',
  personalCase: 'personalCase',
  smallTalk: 'smallTalk',
  handoff: undefined,
  empty: undefined,
};

/**
 * The application's side of the insights page: turns what happened in a turn into events —
 * counts, a language, a kind of channel, entry ids; never a text, an id of the conversation or
 * anything a person typed — and hands them to the sink only once the turn is committed
 * (Turn.afterCommit), so a turn run again after a conflict counts once and a turn that failed
 * counts nothing. The sink queues; nothing here makes a turn wait.
 */
export class InsightsReporter {
  private readonly now: () => Date;

  constructor(
    private readonly sink: InsightsSink,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
  }

  /** A message taken as a question outside a form: the conversation counts as started with its first one. */
  noteMessage(turn: Turn, recognition: Recognition, profile: ConversationProfile): void {
    if (profile.insightsCounted) return;
    profile.insightsCounted = true;
    this.report(turn, { type: 'conversationStarted', lang: recognition.lang });
  }

  /**
   * A reply to a question: its outcome and the entries it answered with; an entry picked from
   * the "did you mean" just shown is that question resolved, not a new one. The reply showing
   * the button to write to the team is the hand-off offered.
   */
  noteReply(turn: Turn, recognition: Recognition, plan: ReplyPlan, profile: ConversationProfile): void {
    const lang = recognition.lang;
    const clarified = profile.insightsDidYouMean;
    delete profile.insightsDidYouMean;
    if (recognition.kind === 'answer' && clarified?.includes(recognition.entryId)) {
      this.report(turn, { type: 'didYouMeanPicked', lang, entryId: recognition.entryId });
    } else {
      const outcome = OUTCOME[recognition.kind];
      const entryIds =
        recognition.kind === 'answer'
          ? [recognition.entryId, ...(recognition.also ?? [])]
          : recognition.kind === 'personalCase'
            ? [recognition.entryId]
            : [];
      const counted = entryIds.filter(isEntryId);
      if (outcome) this.report(turn, { type: 'question', lang, outcome, ...(counted.length > 0 ? { entryIds: counted } : {}) });
    }
    if (recognition.kind === 'clarify') profile.insightsDidYouMean = [...recognition.options];
    const handoffButton = STRINGS['handoff.button'][plan.lang];
    if (plan.buttons.some((b) => b.kind === 'say' && b.title === handoffButton)) this.handoff(turn, 'offered', plan.lang);
  }

  vote(turn: Turn, vote: 'up' | 'down', entryId: string, lang: Lang): void {
    if (isEntryId(entryId)) this.report(turn, { type: 'vote', lang, vote, entryId });
  }

  /** The answer with `entryId` was followed by the same question in other words. */
  askedAgain(turn: Turn, entryId: string, lang: Lang): void {
    if (isEntryId(entryId)) this.report(turn, { type: 'askedAgain', lang, entryId });
  }

  /**
   * A step of the hand-off form, counted once per hand-off: `reached` is the form's own list of
   * steps counted so far (kept in its state), so a correction passing a step again does not count it twice.
   */
  handoffStep(turn: Turn, step: HandoffStep, lang: Lang, reached?: HandoffStep[]): void {
    if (reached) {
      if (reached.includes(step)) return;
      reached.push(step);
    }
    this.handoff(turn, step, lang);
  }

  private handoff(turn: Turn, step: HandoffStep, lang: Lang): void {
    this.report(turn, { type: 'handoff', lang, step });
  }

  private report(turn: Turn, fact: Fact): void {
    const event = { ...fact, day: dayOf(this.now()), channel: turn.channel ?? 'other' } as InsightsEvent;
    turn.afterCommit(async () => this.sink.record(event));
  }
}
