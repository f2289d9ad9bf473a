import { FIELDS } from '../handoff/handoffRequest';
import type { Lang } from '../language/languages';

/**
 * What the bot reports for the insights page. Events carry facts to be counted — a UTC day, a
 * language, a kind of channel, a knowledge entry's id — and never a conversation id, a user id,
 * a name, an address or a text: a day's counts cannot be traced back to a person.
 */

/** Where a conversation happens, as coarse as the page shows it. */
export const CHANNELS = ['web', 'teams', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Bot Framework channel ids that are a website's chat: Web Chat over Azure's Direct Line or the bot's embedded one. */
const WEB_CHANNEL_IDS: ReadonlySet<string> = new Set(['webchat', 'directline', 'directlinespeech']);

/** The kind of channel of a Bot Framework `channelId` ('msteams', 'webchat', 'directline', 'emulator'…). */
export function channelOf(channelId: unknown): Channel {
  if (typeof channelId !== 'string') return 'other';
  const id = channelId.toLowerCase();
  if (id === 'msteams') return 'teams';
  return WEB_CHANNEL_IDS.has(id) ? 'web' : 'other';
}

/**
 * What became of a message answered as a question:
 * - `answered`: an entry's answer;
 * - `didYouMean`: "did you mean…?" with entries to pick from (a pick is a `didYouMeanPicked` event, not a second question);
 * - `notFound`: "I don't know", with the team offered;
 * - `personalCase`: a personal visa / asylum / permit matter, pointed elsewhere;
 * - `smallTalk`: a greeting, thanks, goodbye or a request for help.
 */
export const OUTCOMES = ['answered', 'didYouMean', 'notFound', 'personalCase', 'smallTalk'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** What may follow an answer and tells whether it served: a pick after "did you mean", a vote, the same question asked again. */
export const FOLLOW_UPS = ['picked', 'votedUp', 'votedDown', 'askedAgain'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

/**
 * The hand-off form's steps, in the order a person meets them. `offered`: the bot showed the
 * button to write to the team; `started`: the form began; then consent, each field reached
 * (asked, or already known from an earlier request of the conversation), the summary, and the
 * end: an e-mail prepared as a mailto: link, or queued for the bot to send. `consentRefused`
 * and `cancelled` are the ways out the form itself offers.
 */
export const HANDOFF_STEPS = [
  'offered',
  'started',
  'consentGiven',
  'consentRefused',
  ...FIELDS,
  'summary',
  'mailto',
  'queued',
  'cancelled',
] as const;
export type HandoffStep = (typeof HANDOFF_STEPS)[number];

/** Knowledge entry ids, as the knowledge base validates them; anything else is not counted (it would grow a day's document). */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ENTRY_ID = 80;

export function isEntryId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ENTRY_ID && ENTRY_ID.test(value);
}

interface EventBase {
  /** The UTC day it happened, YYYY-MM-DD (see dayOf). */
  readonly day: string;
  readonly lang: Lang;
  readonly channel: Channel;
}

export type InsightsEvent =
  | (EventBase & { readonly type: 'conversationStarted' })
  /** `entryIds`: the entries answered with (two for a message that asked two things), for `answered` and `personalCase`. */
  | (EventBase & { readonly type: 'question'; readonly outcome: Outcome; readonly entryIds?: readonly string[] })
  /** An entry picked from a "did you mean" just offered: the question it resolves was counted when it was asked. */
  | (EventBase & { readonly type: 'didYouMeanPicked'; readonly entryId: string })
  | (EventBase & { readonly type: 'vote'; readonly vote: 'up' | 'down'; readonly entryId: string })
  /** The answer with this entry was followed by the same question in other words. */
  | (EventBase & { readonly type: 'askedAgain'; readonly entryId: string })
  /** Counted once per hand-off for each step, however often a correction passes it again. */
  | (EventBase & { readonly type: 'handoff'; readonly step: HandoffStep });

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day of a moment, YYYY-MM-DD: days are cut in UTC so that every instance, wherever it runs, counts into the same one. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** isDay for a value already typed string, without narrowing it: a message can still show what it was. */
export function isDayText(value: string): boolean {
  return isDay(value);
}

/** `day` moved by `delta` days (negative: earlier). */
export function addDays(day: string, delta: number): string {
  if (!isDayText(day)) throw new RangeError(`addDays(): '${day}' is not a day written YYYY-MM-DD`);
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000));
}

/** Longer spans are a mistake of the caller, not a period anyone looks at. */
const MAX_SPAN_DAYS = 10_000;

/** Every day from `from` to `to`, both included, oldest first; empty when `to` is before `from`. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (out.length >= MAX_SPAN_DAYS) throw new RangeError(`daysBetween(): ${from} to ${to} is more than ${MAX_SPAN_DAYS} days`);
    out.push(day);
  }
  return out;
}
