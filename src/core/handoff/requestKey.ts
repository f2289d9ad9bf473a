import { createHash, randomUUID } from 'node:crypto';

/** What names one hand-off request: where it was confirmed, and the confirming message. */
export interface ConfirmingActivity {
  readonly channelId?: unknown;
  readonly conversation?: { readonly id?: unknown } | undefined;
  readonly id?: unknown;
}

const ID = /^[\x21-\x7e]{1,256}$/;

/**
 * One request per confirming message: the same message handled twice (a turn run again after a
 * conflict, a channel retrying) names the same request, so it is stored and sent once. An id that
 * is not a short printable string names nothing (an object would make every request of the
 * conversation the same one): the request gets a key of its own.
 */
export function handoffRequestKey(activity: ConfirmingActivity): string {
  const { channelId, id } = activity;
  const conversationId = activity.conversation?.id;
  const parts = [channelId, conversationId, id];
  if (!parts.every((part) => typeof part === 'string' && ID.test(part))) return randomUUID();
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
