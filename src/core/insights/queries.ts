import { FIELDS } from '../handoff/handoffRequest';
import { LANGUAGES, type Lang } from '../language/languages';
import { mergeDays, type DayAggregate, type EntryCount, type SliceCounts } from './dayAggregate';
import { CHANNELS, daysBetween, type Channel, type HandoffStep } from './events';

/** A span of UTC days, both ends included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface Activity {
  readonly conversations: number;
  readonly questions: number;
}

export interface DayRow extends Activity {
  readonly day: string;
  readonly byLang: Readonly<Record<Lang, Activity>>;
  readonly byChannel: Readonly<Record<Channel, Activity>>;
}

/**
 * How questions ended, each row a share of all questions (the rows add up to them):
 * answered at once, answered once the person picked from "did you mean", "did you mean" left
 * unpicked, not found, a personal case pointed elsewhere, small talk.
 */
export const OUTCOME_ROWS = ['answered', 'answeredAfterDidYouMean', 'didYouMeanUnpicked', 'notFound', 'personalCase', 'smallTalk'] as const;
export type OutcomeRow = (typeof OUTCOME_ROWS)[number];

/** What followed an answer, as a share of all answers (at once or after "did you mean"); they may overlap. */
export const AFTER_ANSWER_ROWS = ['votedUp', 'votedDown', 'askedAgain'] as const;
export type AfterAnswerRow = (typeof AFTER_ANSWER_ROWS)[number];

export interface Share {
  readonly count: number;
  /** count / the whole it is a share of, 0…1 to four decimals; 0 when the whole is 0. */
  readonly share: number;
}

/**
 * The hand-off funnel in the order people go through it. `offered` (the button was shown) is
 * context, not a stage: people also start the form by asking for the team in words. Shares and
 * drop-outs count from `started`. `completed`: an e-mail prepared (mailto:) or queued.
 */
export const FUNNEL_ROWS = ['offered', 'started', 'consentGiven', ...FIELDS, 'summary', 'completed'] as const;
export type FunnelRow = (typeof FUNNEL_ROWS)[number];

export interface FunnelStage {
  readonly step: FunnelRow;
  readonly count: number;
  /** count / started; null for `offered`. */
  readonly shareOfStarted: number | null;
  /** How many reached the stage before and not this one; null for `offered` and `started`. */
  readonly droppedBefore: number | null;
}

export interface Funnel {
  readonly stages: readonly FunnelStage[];
  /** How the completed hand-offs ended. */
  readonly completed: { readonly mailto: number; readonly queued: number };
  /** The form's own ways out. */
  readonly exits: { readonly consentRefused: number; readonly cancelled: number };
}

export interface EntryRow {
  readonly entryId: string;
  /** Answered with it, at once or after "did you mean". */
  readonly asked: number;
  readonly picked: number;
  readonly up: number;
  readonly down: number;
  readonly askedAgain: number;
  /** down / (up + down), four decimals; 0 without votes. */
  readonly downShare: number;
  /** False for an entry the knowledge base no longer has. */
  readonly known: boolean;
}

/** Everything the insights page shows for a period, computed from the days' documents alone. */
export interface InsightsReport {
  readonly period: Period & { readonly days: number };
  readonly totals: Activity & { readonly answers: number; readonly handoffsStarted: number; readonly handoffsCompleted: number };
  /** Every day of the period, days without traffic included. */
  readonly perDay: readonly DayRow[];
  readonly perLanguage: readonly (Activity & { readonly lang: Lang })[];
  readonly perChannel: readonly (Activity & { readonly channel: Channel })[];
  readonly outcomes: {
    readonly questions: number;
    readonly rows: readonly (Share & { readonly outcome: OutcomeRow })[];
    readonly answers: number;
    readonly afterAnswer: readonly (Share & { readonly followUp: AfterAnswerRow })[];
  };
  readonly funnel: Funnel;
  /** Entries answered or voted on in the period: the most asked first. */
  readonly entries: readonly EntryRow[];
  /** Entries of the knowledge base nobody was answered with in the period, by id. */
  readonly neverAsked: readonly string[];
}

const ratio = (part: number, whole: number): number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0);

