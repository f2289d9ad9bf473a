import type { Activity } from 'botbuilder';

interface MentionEntity {
  readonly mentionedId: string;
  readonly text: string | undefined;
}

/**
 * The `mention` entities of an activity, read defensively: the stock TurnContext helpers call
 * `type.toLowerCase()` on every entity and `text.replace` on the activity, so an entity without a
 * type or a message without text would crash the turn instead of being ignored.
 */
function mentions(activity: Partial<Activity>): MentionEntity[] {
  const entities: unknown = activity.entities;
  if (!Array.isArray(entities)) return [];
  const found: MentionEntity[] = [];
  for (const entity of entities as unknown[]) {
    if (typeof entity !== 'object' || entity === null) continue;
    const { type, mentioned, text } = entity as { type?: unknown; mentioned?: unknown; text?: unknown };
    if (typeof type !== 'string' || type.toLowerCase() !== 'mention') continue;
    const id: unknown = typeof mentioned === 'object' && mentioned !== null ? (mentioned as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') continue;
    found.push({ mentionedId: id, text: typeof text === 'string' && text !== '' ? text : undefined });
  }
  return found;
}

/** True when the message @mentions the bot (the activity's recipient). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return botId !== undefined && mentions(activity).some((m) => m.mentionedId === botId);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes every @mention of the bot from the message text, so what is understood (and what a
 * form records as a name or a message) is only what the person wrote. Mentions of other people
 * stay. Besides each mention entity's own text, `<at>bot name</at>` is removed too, in case the
 * entity's text and the message text spell the name differently.
 */
export function removeBotMentions(activity: Partial<Activity>): void {
  if (typeof activity.text !== 'string') return;
  const botId = activity.recipient?.id;
  if (botId === undefined) return;
  let text = activity.text;
  for (const mention of mentions(activity)) {
    if (mention.mentionedId === botId && mention.text) text = text.split(mention.text).join(' ');
  }
  const name = activity.recipient?.name;
  if (typeof name === 'string' && name !== '') text = text.replace(new RegExp(`<at>\\s*${escapeRegExp(name)}\\s*</at>`, 'gi'), ' ');
  activity.text = text.replace(/[ \t\u00a0]{2,}/g, ' ').trim();
}
