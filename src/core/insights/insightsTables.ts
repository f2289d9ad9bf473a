import { RECORDED_KINDS, minuteOf } from '../curation/curationRecords';
import type { QuestionGroup } from '../curation/review';
import { LANGUAGES, type Lang } from '../language/languages';
import { toCsv, type Cell } from './csv';
import { CHANNELS } from './events';
import {
  AFTER_ANSWER_NAMES,
  CHANNEL_NAMES,
  FUNNEL_EXIT_NAMES,
  FUNNEL_NAMES,
  INSIGHTS_COLUMN_STRINGS,
  INSIGHTS_TABLE_STRINGS,
  LANGUAGE_NAMES,
  OUTCOME_NAMES,
  RECORDED_KIND_NAMES,
  type InsightsTableId,
} from '../i18n/insightsStrings';
import { format } from '../i18n/strings';
import type { DayAggregate } from './dayAggregate';
import { buildReport, type InsightsReport, type Period } from './queries';
import type { Review } from './reviewData';

/** How the page shows a column: text to the left, counts to the right, shares as percentages. */
export type ColumnKind = 'text' | 'count' | 'share';

/**
 * One table of the page, in the reader's language: what the page shows, what its chart draws
 * and what its CSV holds are the same rows.
 */
export interface InsightsTable {
  readonly id: InsightsTableId;
  readonly title: string;
  readonly about: string;
  readonly columns: readonly string[];
  readonly kinds: readonly ColumnKind[];
  readonly rows: readonly (readonly Cell[])[];
  /** `period`: counts of the chosen period; `recorded`: what the curation store holds (the newest questions and every vote), whatever the period. */
  readonly scope: 'period' | 'recorded';
}

/** What the page's script receives: the report for the period, and its tables in the reader's language. */
export interface InsightsPayload {
  readonly lang: Lang;
  /** ISO time, to the minute. */
  readonly generatedAt: string;
  readonly retentionDays: number;
  readonly report: InsightsReport;
  readonly tables: readonly InsightsTable[];
}

/** An entry's title in the reader's language, or undefined for one the knowledge base no longer has. */
export type EntryTitle = (entryId: string) => string | undefined;

type Column = readonly [label: string, kind: ColumnKind];

const RECORDED: ReadonlySet<InsightsTableId> = new Set(['unanswered', 'doubtful', 'feedback']);

function table(id: InsightsTableId, lang: Lang, columns: readonly Column[], rows: readonly (readonly Cell[])[]): InsightsTable {
  const strings = INSIGHTS_TABLE_STRINGS[id];
  return {
    id,
    title: strings.title[lang],
    about: strings.about[lang],
    columns: columns.map(([label]) => label),
    kinds: columns.map(([, kind]) => kind),
    rows,
    scope: RECORDED.has(id) ? 'recorded' : 'period',
  };
}

function groupsTable(id: 'unanswered' | 'doubtful', groups: readonly QuestionGroup[], lang: Lang): InsightsTable {
  const c = INSIGHTS_COLUMN_STRINGS;
  const columns: Column[] = [
    [c.size[lang], 'count'],
    [c.language[lang], 'text'],
    [c.question[lang], 'text'],
    [c.examples[lang], 'text'],
    [c.kinds[lang], 'text'],
    [c.answeredWith[lang], 'text'],
    [c.closest[lang], 'text'],
    [c.lastAt[lang], 'text'],
  ];
  const rows = groups.map((g) => [
    g.size,
    LANGUAGE_NAMES[g.lang][lang],
    g.representative,
    g.examples.join(' · '),
    RECORDED_KINDS.filter((k) => g.kinds[k])
      .map((k) => `${RECORDED_KIND_NAMES[k][lang]} ${g.kinds[k]}`)
      .join(', '),
    g.answered.map((a) => `${a.entryId} ×${a.count}`).join(', '),
    g.candidates.map((x) => `${x.entryId} ${x.score.toFixed(2)}`).join(', '),
    g.lastAt.slice(0, 16).replace('T', ' '),
  ]);
  return table(id, lang, columns, rows);
}

/** Conversations and questions per day, by language, by channel. */
function activityTables(report: InsightsReport, lang: Lang): InsightsTable[] {
  const c = INSIGHTS_COLUMN_STRINGS;
  return [
    table(
      'perDay',
      lang,
      [
        [c.day[lang], 'text'],
        [c.conversations[lang], 'count'],
        [c.questions[lang], 'count'],
        ...LANGUAGES.map((l): Column => [format(c.questionsIn[lang], { what: LANGUAGE_NAMES[l][lang] }), 'count']),
        ...CHANNELS.map((ch): Column => [format(c.questionsIn[lang], { what: CHANNEL_NAMES[ch][lang] }), 'count']),
      ],
      report.perDay.map((d) => [
        d.day,
        d.conversations,
        d.questions,
        ...LANGUAGES.map((l) => d.byLang[l].questions),
        ...CHANNELS.map((ch) => d.byChannel[ch].questions),
      ]),
    ),
    table(
      'perLanguage',
      lang,
      [
        [c.language[lang], 'text'],
        [c.conversations[lang], 'count'],
        [c.questions[lang], 'count'],
      ],
      report.perLanguage.map((r) => [LANGUAGE_NAMES[r.lang][lang], r.conversations, r.questions]),
    ),
    table(
      'perChannel',
      lang,
      [
        [c.channel[lang], 'text'],
        [c.conversations[lang], 'count'],
        [c.questions[lang], 'count'],
      ],
      report.perChannel.map((r) => [CHANNEL_NAMES[r.channel][lang], r.conversations, r.questions]),
    ),
  ];
}

