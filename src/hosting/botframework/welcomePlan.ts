import { ActivityTypes, type Activity } from 'botbuilder';
import type { WelcomePlan } from '../../app/welcome';
import { isTeams, teamsScope } from './teams/teamsConversation';

const NONE: WelcomePlan = { kind: 'none' };

/**
 * Everywhere but Teams, a person joining gets the welcome. Teams announces an installation twice
 * (installationUpdate and conversationUpdate, either order): either one welcomes, once — the full
 * welcome in a personal chat, a short introduction in a team or group chat. Details: docs/architecture.md#who-gets-which-welcome-welcomeplants
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
