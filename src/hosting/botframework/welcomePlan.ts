import { ActivityTypes, type Activity } from 'botbuilder';
import type { WelcomePlan } from '../../app/welcome';
import { isTeams, teamsScope } from './teams/teamsConversation';

const NONE: WelcomePlan = { kind: 'none' };

/**
 * Everywhere but Teams, a person joining (anyone but the bot) gets the welcome: that is how Web
 * Chat, Direct Line and the Emulator start a conversation.
 *
 * Teams announces an installation twice, in either order: an `installationUpdate` (action
 * `add`) and a `conversationUpdate` whose `membersAdded` holds the bot itself. Either one
 * welcomes, once. In a personal chat that is the full welcome. In a team or a group chat it is
 * a short introduction only, and nothing when people join later, so the channel is not flooded
 * with a welcome for every new member. An upgrade of the app (`add-upgrade`) says nothing.
 */
export function welcomePlan(activity: Partial<Activity>): WelcomePlan {
  const botId = activity.recipient?.id;
  const added = activity.type === ActivityTypes.ConversationUpdate ? (activity.membersAdded ?? []) : [];
  if (!isTeams(activity)) {
    return added.some((member) => member.id !== botId) ? { kind: 'welcome', once: false } : NONE;
  }
  const personal = teamsScope(activity) === 'personal';
  const installed =
    (activity.type === ActivityTypes.InstallationUpdate && activity.action === 'add') || added.some((member) => member.id === botId);
  if (installed) return { kind: personal ? 'welcome' : 'intro', once: true };
  if (activity.type === ActivityTypes.InstallationUpdate && activity.action === 'remove') return { kind: 'forget' };
  if (personal && added.length > 0) return { kind: 'welcome', once: true };
  return NONE;
}
