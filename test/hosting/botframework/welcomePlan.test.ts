import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import type { WelcomePlan } from '../../../src/app/welcome';
import { welcomePlan } from '../../../src/hosting/botframework/welcomePlan';

const BOT = { id: '28:bot-id', name: 'MIEUX+' };
const USER = { id: '29:user', name: 'Ana' };

function teams(scope: 'personal' | 'groupChat' | 'channel', extra: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'msteams',
    recipient: BOT,
    conversation: { id: 'c', conversationType: scope, isGroup: scope !== 'personal', name: '' },
    ...extra,
  };
}

const membersAdded = (...members: { id: string; name: string }[]): Partial<Activity> => ({
  type: 'conversationUpdate',
  membersAdded: members,
});
const installation = (action: string): Partial<Activity> => ({ type: 'installationUpdate', action });

const CASES: readonly { name: string; activity: Partial<Activity>; plan: WelcomePlan }[] = [
  {
    name: 'Web Chat: a person joins',
    activity: { channelId: 'webchat', recipient: BOT, ...membersAdded(USER) },
    plan: { kind: 'welcome', once: false },
  },
  {
    name: 'Web Chat: only the bot joins',
    activity: { channelId: 'webchat', recipient: BOT, ...membersAdded(BOT) },
    plan: { kind: 'none' },
  },
  {
    name: 'Web Chat: an installationUpdate',
    activity: { channelId: 'webchat', recipient: BOT, ...installation('add') },
    plan: { kind: 'none' },
  },
  {
    name: 'Teams personal: installationUpdate add',
    activity: teams('personal', installation('add')),
    plan: { kind: 'welcome', once: true },
  },
  { name: 'Teams personal: the bot added', activity: teams('personal', membersAdded(BOT)), plan: { kind: 'welcome', once: true } },
  { name: 'Teams personal: the person added', activity: teams('personal', membersAdded(USER)), plan: { kind: 'welcome', once: true } },
  { name: 'Teams personal: an upgrade', activity: teams('personal', installation('add-upgrade')), plan: { kind: 'none' } },
  { name: 'Teams personal: removed', activity: teams('personal', installation('remove')), plan: { kind: 'forget' } },
  { name: 'Teams channel: installationUpdate add', activity: teams('channel', installation('add')), plan: { kind: 'intro', once: true } },
  { name: 'Teams channel: the bot added to the team', activity: teams('channel', membersAdded(BOT)), plan: { kind: 'intro', once: true } },
  { name: 'Teams channel: a new team member', activity: teams('channel', membersAdded(USER)), plan: { kind: 'none' } },
  { name: 'Teams group chat: the bot added', activity: teams('groupChat', membersAdded(BOT, USER)), plan: { kind: 'intro', once: true } },
  { name: 'Teams group chat: a person added', activity: teams('groupChat', membersAdded(USER)), plan: { kind: 'none' } },
  { name: 'Teams: a message', activity: teams('personal', { type: 'message', text: 'hi' }), plan: { kind: 'none' } },
];

describe('welcomePlan', () => {
  it.each(CASES)('$name', ({ activity, plan }) => {
    expect(welcomePlan(activity)).toEqual(plan);
  });
});
