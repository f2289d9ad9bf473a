import { describe, expect, it } from 'vitest';
import {
  aggregateEvents,
  emptyDay,
  isEmptyDay,
  mergeDays,
  parseDayAggregate,
  type DayAggregate,
} from '../../../src/core/insights/dayAggregate';
import type { InsightsEvent } from '../../../src/core/insights/events';
import { askedAgain, handoff, picked, question, started, vote } from '../../support/insightsEvents';

const DAY = '2026-11-28';
const one = (events: InsightsEvent[]): DayAggregate => {
  const days = aggregateEvents(events);
  expect(days).toHaveLength(1);
  return days[0]!;
};

describe('aggregateEvents: what each event counts', () => {
  it.each<[string, InsightsEvent[], Pick<DayAggregate, 'slices' | 'entries'>]>([
    ['a conversation started', [started()], { slices: { 'es.web': { conversations: 1 } }, entries: {} }],
    ['in Teams, in French', [started({ lang: 'fr', channel: 'teams' })], { slices: { 'fr.teams': { conversations: 1 } }, entries: {} }],
    [
      'an answer counts the entry as asked',
      [question('answered', ['areas'])],
      { slices: { 'es.web': { outcomes: { answered: 1 } } }, entries: { areas: { es: { asked: 1 } } } },
    ],
    [
      'two questions in one message: one question, two entries',
      [question('answered', ['areas', 'funding'], { lang: 'en' })],
      { slices: { 'en.web': { outcomes: { answered: 1 } } }, entries: { areas: { en: { asked: 1 } }, funding: { en: { asked: 1 } } } },
    ],
    [
      'the same entry twice in a message counts once',
      [question('answered', ['areas', 'areas'])],
      { slices: { 'es.web': { outcomes: { answered: 1 } } }, entries: { areas: { es: { asked: 1 } } } },
    ],
    [
      'a personal case counts its entry',
      [question('personalCase', ['personal-case'])],
      { slices: { 'es.web': { outcomes: { personalCase: 1 } } }, entries: { 'personal-case': { es: { asked: 1 } } } },
    ],
    [
      '"did you mean" counts no entry',
      [question('didYouMean', ['areas'])],
      { slices: { 'es.web': { outcomes: { didYouMean: 1 } } }, entries: {} },
    ],
    ['not found', [question('notFound')], { slices: { 'es.web': { outcomes: { notFound: 1 } } }, entries: {} }],
    ['small talk', [question('smallTalk')], { slices: { 'es.web': { outcomes: { smallTalk: 1 } } }, entries: {} }],
    [
      'a pick after "did you mean"',
      [picked('areas')],
      { slices: { 'es.web': { followUps: { picked: 1 } } }, entries: { areas: { es: { picked: 1 } } } },
    ],
    ['a 👍', [vote('up', 'areas')], { slices: { 'es.web': { followUps: { votedUp: 1 } } }, entries: { areas: { es: { up: 1 } } } }],
    ['a 👎', [vote('down', 'areas')], { slices: { 'es.web': { followUps: { votedDown: 1 } } }, entries: { areas: { es: { down: 1 } } } }],
    [
      'asked again',
      [askedAgain('areas')],
      { slices: { 'es.web': { followUps: { askedAgain: 1 } } }, entries: { areas: { es: { askedAgain: 1 } } } },
    ],
    [
      'a hand-off step',
      [handoff('email'), handoff('email'), handoff('summary')],
      { slices: { 'es.web': { handoff: { email: 2, summary: 1 } } }, entries: {} },
    ],
    [
      'an entry id that is no knowledge-base id is not kept (the slice still counts)',
      [vote('down', '../etc/passwd'), question('answered', ['Areas With Caps'])],
      { slices: { 'es.web': { followUps: { votedDown: 1 }, outcomes: { answered: 1 } } }, entries: {} },
    ],
  ])('%s', (_name, events, expected) => {
    const day = one(events);
    expect(day).toEqual({ v: 1, day: DAY, ...expected });
  });

  it('puts each event on its own UTC day, days in order', () => {
    const days = aggregateEvents([started({ day: '2026-11-29' }), started({ day: '2026-11-28' }), started({ day: '2026-11-29' })]);
    expect(days.map((d) => [d.day, d.slices['es.web']?.conversations])).toEqual([
      ['2026-11-28', 1],
      ['2026-11-29', 2],
    ]);
  });

  it('refuses an event without a real day', () => {
    expect(() => aggregateEvents([started({ day: '2026-02-30' })])).toThrow(
      /aggregateEvents\(\): event 'conversationStarted' has day '2026-02-30'/,
    );
  });

  it('keeps nothing but the day, counter names from a fixed vocabulary, entry ids and counts', () => {
    const [day] = aggregateEvents([
      started(),
      question('answered', ['areas']),
      vote('down', 'areas'),
      handoff('name'),
      askedAgain('areas'),
    ]);
    const keys: string[] = [];
    const values: unknown[] = [];
    const walk = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return void values.push(node);
      for (const [key, value] of Object.entries(node)) {
        keys.push(key);
        walk(value);
      }
    };
    walk(day);
    expect(new Set(keys)).toEqual(
      new Set([
        'v',
        'day',
        'slices',
        'entries',
        'es.web',
        'conversations',
        'outcomes',
        'answered',
        'followUps',
        'votedDown',
        'askedAgain',
        'handoff',
        'name',
        'areas',
        'es',
        'asked',
        'down',
      ]),
    );
    expect(values.filter((v) => typeof v !== 'number')).toEqual([DAY]);
  });
});

