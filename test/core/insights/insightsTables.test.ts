import { describe, expect, it } from 'vitest';
import { aggregateEvents } from '../../../src/core/insights/dayAggregate';
import {
  AFTER_ANSWER_NAMES,
  CHANNEL_NAMES,
  FUNNEL_EXIT_NAMES,
  FUNNEL_NAMES,
  INSIGHTS_COLUMN_STRINGS,
  INSIGHTS_PAGE_STRINGS,
  INSIGHTS_TABLE_STRINGS,
  LANGUAGE_NAMES,
  OUTCOME_NAMES,
  RECORDED_KIND_NAMES,
} from '../../../src/core/i18n/insightsStrings';
import { buildInsightsPayload, csvFileName, insightsTables, tableCsv } from '../../../src/core/insights/insightsTables';
import { buildReport } from '../../../src/core/insights/queries';
import type { Review } from '../../../src/core/insights/reviewData';
import { LANGUAGES, type Lang } from '../../../src/core/language/languages';
import { handoff, question, started, vote } from '../../support/insightsEvents';

const report = buildReport(
  aggregateEvents([
    started(),
    question('answered', ['areas']),
    question('notFound', undefined, { lang: 'fr', channel: 'teams' }),
    vote('down', 'areas'),
    handoff('started'),
    handoff('cancelled'),
  ]),
  { from: '2026-11-27', to: '2026-11-28' },
  ['areas', 'funding'],
);
const TITLES: Record<string, string> = { areas: 'Thematic areas', funding: '=Funding' };
const titleOf = (id: string) => TITLES[id];
const REVIEW: Review = {
  questions: 2,
  capacity: 10,
  threshold: 0.5,
  groups: [
    {
      lang: 'en',
      size: 2,
      representative: '=HYPERLINK("http://evil","click")',
      examples: ['capital, of "France"'],
      kinds: { notFound: 1, clarify: 1 },
      answered: [],
      candidates: [{ entryId: 'areas', score: 0.25 }],
      lastAt: '2026-11-28T10:05:00.000Z',
    },
  ],
  doubtful: [],
  feedback: [
    { entryId: 'areas', up: 1, down: 3, downShare: 0.75, downByLang: { es: 3, en: 0, fr: 0 }, lastAt: '2026-11-28T10:06:00.000Z' },
  ],
};

