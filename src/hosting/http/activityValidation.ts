import { InvalidActivityError } from '../../errors';
import type { InboundActivity } from '../turnHost';
import { ACTIVITY_JSON_LIMITS, jsonShapeProblem } from './jsonShape';

export type ValidationResult = { readonly ok: true; readonly activity: InboundActivity } | { readonly ok: false; readonly error: string };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Channel ids and activity types are short words (`msteams`, `directline`, `conversationUpdate`).
 * Both are logged before the request is authenticated, so they must be bounded and printable.
 */
const WORD = /^[A-Za-z0-9._-]{1,64}$/;
/** Ids of activities, conversations and accounts: printable, no spaces or line breaks, bounded. */
const ID = /^[\x21-\x7e\u00a0-\uffff]{1,512}$/;

function optionalString(body: Json, path: string, field: string, max: number): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new InvalidActivityError(`${path}.${field} must be a string`);
  if (value.length > max) throw new InvalidActivityError(`${path}.${field} must be at most ${max} characters`);
  return value;
}

function requiredId(body: Json, path: string, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw new InvalidActivityError(`${path}.${field} is required`);
  if (!ID.test(value)) throw new InvalidActivityError(`${path}.${field} must be at most 512 printable characters`);
  return value;
}

function optionalBoolean(body: Json, path: string, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new InvalidActivityError(`${path}.${field} must be true or false`);
  return value;
}

function keepDefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A channel or user account: what replies are addressed with, and what Teams adds to it. */
function account(value: unknown, path: string): Json {
  if (!isRecord(value)) throw new InvalidActivityError(`${path}.id is required`);
  return keepDefined({
    id: requiredId(value, path, 'id'),
    name: optionalString(value, path, 'name', 256),
    role: optionalString(value, path, 'role', 32),
    aadObjectId: optionalString(value, path, 'aadObjectId', 64),
  });
}

function conversation(value: unknown): Json {
  const path = 'activity.conversation';
  if (!isRecord(value)) throw new InvalidActivityError(`${path}.id is required`);
  return keepDefined({
    id: requiredId(value, path, 'id'),
    name: optionalString(value, path, 'name', 256),
    conversationType: optionalString(value, path, 'conversationType', 32),
    isGroup: optionalBoolean(value, path, 'isGroup'),
    tenantId: optionalString(value, path, 'tenantId', 64),
  });
}

function accounts(value: unknown, path: string): Json[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every(isRecord)) throw new InvalidActivityError(`${path} must be a list of accounts`);
  return value.map((member, i) => account(member, `${path}[${i}]`));
}

function word(body: Json, field: string, required: boolean): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw new InvalidActivityError(`activity.${field} is required`);
    return undefined;
  }
  if (typeof value !== 'string' || !WORD.test(value))
    throw new InvalidActivityError(`activity.${field} must be a word of at most 64 letters, digits, '.', '_' or '-'`);
  return value;
}

function build(body: Json): InboundActivity {
  const type = word(body, 'type', true);
  const channelId = word(body, 'channelId', true);
  const conv = conversation(body.conversation);
  const serviceUrl = optionalString(body, 'activity', 'serviceUrl', 2_048);
  if (!serviceUrl || !isHttpUrl(serviceUrl)) throw new InvalidActivityError('activity.serviceUrl must be an http(s) URL');
  // Replies are addressed from the recipient to the sender: without them a turn cannot answer.
  const from = account(body.from, 'activity.from');
  const recipient = account(body.recipient, 'activity.recipient');
  const id = body.id === undefined || body.id === null ? undefined : requiredId(body, 'activity', 'id');
  const deliveryMode = optionalString(body, 'activity', 'deliveryMode', 32);
  if (deliveryMode !== undefined && !['normal', 'expectReplies', 'notification', 'ephemeral'].includes(deliveryMode))
    throw new InvalidActivityError('activity.deliveryMode must be normal or expectReplies');
  const entities = body.entities;
  if (entities !== undefined && entities !== null && !(Array.isArray(entities) && entities.every(isRecord)))
    throw new InvalidActivityError('activity.entities must be a list of objects');
  const channelData = body.channelData;
  if (channelData !== undefined && channelData !== null && !isRecord(channelData))
    throw new InvalidActivityError('activity.channelData must be an object');
  return keepDefined({
    type,
    id,
    channelId,
    serviceUrl,
    conversation: conv,
    from,
    recipient,
    timestamp: optionalString(body, 'activity', 'timestamp', 64),
    localTimestamp: optionalString(body, 'activity', 'localTimestamp', 64),
    localTimezone: optionalString(body, 'activity', 'localTimezone', 64),
    text: optionalString(body, 'activity', 'text', Number.MAX_SAFE_INTEGER),
    textFormat: optionalString(body, 'activity', 'textFormat', 32),
    locale: optionalString(body, 'activity', 'locale', 64),
    replyToId: optionalString(body, 'activity', 'replyToId', 512),
    name: optionalString(body, 'activity', 'name', 256),
    action: optionalString(body, 'activity', 'action', 64),
    deliveryMode,
    membersAdded: accounts(body.membersAdded, 'activity.membersAdded'),
    membersRemoved: accounts(body.membersRemoved, 'activity.membersRemoved'),
    // Teams' mentions and the client's locale; Teams' tenant, team and channel; card presses.
    entities: entities ?? undefined,
    channelData: channelData ?? undefined,
    value: body.value ?? undefined,
  }) as unknown as InboundActivity;
}

/**
 * Checks what the adapter would otherwise crash on, so a malformed request gets a short 400
 * instead of a 500 from deep inside botbuilder, and returns a new activity with only the fields
 * the bot uses: whatever else a client sends never reaches the bot, its replies (which carry the
 * conversation and accounts they answer) or a log line. Depth and size are bounded first.
 */
export function validateActivity(body: unknown): ValidationResult {
  try {
    if (!isRecord(body)) throw new InvalidActivityError('the body must be a JSON object (a Bot Framework activity)');
    const shape = jsonShapeProblem(body, ACTIVITY_JSON_LIMITS);
    if (shape) throw new InvalidActivityError(`the activity ${shape}`);
    return { ok: true, activity: build(body) };
  } catch (error) {
    if (error instanceof InvalidActivityError) return { ok: false, error: error.message };
    throw error;
  }
}