const count = (value: number | undefined): number => value ?? 0;

const sumValues = (counts: Readonly<Partial<Record<string, number>>> | undefined): number =>
  Object.values(counts ?? {}).reduce<number>((sum, n) => sum + count(n), 0);

/** Activity being added up. */
type Tally = { conversations: number; questions: number };

const zeroActivity = (): Tally => ({ conversations: 0, questions: 0 });

function byKey<K extends string>(keys: readonly K[]): Record<K, Tally> {
  return Object.fromEntries(keys.map((k) => [k, zeroActivity()])) as Record<K, Tally>;
}

/** A day's row while it is added up. */
type DayTally = Tally & { readonly day: string; readonly byLang: Record<Lang, Tally>; readonly byChannel: Record<Channel, Tally> };

/** Slices of a day with their language and channel; slices of languages or channels this version does not know are left out. */
function slicesOf(day: DayAggregate): { lang: Lang; channel: Channel; counts: SliceCounts }[] {
  const out: { lang: Lang; channel: Channel; counts: SliceCounts }[] = [];
  for (const [key, counts] of Object.entries(day.slices)) {
    const [lang, channel] = key.split('.') as [Lang, Channel];
    if (counts && (LANGUAGES as readonly string[]).includes(lang) && (CHANNELS as readonly string[]).includes(channel))
      out.push({ lang, channel, counts });
  }
  return out;
}

type Counts = Record<string, number>;
type EntryTotals = Record<EntryCount, number>;

/** What the period's days add up to, before it is turned into rows. */
interface Sums {
  readonly perDay: DayRow[];
  readonly perLanguage: Record<Lang, Tally>;
  readonly perChannel: Record<Channel, Tally>;
  readonly outcomes: Counts;
  readonly followUps: Counts;
  readonly handoff: Counts;
  readonly entries: Map<string, EntryTotals>;
}

const add = (target: Counts, counts: Readonly<Partial<Record<string, number>>> | undefined): void => {
  for (const [key, n] of Object.entries(counts ?? {})) target[key] = (target[key] ?? 0) + count(n);
};

/** One document per day of the period: two of one day added, days outside it left out. */
function documentsByDay(documents: readonly DayAggregate[], period: Period): Map<string, DayAggregate> {
  const byDay = new Map<string, DayAggregate>();
  for (const doc of documents) {
    if (doc.day < period.from || doc.day > period.to) continue;
    const held = byDay.get(doc.day);
    byDay.set(doc.day, held ? mergeDays(held, doc) : doc);
  }
  return byDay;
}

function addDay(sums: Sums, row: DayTally, doc: DayAggregate): void {
  for (const { lang, channel, counts } of slicesOf(doc)) {
    const conversations = count(counts.conversations);
    const questions = sumValues(counts.outcomes);
    for (const target of [row, row.byLang[lang], row.byChannel[channel], sums.perLanguage[lang], sums.perChannel[channel]]) {
      target.conversations += conversations;
      target.questions += questions;
    }
    add(sums.outcomes, counts.outcomes);
    add(sums.followUps, counts.followUps);
    add(sums.handoff, counts.handoff);
  }
  for (const [entryId, byLang] of Object.entries(doc.entries)) {
    let totals = sums.entries.get(entryId);
    if (!totals) {
      totals = { asked: 0, picked: 0, up: 0, down: 0, askedAgain: 0 };
      sums.entries.set(entryId, totals);
    }
    for (const counts of Object.values(byLang)) add(totals, counts);
  }
}

function sumDays(days: readonly string[], byDay: ReadonlyMap<string, DayAggregate>): Sums {
  const sums: Sums = {
    perDay: [],
    perLanguage: byKey(LANGUAGES),
    perChannel: byKey(CHANNELS),
    outcomes: {},
    followUps: {},
    handoff: {},
    entries: new Map(),
  };
  for (const day of days) {
    const row: DayTally = { day, ...zeroActivity(), byLang: byKey(LANGUAGES), byChannel: byKey(CHANNELS) };
    const doc = byDay.get(day);
    if (doc) addDay(sums, row, doc);
    sums.perDay.push(row);
  }
  return sums;
}

