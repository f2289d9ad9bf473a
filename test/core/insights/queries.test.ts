import { describe, expect, it } from 'vitest';
import { aggregateEvents, parseDayAggregate } from '../../../src/core/insights/dayAggregate';
import type { InsightsEvent } from '../../../src/core/insights/events';
import { buildReport, type FunnelRow, type InsightsReport } from '../../../src/core/insights/queries';
import { askedAgain, handoff, picked, question, started, times, vote } from '../../support/insightsEvents';

const PERIOD = { from: '2026-11-26', to: '2026-11-28' };
const KB = ['about', 'areas', 'funding', 'regions'];
const report = (events: InsightsEvent[], period = PERIOD, kb: readonly string[] = KB): InsightsReport =>
  buildReport(aggregateEvents(events), period, kb);

describe('buildReport: activity', () => {
  const traffic: InsightsEvent[] = [
    ...times(2, started({ day: '2026-11-26' })),
    ...times(3, question('answered', ['areas'], { day: '2026-11-26' })),
    started({ day: '2026-11-28', lang: 'fr', channel: 'teams' }),
    question('notFound', undefined, { day: '2026-11-28', lang: 'fr', channel: 'teams' }),
    question('smallTalk', undefined, { day: '2026-11-28', lang: 'en', channel: 'other' }),
    // Outside the period: not counted.
    ...times(5, started({ day: '2026-11-25' })),
    ...times(5, question('answered', ['about'], { day: '2026-11-29' })),
  ];
  const r = report(traffic);

  it('lists every day of the period, days without traffic as zeros', () => {
    expect(r.period).toEqual({ ...PERIOD, days: 3 });
    expect(r.perDay.map((d) => [d.day, d.conversations, d.questions])).toEqual([
      ['2026-11-26', 2, 3],
      ['2026-11-27', 0, 0],
      ['2026-11-28', 1, 2],
    ]);
    expect(r.perDay[2]!.byLang).toEqual({
      es: { conversations: 0, questions: 0 },
      en: { conversations: 0, questions: 1 },
      fr: { conversations: 1, questions: 1 },
    });
    expect(r.perDay[2]!.byChannel).toEqual({
      web: { conversations: 0, questions: 0 },
      teams: { conversations: 1, questions: 1 },
      other: { conversations: 0, questions: 1 },
    });
  });

  it.each([
    [
      'perLanguage',
      (x: InsightsReport) => x.perLanguage.map((l) => [l.lang, l.conversations, l.questions]),
      [
        ['es', 2, 3],
        ['en', 0, 1],
        ['fr', 1, 1],
      ],
    ],
    [
      'perChannel',
      (x: InsightsReport) => x.perChannel.map((l) => [l.channel, l.conversations, l.questions]),
      [
        ['web', 2, 3],
        ['teams', 1, 1],
        ['other', 0, 1],
      ],
    ],
    ['totals', (x: InsightsReport) => x.totals, { conversations: 3, questions: 5, answers: 3, handoffsStarted: 0, handoffsCompleted: 0 }],
  ])('%s', (_name, pick, expected) => {
    expect(pick(r)).toEqual(expected);
  });

  it('adds two documents of the same day (as two stores might return)', () => {
    const [day] = aggregateEvents([started({ day: '2026-11-27' })]);
    const twice = buildReport([day!, day!], PERIOD, KB);
    expect(twice.perDay[1]!.conversations).toBe(2);
  });

  it('ignores languages and channels of a newer version', () => {
    const doc = parseDayAggregate(
      {
        v: 1,
        day: '2026-11-27',
        slices: { 'de.web': { conversations: 4 }, 'es.fax': { conversations: 4 }, 'es.web': { conversations: 1 } },
        entries: {},
      },
      'test',
    );
    expect(buildReport([doc], PERIOD, KB).totals.conversations).toBe(1);
  });
});

describe('buildReport: outcomes', () => {
  it.each<[string, InsightsEvent[], Record<string, [number, number]>, Record<string, [number, number]>]>([
    ['nothing asked: all zero, no division by zero', [], { answered: [0, 0], notFound: [0, 0] }, { votedDown: [0, 0] }],
    [
      'each outcome is a share of all questions',
      [
        ...times(2, question('answered', ['areas'])),
        question('notFound'),
        question('personalCase', ['about']),
        question('smallTalk'),
        ...times(3, question('didYouMean')),
      ],
      {
        answered: [2, 0.25],
        didYouMeanUnpicked: [3, 0.375],
        notFound: [1, 0.125],
        personalCase: [1, 0.125],
        smallTalk: [1, 0.125],
        answeredAfterDidYouMean: [0, 0],
      },
      {},
    ],
    [
      'a pick turns a "did you mean" into an answer',
      [question('didYouMean'), question('didYouMean'), picked('areas'), question('answered', ['areas'])],
      { answered: [1, 0.3333], answeredAfterDidYouMean: [1, 0.3333], didYouMeanUnpicked: [1, 0.3333] },
      {},
    ],
    [
      'a pick whose "did you mean" fell before the period does not make the unpicked negative',
      [picked('areas'), picked('funding'), question('didYouMean')],
      { answeredAfterDidYouMean: [1, 1], didYouMeanUnpicked: [0, 0] },
      {},
    ],
    [
      'votes and questions asked again are shares of the answers',
      [
        ...times(4, question('answered', ['areas'])),
        vote('down', 'areas'),
        vote('up', 'areas'),
        vote('up', 'areas'),
        askedAgain('areas'),
        question('notFound'),
      ],
      { answered: [4, 0.8], notFound: [1, 0.2] },
      { votedUp: [2, 0.5], votedDown: [1, 0.25], askedAgain: [1, 0.25] },
    ],
  ])('%s', (_name, events, outcomes, afterAnswer) => {
    const r = report(events);
    const rows = Object.fromEntries(r.outcomes.rows.map((row) => [row.outcome, [row.count, row.share]]));
    expect(rows).toMatchObject(outcomes);
    const after = Object.fromEntries(r.outcomes.afterAnswer.map((row) => [row.followUp, [row.count, row.share]]));
    expect(after).toMatchObject(afterAnswer);
    // The outcome rows always add up to the questions.
    expect(r.outcomes.rows.reduce((sum, row) => sum + row.count, 0)).toBe(r.outcomes.questions);
  });
});

