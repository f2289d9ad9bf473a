import { type Lang } from '../language/languages';
import { isDay, isDayText, isEntryId, type Channel, type FollowUp, type HandoffStep, type InsightsEvent, type Outcome } from './events';

/** The format of a stored day; a reader refuses others rather than guess. */
export const AGGREGATE_VERSION = 1;

/** Counts kept per entry and language. `asked`: answered with it; `picked`: chosen after "did you mean". */
export const ENTRY_COUNTS = ['asked', 'picked', 'up', 'down', 'askedAgain'] as const;
export type EntryCount = (typeof ENTRY_COUNTS)[number];

/** One language on one kind of channel, for one day. Counters that never moved are left out. */
export interface SliceCounts {
  readonly conversations?: number;
  readonly outcomes?: Readonly<Partial<Record<Outcome, number>>>;
  readonly followUps?: Readonly<Partial<Record<FollowUp, number>>>;
  readonly handoff?: Readonly<Partial<Record<HandoffStep, number>>>;
}

export type SliceKey = `${Lang}.${Channel}`;

export const sliceKey = (lang: Lang, channel: Channel): SliceKey => `${lang}.${channel}`;

/**
 * Everything counted on one UTC day: one document per day in the bot's storage. Only counters —
 * no texts, ids of people or conversations, or times finer than the day.
 *
 * Merging two documents of a day adds their counters, so it is commutative and associative: an
 * instance whose write lost a race re-applies its own increment to what the other wrote, and
 * nothing is counted twice or lost. Counters this version does not know (written by a newer
 * instance during a rolling deploy) are kept and added like the others.
 */
export interface DayAggregate {
  readonly v: typeof AGGREGATE_VERSION;
  readonly day: string;
  /** By `${lang}.${channel}`. */
  readonly slices: Readonly<Partial<Record<SliceKey, SliceCounts>>>;
  /** By entry id, then language. */
  readonly entries: Readonly<Record<string, Readonly<Partial<Record<Lang, Readonly<Partial<Record<EntryCount, number>>>>>>>>;
}

/** A plain tree of counters, as a day's document is once parsed. */
interface Tree {
  [key: string]: number | Tree;
}

export function emptyDay(day: string): DayAggregate {
  if (!isDayText(day)) throw new RangeError(`emptyDay(): '${day}' is not a day written YYYY-MM-DD`);
  return { v: AGGREGATE_VERSION, day, slices: {}, entries: {} };
}

function child(tree: Tree, key: string): Tree {
  const found = tree[key];
  if (typeof found === 'object') return found;
  const created: Tree = {};
  tree[key] = created;
  return created;
}

function bump(tree: Tree, key: string): void {
  const current = tree[key];
  tree[key] = (typeof current === 'number' ? current : 0) + 1;
}

function countEvent(slices: Tree, entries: Tree, event: InsightsEvent): void {
  const slice = child(slices, sliceKey(event.lang, event.channel));
  const entry = (entryId: string, count: EntryCount): void => {
    if (isEntryId(entryId)) bump(child(child(entries, entryId), event.lang), count);
  };
  switch (event.type) {
    case 'conversationStarted':
      bump(slice, 'conversations');
      return;
    case 'question':
      bump(child(slice, 'outcomes'), event.outcome);
      if (event.outcome === 'answered' || event.outcome === 'personalCase')
        for (const id of new Set(event.entryIds ?? [])) entry(id, 'asked');
      return;
    case 'didYouMeanPicked':
      bump(child(slice, 'followUps'), 'picked');
      entry(event.entryId, 'picked');
      return;
    case 'vote':
      bump(child(slice, 'followUps'), event.vote === 'up' ? 'votedUp' : 'votedDown');
      entry(event.entryId, event.vote);
      return;
    case 'askedAgain':
      bump(child(slice, 'followUps'), 'askedAgain');
      entry(event.entryId, 'askedAgain');
      return;
    case 'handoff':
      bump(child(slice, 'handoff'), event.step);
      return;
  }
}

/** The increments a batch of events makes, one document per day they fall on, in day order. */
export function aggregateEvents(events: readonly InsightsEvent[]): DayAggregate[] {
  const byDay = new Map<string, { slices: Tree; entries: Tree }>();
  for (const event of events) {
    if (!isDayText(event.day)) throw new RangeError(`aggregateEvents(): event '${event.type}' has day '${event.day}', not YYYY-MM-DD`);
    let day = byDay.get(event.day);
    if (!day) {
      day = { slices: {}, entries: {} };
      byDay.set(event.day, day);
    }
    countEvent(day.slices, day.entries, event);
  }
  return [...byDay]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, { slices, entries }]) => ({ v: AGGREGATE_VERSION, day, slices, entries }) as DayAggregate);
}

