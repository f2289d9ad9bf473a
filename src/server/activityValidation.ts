import type { Activity } from 'botbuilder';

export type ValidationResult = { readonly ok: true; readonly activity: Activity } | { readonly ok: false; readonly error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
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
 * Checks what the adapter would otherwise crash on, so a malformed request gets a short 400
 * instead of a 500 from deep inside botbuilder.
 */
export function validateActivity(body: unknown): ValidationResult {
  if (!isRecord(body)) return { ok: false, error: 'the body must be a JSON object (a Bot Framework activity)' };
  if (!nonEmpty(body.type)) return { ok: false, error: 'activity.type is required' };
  if (!nonEmpty(body.channelId)) return { ok: false, error: 'activity.channelId is required' };
  if (!isRecord(body.conversation) || !nonEmpty(body.conversation.id))
    return { ok: false, error: 'activity.conversation.id is required' };
  if (!nonEmpty(body.serviceUrl) || !isHttpUrl(body.serviceUrl))
    return { ok: false, error: 'activity.serviceUrl must be an http(s) URL' };
  if (body.text !== undefined && typeof body.text !== 'string') return { ok: false, error: 'activity.text must be a string' };
  if (body.locale !== undefined && typeof body.locale !== 'string') return { ok: false, error: 'activity.locale must be a string' };
  // Replies are addressed from the recipient to the sender: without them a turn cannot answer.
  for (const party of ['from', 'recipient'] as const) {
    const account = body[party];
    if (!isRecord(account) || !nonEmpty(account.id)) return { ok: false, error: `activity.${party}.id is required` };
  }
  if (body.membersAdded !== undefined && !(Array.isArray(body.membersAdded) && body.membersAdded.every(isRecord)))
    return { ok: false, error: 'activity.membersAdded must be a list of accounts' };
  return { ok: true, activity: body as unknown as Activity };
}