describe('buildReport: the hand-off funnel', () => {
  const FIELD_STEPS = ['role', 'name', 'email', 'organisation', 'country', 'area', 'message'] as const;
  it.each<[string, InsightsEvent[], Partial<Record<FunnelRow, [number, number | null, number | null]>>, object]>([
    [
      'everyone who started finished',
      [
        ...times(3, handoff('offered')),
        handoff('started'),
        handoff('consentGiven'),
        ...FIELD_STEPS.map((f) => handoff(f)),
        handoff('summary'),
        handoff('mailto'),
      ],
      { offered: [3, null, null], started: [1, 1, null], consentGiven: [1, 1, 0], message: [1, 1, 0], completed: [1, 1, 0] },
      { completed: { mailto: 1, queued: 0 }, exits: { consentRefused: 0, cancelled: 0 } },
    ],
    [
      'drop-outs: consent refused, left at e-mail, cancelled at the summary',
      [
        ...times(4, handoff('started')),
        handoff('consentRefused'),
        ...times(3, handoff('consentGiven')),
        ...times(3, handoff('role')),
        ...times(3, handoff('name')),
        ...times(3, handoff('email')),
        ...(['organisation', 'country', 'area', 'message', 'summary'] as const).flatMap((s) => times(2, handoff(s))),
        handoff('cancelled'),
        handoff('queued'),
      ],
      {
        started: [4, 1, null],
        consentGiven: [3, 0.75, 1],
        email: [3, 0.75, 0],
        organisation: [2, 0.5, 1],
        summary: [2, 0.5, 0],
        completed: [1, 0.25, 1],
      },
      { completed: { mailto: 0, queued: 1 }, exits: { consentRefused: 1, cancelled: 1 } },
    ],
    [
      'a form begun by asking in words, without the button: more started than offered',
      [handoff('started'), handoff('started'), handoff('offered')],
      { offered: [1, null, null], started: [2, 1, null], consentGiven: [0, 0, 2] },
      {},
    ],
  ])('%s', (_name, events, stages, rest) => {
    const funnel = report(events).funnel;
    expect(funnel.stages.map((s) => s.step)).toEqual(['offered', 'started', 'consentGiven', ...FIELD_STEPS, 'summary', 'completed']);
    const byStep = Object.fromEntries(funnel.stages.map((s) => [s.step, [s.count, s.shareOfStarted, s.droppedBefore]]));
    expect(byStep).toMatchObject(stages);
    expect(funnel).toMatchObject(rest);
  });
});

describe('buildReport: entries', () => {
  const r = report([
    ...times(3, question('answered', ['areas'])),
    question('answered', ['funding'], { lang: 'fr' }),
    picked('funding'),
    vote('down', 'funding'),
    vote('down', 'funding', { lang: 'fr' }),
    vote('up', 'funding'),
    askedAgain('areas'),
    // An entry since removed from the knowledge base.
    question('answered', ['old-entry']),
    // "did you mean" and "not found" name no entry.
    question('didYouMean', ['regions']),
  ]);

  it('counts each entry over languages, the most asked first, and marks entries the knowledge base no longer has', () => {
    expect(r.entries).toEqual([
      { entryId: 'areas', asked: 3, picked: 0, up: 0, down: 0, askedAgain: 1, downShare: 0, known: true },
      { entryId: 'funding', asked: 2, picked: 1, up: 1, down: 2, askedAgain: 0, downShare: 0.6667, known: true },
      { entryId: 'old-entry', asked: 1, picked: 0, up: 0, down: 0, askedAgain: 0, downShare: 0, known: false },
    ]);
  });

  it('lists the knowledge base entries nobody was answered with', () => {
    expect(r.neverAsked).toEqual(['about', 'regions']);
  });

  it('an entry only voted on (its answer given before the period) is still never asked in the period', () => {
    expect(report([vote('down', 'about')]).neverAsked).toEqual(['about', 'areas', 'funding', 'regions']);
  });
});