function mergeTrees(a: Tree, b: Tree, path: string): Tree {
  const out: Tree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (mine === undefined) out[key] = typeof value === 'number' ? value : mergeTrees({}, value, `${path}.${key}`);
    else if (typeof mine === 'number' && typeof value === 'number') out[key] = mine + value;
    else if (typeof mine === 'object' && typeof value === 'object') out[key] = mergeTrees(mine, value, `${path}.${key}`);
    else throw new TypeError(`mergeDays(): '${path}.${key}' is a counter in one document and a group in the other`);
  }
  return out;
}

/** The two documents' counters added; `a` and `b` are left as they were. */
export function mergeDays(a: DayAggregate, b: DayAggregate): DayAggregate {
  if (a.day !== b.day) throw new RangeError(`mergeDays(): cannot merge day ${a.day} with day ${b.day}`);
  return {
    v: AGGREGATE_VERSION,
    day: a.day,
    slices: mergeTrees(a.slices as Tree, b.slices as Tree, 'slices'),
    entries: mergeTrees(a.entries, b.entries, 'entries') as DayAggregate['entries'],
  };
}

/** True when nothing was counted. */
export function isEmptyDay(aggregate: DayAggregate): boolean {
  return Object.keys(aggregate.slices).length === 0 && Object.keys(aggregate.entries).length === 0;
}

/** A stored document larger than this is not ours (a day of this bot has a few hundred counters). */
const MAX_KEYS_PER_GROUP = 2_000;
const KEY = /^[A-Za-z0-9][A-Za-z0-9.-]{0,79}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a tree of counters `depth` levels deep at most; returns a copy, or throws naming the bad part. */
function parseTree(value: unknown, depth: number, path: string): Tree {
  if (!isPlainObject(value)) throw new TypeError(`${path} is not a group of counters`);
  const keys = Object.keys(value);
  if (keys.length > MAX_KEYS_PER_GROUP) throw new RangeError(`${path} has ${keys.length} keys, more than ${MAX_KEYS_PER_GROUP}`);
  const out: Tree = {};
  for (const key of keys) {
    if (!KEY.test(key)) throw new TypeError(`${path} has a key that is no counter name: ${JSON.stringify(key.slice(0, 40))}`);
    const item = value[key];
    if (typeof item === 'number') {
      if (!Number.isSafeInteger(item) || item < 0) throw new RangeError(`${path}.${key} is ${item}, not a count`);
      out[key] = item;
    } else if (depth > 1) out[key] = parseTree(item, depth - 1, `${path}.${key}`);
    else throw new TypeError(`${path}.${key} is not a count`);
  }
  return out;
}

/**
 * A day's document as read from storage, checked: refuses a document of another version, day or
 * shape rather than add counts to what it cannot read. `where` names it in the error.
 */
export function parseDayAggregate(raw: unknown, where: string): DayAggregate {
  const fail = (problem: string): never => {
    throw new TypeError(`parseDayAggregate(): ${where} ${problem}`);
  };
  if (!isPlainObject(raw)) return fail('is not a JSON object');
  if (raw.v !== AGGREGATE_VERSION) return fail(`has version ${JSON.stringify(raw.v)}, this bot reads version ${AGGREGATE_VERSION}`);
  if (!isDay(raw.day)) return fail(`has day ${JSON.stringify(raw.day)}, not YYYY-MM-DD`);
  try {
    // slices.<lang.channel>.conversations, or slices.<lang.channel>.<group>.<counter>
    const slices = parseTree(raw.slices, 3, 'slices');
    // entries.<id>.<lang>.<counter>
    const entries = parseTree(raw.entries, 3, 'entries');
    for (const [id, byLang] of Object.entries(entries)) {
      if (typeof byLang !== 'object') fail(`entries.${id} is not a group of languages`);
      else
        for (const [lang, counts] of Object.entries(byLang))
          if (typeof counts !== 'object') fail(`entries.${id}.${lang} is not a group of counters`);
    }
    for (const [key, slice] of Object.entries(slices)) if (typeof slice !== 'object') fail(`slices.${key} is not a group of counters`);
    return { v: AGGREGATE_VERSION, day: raw.day, slices, entries } as DayAggregate;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('parseDayAggregate():')) throw error;
    return fail(error instanceof Error ? error.message : String(error));
  }
}