describe('mergeDays', () => {
  const increments: DayAggregate[] = [
    one([started(), question('answered', ['areas']), vote('up', 'areas')]),
    one([started({ lang: 'fr', channel: 'teams' }), question('notFound', undefined, { lang: 'fr', channel: 'teams' })]),
    one([question('answered', ['areas']), vote('down', 'areas'), handoff('started'), handoff('email')]),
    one([question('didYouMean'), picked('funding'), askedAgain('areas')]),
  ];
  const [a, b, c, d] = increments as [DayAggregate, DayAggregate, DayAggregate, DayAggregate];

  it.each([
    ['a+b', a, b],
    ['a+c', a, c],
    ['b+d', b, d],
    ['c+d', c, d],
  ])('is commutative (%s)', (_name, x, y) => {
    expect(mergeDays(x, y)).toEqual(mergeDays(y, x));
  });

  it('is associative and has the empty day as identity', () => {
    expect(mergeDays(mergeDays(a, b), c)).toEqual(mergeDays(a, mergeDays(b, c)));
    expect(mergeDays(emptyDay(DAY), a)).toEqual(a);
    expect(mergeDays(a, emptyDay(DAY))).toEqual(a);
  });

  it('adds counters: merging the increments one by one equals aggregating all their events at once', () => {
    const all = one([
      started(),
      question('answered', ['areas']),
      vote('up', 'areas'),
      started({ lang: 'fr', channel: 'teams' }),
      question('notFound', undefined, { lang: 'fr', channel: 'teams' }),
      question('answered', ['areas']),
      vote('down', 'areas'),
      handoff('started'),
      handoff('email'),
      question('didYouMean'),
      picked('funding'),
      askedAgain('areas'),
    ]);
    // In any order: conflicting writers re-apply their increments in whatever order they win.
    for (const order of [
      [a, b, c, d],
      [d, c, b, a],
      [b, d, a, c],
    ]) {
      expect(order.reduce(mergeDays, emptyDay(DAY))).toEqual(all);
    }
    expect(all.entries.areas).toEqual({ es: { asked: 2, up: 1, down: 1, askedAgain: 1 } });
  });

  it('leaves its inputs as they were', () => {
    const before = JSON.stringify(a);
    mergeDays(a, a);
    expect(JSON.stringify(a)).toBe(before);
  });

  it('keeps counters it does not know, written by a newer instance', () => {
    const newer = parseDayAggregate(
      { v: 1, day: DAY, slices: { 'es.web': { outcomes: { answered: 2, futureOutcome: 3 }, futureGroup: { x: 1 } } }, entries: {} },
      'test',
    );
    const merged = mergeDays(a, newer) as unknown as { slices: Record<string, Record<string, Record<string, number>>> };
    expect(merged.slices['es.web']).toMatchObject({ outcomes: { answered: 3, futureOutcome: 3 }, futureGroup: { x: 1 } });
  });

  it('refuses two different days, and a counter that is a group in the other document', () => {
    expect(() => mergeDays(a, emptyDay('2026-11-29'))).toThrow(/cannot merge day 2026-11-28 with day 2026-11-29/);
    const odd = parseDayAggregate({ v: 1, day: DAY, slices: { 'es.web': { outcomes: 4 } }, entries: {} }, 'test');
    expect(() => mergeDays(a, odd)).toThrow(/slices\.es\.web\.outcomes' is a counter in one document and a group in the other/);
  });

  it('isEmptyDay', () => {
    expect(isEmptyDay(emptyDay(DAY))).toBe(true);
    expect(isEmptyDay(a)).toBe(false);
  });
});

describe('parseDayAggregate', () => {
  it('reads back what was written', () => {
    const day = one([started(), question('answered', ['areas']), vote('down', 'areas'), handoff('queued')]);
    expect(parseDayAggregate(JSON.parse(JSON.stringify(day)), 'blob insights/days/2026-11-28.json')).toEqual(day);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', [1, 2], /blob x is not a JSON object/],
    ['null', null, /is not a JSON object/],
    ['another version', { v: 2, day: DAY, slices: {}, entries: {} }, /has version 2, this bot reads version 1/],
    ['no version', { day: DAY, slices: {}, entries: {} }, /has version undefined/],
    ['a bad day', { v: 1, day: '2026-11-31', slices: {}, entries: {} }, /has day "2026-11-31"/],
    ['slices missing', { v: 1, day: DAY, entries: {} }, /slices is not a group of counters/],
    [
      'a negative count',
      { v: 1, day: DAY, slices: { 'es.web': { conversations: -1 } }, entries: {} },
      /slices\.es\.web\.conversations is -1, not a count/,
    ],
    ['a fractional count', { v: 1, day: DAY, slices: { 'es.web': { conversations: 1.5 } }, entries: {} }, /is 1\.5, not a count/],
    [
      'a text for a count',
      { v: 1, day: DAY, slices: { 'es.web': { conversations: '3' } }, entries: {} },
      /slices\.es\.web\.conversations is not a group of counters/,
    ],
    ['a count for a slice', { v: 1, day: DAY, slices: { 'es.web': 3 }, entries: {} }, /slices\.es\.web is not a group of counters/],
    [
      'too deep',
      { v: 1, day: DAY, slices: { 'es.web': { outcomes: { answered: { x: 1 } } } }, entries: {} },
      /slices\.es\.web\.outcomes\.answered is not a count/,
    ],
    [
      'a key that is no counter name',
      { v: 1, day: DAY, slices: { 'es web <script>': {} }, entries: {} },
      /has a key that is no counter name/,
    ],
    ['an entry without languages', { v: 1, day: DAY, slices: {}, entries: { areas: 3 } }, /entries\.areas is not a group of languages/],
    [
      'an entry language without counters',
      { v: 1, day: DAY, slices: {}, entries: { areas: { es: 3 } } },
      /entries\.areas\.es is not a group of counters/,
    ],
    [
      'far too many keys',
      { v: 1, day: DAY, slices: {}, entries: Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`e${i}`, {}])) },
      /entries has 2001 keys/,
    ],
  ])('refuses %s, naming where', (_name, raw, message) => {
    expect(() => parseDayAggregate(raw, 'blob x')).toThrow(message);
    expect(() => parseDayAggregate(raw, 'blob x')).toThrow(/^parseDayAggregate\(\): blob x /);
  });
});