function outcomesOf(outcomes: Counts, followUps: Counts): InsightsReport['outcomes'] {
  const questions = sumValues(outcomes);
  // A pick the day after its "did you mean" (around midnight, or at the period's edge) must not
  // make the unpicked ones negative.
  const picked = Math.min(count(followUps.picked), count(outcomes.didYouMean));
  const outcomeCounts: Record<OutcomeRow, number> = {
    answered: count(outcomes.answered),
    answeredAfterDidYouMean: picked,
    didYouMeanUnpicked: count(outcomes.didYouMean) - picked,
    notFound: count(outcomes.notFound),
    personalCase: count(outcomes.personalCase),
    smallTalk: count(outcomes.smallTalk),
  };
  const answers = outcomeCounts.answered + outcomeCounts.answeredAfterDidYouMean;
  return {
    questions,
    rows: OUTCOME_ROWS.map((outcome) => ({ outcome, count: outcomeCounts[outcome], share: ratio(outcomeCounts[outcome], questions) })),
    answers,
    afterAnswer: AFTER_ANSWER_ROWS.map((followUp) => ({
      followUp,
      count: count(followUps[followUp]),
      share: ratio(count(followUps[followUp]), answers),
    })),
  };
}

function entryRowsOf(entries: ReadonlyMap<string, EntryTotals>, known: ReadonlySet<string>): EntryRow[] {
  return [...entries]
    .map(([entryId, c]) => ({
      entryId,
      asked: c.asked + c.picked,
      picked: c.picked,
      up: c.up,
      down: c.down,
      askedAgain: c.askedAgain,
      downShare: ratio(c.down, c.up + c.down),
      known: known.has(entryId),
    }))
    .sort((a, b) => b.asked - a.asked || b.down - a.down || a.entryId.localeCompare(b.entryId));
}

/**
 * The report for `period` from the days' documents (days outside it are ignored, two documents
 * of one day are added). `knownEntryIds`: the knowledge base's entries, for "never asked" and to
 * mark counted entries it no longer has.
 */
export function buildReport(documents: readonly DayAggregate[], period: Period, knownEntryIds: Iterable<string>): InsightsReport {
  const days = daysBetween(period.from, period.to);
  const sums = sumDays(days, documentsByDay(documents, period));
  const outcomes = outcomesOf(sums.outcomes, sums.followUps);
  const known = new Set(knownEntryIds);
  const entryRows = entryRowsOf(sums.entries, known);
  const asked = new Set(entryRows.filter((e) => e.asked > 0).map((e) => e.entryId));
  return {
    period: { from: period.from, to: period.to, days: days.length },
    totals: {
      conversations: sums.perDay.reduce((sum, d) => sum + d.conversations, 0),
      questions: outcomes.questions,
      answers: outcomes.answers,
      handoffsStarted: count(sums.handoff.started),
      handoffsCompleted: count(sums.handoff.mailto) + count(sums.handoff.queued),
    },
    perDay: sums.perDay,
    perLanguage: LANGUAGES.map((lang) => ({ lang, ...sums.perLanguage[lang] })),
    perChannel: CHANNELS.map((channel) => ({ channel, ...sums.perChannel[channel] })),
    outcomes,
    funnel: funnelOf(sums.handoff),
    entries: entryRows,
    neverAsked: [...known].filter((id) => !asked.has(id)).sort(),
  };
}

function funnelOf(handoff: Readonly<Record<string, number>>): Funnel {
  const step = (name: HandoffStep): number => count(handoff[name]);
  const completed = { mailto: step('mailto'), queued: step('queued') };
  const started = step('started');
  const stages: FunnelStage[] = [];
  for (const row of FUNNEL_ROWS) {
    const n = row === 'completed' ? completed.mailto + completed.queued : step(row);
    const previous = stages[stages.length - 1];
    const inFunnel = row !== 'offered';
    stages.push({
      step: row,
      count: n,
      shareOfStarted: inFunnel ? ratio(n, started) : null,
      droppedBefore: inFunnel && row !== 'started' && previous ? Math.max(0, previous.count - n) : null,
    });
  }
  return { stages, completed, exits: { consentRefused: step('consentRefused'), cancelled: step('cancelled') } };
}
