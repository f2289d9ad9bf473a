import { ActionTypes, ActivityTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Lang } from '../../core/language/languages';
import { textPlan, type Button, type ReplyPlan } from '../../app/replyPlan';
import { cardButtonsFor } from './teams/teamsButtons';
import { toTeamsMarkdown } from './teams/teamsMarkdown';

/**
 * The one place where the application's reply plans become Bot Framework activities, and where
 * an activity becomes what Teams renders (cards for buttons, its Markdown). Buttons: `say` is an
 * imBack, `vote` a messageBack with displayText; cards are hero cards. Details: docs/architecture.md#reply-plans-as-activities-replyactivityts
 */
export function toActivity(plan: ReplyPlan): Partial<Activity> {
  const activity: Partial<Activity> = MessageFactory.text(plan.text);
  activity.textFormat = 'markdown';
  activity.locale = plan.lang;
  activity.inputHint = 'acceptingInput';
  if (plan.buttons.length > 0) activity.suggestedActions = { actions: plan.buttons.map(toCardAction), to: [] };
  if (plan.cards.length > 0)
    activity.attachments = plan.cards.map((card) => CardFactory.heroCard('', undefined, card.buttons.map(toCardAction)));
  return activity;
}

/** A plain message in a language, with buttons that send their title back as the person's text. */
export function textMessage(text: string, lang: Lang, titles: readonly string[] = []): Partial<Activity> {
  return toActivity(textPlan(text, lang, titles));
}

function toCardAction(button: Button): CardAction {
  switch (button.kind) {
    case 'say':
      return { type: ActionTypes.ImBack, title: button.title, value: button.title };
    case 'vote':
      return { type: ActionTypes.MessageBack, title: button.title, text: button.title, displayText: button.title, value: button.value };
    case 'open':
      return { type: ActionTypes.OpenUrl, title: button.title, value: button.url };
  }
}

/** One outgoing activity as Teams should get it: buttons on cards, Markdown that Teams renders everywhere. */
export function forTeams(activity: Partial<Activity>): Partial<Activity> {
  if (activity.type !== ActivityTypes.Message) return activity;
  const adapted = cardButtonsFor(activity);
  const isMarkdown = adapted.textFormat === undefined || adapted.textFormat === 'markdown';
  if (typeof adapted.text === 'string' && isMarkdown) {
    return { ...adapted, text: toTeamsMarkdown(adapted.text) };
  }
  return adapted;
}