/** How questions ended, what followed answers, and the hand-off funnel with its ways out. */
function answerTables(report: InsightsReport, lang: Lang): InsightsTable[] {
  const c = INSIGHTS_COLUMN_STRINGS;
  return [
    table(
      'outcomes',
      lang,
      [
        [c.outcome[lang], 'text'],
        [c.count[lang], 'count'],
        [c.share[lang], 'share'],
      ],
      report.outcomes.rows.map((r) => [OUTCOME_NAMES[r.outcome][lang], r.count, r.share]),
    ),
    table(
      'afterAnswer',
      lang,
      [
        [c.followUp[lang], 'text'],
        [c.count[lang], 'count'],
        [c.share[lang], 'share'],
      ],
      report.outcomes.afterAnswer.map((r) => [AFTER_ANSWER_NAMES[r.followUp][lang], r.count, r.share]),
    ),
    table(
      'funnel',
      lang,
      [
        [c.step[lang], 'text'],
        [c.reached[lang], 'count'],
        [c.shareOfStarted[lang], 'share'],
        [c.droppedBefore[lang], 'count'],
      ],
      [
        ...report.funnel.stages.map((s) => [FUNNEL_NAMES[s.step][lang], s.count, s.shareOfStarted, s.droppedBefore]),
        ...(['mailto', 'queued', 'consentRefused', 'cancelled'] as const).map((k) => [
          FUNNEL_EXIT_NAMES[k][lang],
          k === 'mailto' || k === 'queued' ? report.funnel.completed[k] : report.funnel.exits[k],
          null,
          null,
        ]),
      ],
    ),
  ];
}

/** Each entry's use and votes, and the entries never asked. */
function entryTables(report: InsightsReport, lang: Lang, title: (id: string) => string): InsightsTable[] {
  const c = INSIGHTS_COLUMN_STRINGS;
  return [
    table(
      'entries',
      lang,
      [
        [c.entry[lang], 'text'],
        [c.entryTitle[lang], 'text'],
        [c.asked[lang], 'count'],
        [c.picked[lang], 'count'],
        [c.up[lang], 'count'],
        [c.down[lang], 'count'],
        [c.downShare[lang], 'share'],
        [c.askedAgain[lang], 'count'],
      ],
      report.entries.map((e) => [e.entryId, title(e.entryId), e.asked, e.picked, e.up, e.down, e.downShare, e.askedAgain]),
    ),
    table(
      'neverAsked',
      lang,
      [
        [c.entry[lang], 'text'],
        [c.entryTitle[lang], 'text'],
      ],
      report.neverAsked.map((id) => [id, title(id)]),
    ),
  ];
}

/** What `kb:review` shows: unanswered and doubtful groups, entries by negative votes. */
function reviewTables(review: Review, lang: Lang, title: (id: string) => string): InsightsTable[] {
  const c = INSIGHTS_COLUMN_STRINGS;
  const out: InsightsTable[] = [];
  out.push(groupsTable('unanswered', review.groups, lang), groupsTable('doubtful', review.doubtful, lang));
  out.push(
    table(
      'feedback',
      lang,
      [
        [c.entry[lang], 'text'],
        [c.entryTitle[lang], 'text'],
        [c.down[lang], 'count'],
        [c.up[lang], 'count'],
        [c.downShare[lang], 'share'],
        [c.lastAt[lang], 'text'],
      ],
      review.feedback.map((f) => [
        f.entryId,
        title(f.entryId),
        f.down,
        f.up,
        Math.round(f.downShare * 10_000) / 10_000,
        f.lastAt.slice(0, 16).replace('T', ' '),
      ]),
    ),
  );
  return out;
}

/**
 * The page's tables, in order: activity per day, by language, by channel, outcomes, what followed
 * answers, the hand-off funnel, entries, entries never asked; then, with a review, what
 * `kb:review` shows (unanswered and doubtful groups, entries by negative votes).
 */
export function insightsTables(report: InsightsReport, review: Review | undefined, lang: Lang, titleOf: EntryTitle): InsightsTable[] {
  const title = (id: string): string => titleOf(id) ?? '';
  return [
    ...activityTables(report, lang),
    ...answerTables(report, lang),
    ...entryTables(report, lang, title),
    ...(review ? reviewTables(review, lang, title) : []),
  ];
}

/** A table as the CSV a curator downloads: the same header and rows as on the page. */
export function tableCsv(t: InsightsTable): string {
  return toCsv({ columns: t.columns, rows: t.rows });
}

/** The file name of a table's CSV: which table and which period, nothing else. */
export function csvFileName(id: InsightsTableId, report: InsightsReport): string {
  return `mieux-insights-${id}-${report.period.from}-${report.period.to}.csv`;
}

export interface PayloadInput {
  /** The period's day documents, as the aggregate store returns them. */
  readonly days: readonly DayAggregate[];
  readonly period: Period;
  /** The knowledge base: entry ids and titles. */
  readonly entryIds: Iterable<string>;
  readonly titleOf: EntryTitle;
  /** What the curation store holds, reviewed (reviewData), or undefined where none is kept. */
  readonly review: Review | undefined;
  readonly lang: Lang;
  readonly retentionDays: number;
  readonly now: Date;
}

/** What the page's data endpoint answers: the report of the period, and its tables in the reader's language. */
export function buildInsightsPayload(input: PayloadInput): InsightsPayload {
  const report = buildReport(input.days, input.period, input.entryIds);
  return {
    lang: input.lang,
    generatedAt: minuteOf(input.now),
    retentionDays: input.retentionDays,
    report,
    tables: insightsTables(report, input.review, input.lang, input.titleOf),
  };
}
