import { Channels, type Activity } from 'botbuilder';

/** Where a Teams activity comes from: a one-to-one chat with the bot, a group chat or a team channel. */
export type TeamsScope = 'personal' | 'groupChat' | 'channel';

export function isTeams(activity: Partial<Activity>): boolean {
  return activity.channelId === Channels.Msteams;
}

/**
 * Teams sends `conversation.conversationType` on every activity; anything else (or nothing) is
 * taken as a personal chat, the one scope where the bot answers every message.
 */
export function teamsScope(activity: Partial<Activity>): TeamsScope {
  const type: unknown = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' ? type : 'personal';
}

/** Group chats and channels: several people, so the bot speaks only when spoken to. */
export function isSharedScope(activity: Partial<Activity>): boolean {
  return teamsScope(activity) !== 'personal';
}