describe('insightsTables', () => {
  it.each(LANGUAGES)('in %s: every row is as wide as its header, every column has a kind, every title is written', (lang) => {
    const tables = insightsTables(report, REVIEW, lang, titleOf);
    expect(tables.map((t) => t.id)).toEqual([
      'perDay',
      'perLanguage',
      'perChannel',
      'outcomes',
      'afterAnswer',
      'funnel',
      'entries',
      'neverAsked',
      'unanswered',
      'doubtful',
      'feedback',
    ]);
    for (const t of tables) {
      expect(t.kinds).toHaveLength(t.columns.length);
      for (const row of t.rows) expect(row).toHaveLength(t.columns.length);
      expect(t.title).toBe(INSIGHTS_TABLE_STRINGS[t.id].title[lang]);
      expect(t.columns.every((c) => c.length > 0)).toBe(true);
      expect(t.scope).toBe(['unanswered', 'doubtful', 'feedback'].includes(t.id) ? 'recorded' : 'period');
    }
  });

  it('without a review, the page has no review tables', () => {
    expect(insightsTables(report, undefined, 'en', titleOf).map((t) => t.id)).not.toContain('unanswered');
  });

  it('holds the report numbers, in the reader language', () => {
    const tables = Object.fromEntries(insightsTables(report, REVIEW, 'fr', titleOf).map((t) => [t.id, t]));
    expect(tables.perDay!.columns.slice(0, 4)).toEqual(['Jour', 'Conversations', 'Questions', 'Questions : Espagnol']);
    expect(tables.perDay!.rows).toEqual([
      ['2026-11-27', 0, 0, 0, 0, 0, 0, 0, 0],
      ['2026-11-28', 1, 2, 1, 0, 1, 1, 1, 0],
    ]);
    expect(tables.perChannel!.rows).toEqual([
      ['Site web', 1, 1],
      ['Teams', 0, 1],
      ['Autre', 0, 0],
    ]);
    expect(tables.outcomes!.rows[0]).toEqual(['Avec réponse', 1, 0.5]);
    expect(tables.funnel!.rows.slice(-2)).toEqual([
      ['Consentement refusé', 0, null, null],
      ['Annulé', 1, null, null],
    ]);
    expect(tables.entries!.rows).toEqual([['areas', 'Thematic areas', 1, 0, 0, 1, 1, 0]]);
    expect(tables.neverAsked!.rows).toEqual([['funding', '=Funding']]);
    expect(tables.unanswered!.rows[0]).toEqual([
      2,
      'Anglais',
      REVIEW.groups[0]!.representative,
      'capital, of "France"',
      'sans réponse 1, « vouliez-vous dire » 1',
      '',
      'areas 0.25',
      '2026-11-28 10:05',
    ]);
    expect(tables.feedback!.rows).toEqual([['areas', 'Thematic areas', 3, 1, 0.75, '2026-11-28 10:06']]);
  });

  it('its CSV has the same header and rows, formulas neutralised and quotes doubled', () => {
    const [unanswered] = insightsTables(report, REVIEW, 'en', titleOf).filter((t) => t.id === 'unanswered');
    const lines = tableCsv(unanswered!)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Times,Language,Question,Other wordings,Kind,Answered with,Closest entries,Last (UTC)');
    expect(lines[1]).toBe(
      `2,English,"'=HYPERLINK(""http://evil"",""click"")","capital, of ""France""","not found 1, ""did you mean"" 1",,areas 0.25,2026-11-28 10:05`,
    );
    const [never] = insightsTables(report, REVIEW, 'en', titleOf).filter((t) => t.id === 'neverAsked');
    expect(tableCsv(never!)).toContain("funding,'=Funding\r\n");
  });

  it('names a CSV by table and period only', () => {
    expect(csvFileName('funnel', report)).toBe('mieux-insights-funnel-2026-11-27-2026-11-28.csv');
  });
});

describe('the insights strings', () => {
  const tables: [string, Record<string, Partial<Record<Lang, string>>>][] = [
    ['page', INSIGHTS_PAGE_STRINGS],
    ['columns', INSIGHTS_COLUMN_STRINGS],
    ['languages', LANGUAGE_NAMES],
    ['channels', CHANNEL_NAMES],
    ['outcomes', OUTCOME_NAMES],
    ['after answer', AFTER_ANSWER_NAMES],
    ['funnel', FUNNEL_NAMES],
    ['funnel exits', FUNNEL_EXIT_NAMES],
    ['recorded kinds', RECORDED_KIND_NAMES],
    ...Object.entries(INSIGHTS_TABLE_STRINGS).map(([id, s]): [string, Record<string, Partial<Record<Lang, string>>>] => [`table ${id}`, s]),
  ];
  it.each(tables)('%s: every string in es, en and fr', (_name, strings) => {
    for (const [key, byLang] of Object.entries(strings))
      for (const lang of LANGUAGES) expect(byLang[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
  });
});

describe('buildInsightsPayload', () => {
  it('is the report of the period with its tables, stamped to the minute', () => {
    const days = aggregateEvents([started({ day: '2026-11-28' }), started({ day: '2026-11-20' })]);
    const payload = buildInsightsPayload({
      days,
      period: { from: '2026-11-27', to: '2026-11-28' },
      entryIds: ['areas'],
      titleOf,
      review: undefined,
      lang: 'es',
      retentionDays: 30,
      now: new Date('2026-11-28T12:34:56.789Z'),
    });
    expect(payload.generatedAt).toBe('2026-11-28T12:34:00.000Z');
    expect(payload.retentionDays).toBe(30);
    expect(payload.report.totals.conversations).toBe(1);
    expect(payload.tables.map((t) => t.id)).not.toContain('unanswered');
    expect(payload.tables[0]!.columns[0]).toBe('Día');
    // What the page receives is plain JSON: it survives the trip unchanged.
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});
