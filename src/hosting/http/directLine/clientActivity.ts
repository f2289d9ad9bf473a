import { InvalidActivityError } from '../../../errors';
import { jsonShapeProblem, type JsonShapeLimits } from '../jsonShape';

/** What the embedded Direct Line keeps of an activity posted by the page. */
export interface ClientActivity {
  readonly type: 'message' | 'event' | 'typing';
  readonly text?: string;
  readonly textFormat?: string;
  readonly locale?: string;
  /** Set by suggested actions of type messageBack/postBack. */
  readonly value?: unknown;
  /** The name of an event. */
  readonly name?: string;
  /** Only Web Chat's own bookkeeping: it matches the echo of a sent message by clientActivityID. */
  readonly channelData?: { readonly clientActivityID?: string; readonly clientTimestamp?: string };
}

export type ClientActivityCheck = { readonly ok: true; readonly activity: ClientActivity } | { readonly ok: false; readonly error: string };

const TYPES: readonly string[] = ['message', 'event', 'typing'] satisfies ClientActivity['type'][];
const SHORT = 100;
/**
 * A chat message: a question, or the hand-off form's message to the team (at most 1,000). Every
 * message is kept in the conversation until the page has it, so its size is a memory matter.
 */
export const MAX_TEXT_CHARS = 4_000;
/** A card button's value is a few small fields; it is kept in the transcript and sent back on every poll. */
const VALUE_LIMITS: JsonShapeLimits = { maxDepth: 4, maxNodes: 50 };
const VALUE_MAX_CHARS = 2_048;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Record<string, unknown>, path: string, field: string, max = Number.MAX_SAFE_INTEGER): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidActivityError(`${path}.${field} must be a string`);
  if (value.length > max) throw new InvalidActivityError(`${path}.${field} must be at most ${max} characters`);
  return value;
}

function readValue(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  const problem = jsonShapeProblem(value, VALUE_LIMITS);
  if (problem) throw new InvalidActivityError(`activity.value ${problem}`);
  if (JSON.stringify(value).length > VALUE_MAX_CHARS)
    throw new InvalidActivityError(`activity.value must be at most ${VALUE_MAX_CHARS} characters as JSON`);
  return value;
}

function keepDefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readChannelData(value: unknown): ClientActivity['channelData'] {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw new InvalidActivityError('activity.channelData must be an object');
  return keepDefined({
    clientActivityID: optionalString(value, 'activity.channelData', 'clientActivityID', SHORT),
    clientTimestamp: optionalString(value, 'activity.channelData', 'clientTimestamp', SHORT),
  });
}

/**
 * Checks an activity posted to the embedded Direct Line and keeps only the fields the bot and
 * Web Chat use. Who sent it, the conversation and the channel come from the token, never from
 * the body, so a page cannot speak as someone else or into another conversation.
 */
export function checkClientActivity(body: unknown): ClientActivityCheck {
  try {
    if (!isRecord(body)) throw new InvalidActivityError('the body must be a JSON object (a Direct Line activity)');
    const type = body.type;
    if (typeof type !== 'string' || !TYPES.includes(type))
      throw new InvalidActivityError(`activity.type must be one of ${TYPES.join(', ')}`);
    if (body.attachments !== undefined && !(Array.isArray(body.attachments) && body.attachments.length === 0))
      throw new InvalidActivityError('attachments are not accepted');
    const activity: ClientActivity = keepDefined({
      type: type as ClientActivity['type'],
      text: optionalString(body, 'activity', 'text', MAX_TEXT_CHARS),
      textFormat: optionalString(body, 'activity', 'textFormat', SHORT),
      locale: optionalString(body, 'activity', 'locale', SHORT),
      name: optionalString(body, 'activity', 'name', SHORT),
      value: readValue(body.value),
      channelData: readChannelData(body.channelData),
    });
    if (activity.type === 'event' && activity.name === undefined) throw new InvalidActivityError('activity.name is required for an event');
    return { ok: true, activity };
  } catch (error) {
    if (error instanceof InvalidActivityError) return { ok: false, error: error.message };
    throw error;
  }
}
