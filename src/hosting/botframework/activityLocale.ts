import type { Activity } from 'botbuilder';

/**
 * The client's locale: the activity's own, else the one in a `clientInfo` entity. Teams (and Web
 * Chat) put it there, and Teams installation and membership events do not always carry `locale`.
 */
export function activityLocale(activity: Partial<Activity>): string | undefined {
  if (typeof activity.locale === 'string' && activity.locale.trim() !== '') return activity.locale;
  const entities: unknown = activity.entities;
  if (!Array.isArray(entities)) return undefined;
  for (const entity of entities as unknown[]) {
    if (typeof entity !== 'object' || entity === null) continue;
    const { type, locale } = entity as { type?: unknown; locale?: unknown };
    if (type === 'clientInfo' && typeof locale === 'string' && locale.trim() !== '') return locale;
  }
  return undefined;
}
