import { ActionTypes, CardFactory, type Activity, type Attachment, type CardAction } from 'botbuilder';

/** Teams shows at most six buttons on a hero card and silently drops the rest. */
export const MAX_BUTTONS_PER_CARD = 6;

/** The key, in a button's value, that marks the messages our own card buttons send back. */
export const BUTTON_MARK = 'mieuxButton';

/**
 * Teams does not render suggested actions, so buttons go on hero cards (six per card). A button
 * that sends its text back becomes a messageBack marked with BUTTON_MARK: in a channel the mark
 * is how the bot knows a message without @mention is a press on its own button.
 * Details: docs/architecture.md#teams-buttons-teamsbuttonsts
 */
export function cardButtonsFor(activity: Partial<Activity>): Partial<Activity> {
  const actions = activity.suggestedActions?.actions ?? [];
  if (actions.length === 0) return activity;
  const buttons = actions.map(toCardButton);
  const cards: Attachment[] = [];
  for (let i = 0; i < buttons.length; i += MAX_BUTTONS_PER_CARD) {
    cards.push(CardFactory.heroCard('', [], buttons.slice(i, i + MAX_BUTTONS_PER_CARD)));
  }
  const attachments = [...(activity.attachments ?? []), ...cards];
  const adapted: Partial<Activity> = { ...activity, attachments };
  delete adapted.suggestedActions;
  if (attachments.length > 1 && !adapted.attachmentLayout) adapted.attachmentLayout = 'list';
  return adapted;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toCardButton(action: CardAction): CardAction {
  if (action.type === ActionTypes.MessageBack) {
    return isRecord(action.value) ? { ...action, value: { ...action.value, [BUTTON_MARK]: true } } : action;
  }
  if (action.type !== ActionTypes.ImBack && action.type !== ActionTypes.PostBack) return action;
  const text = typeof action.value === 'string' ? action.value : (action.text ?? action.title);
  return { type: ActionTypes.MessageBack, title: action.title, text, displayText: text, value: { [BUTTON_MARK]: true } };
}

/** A message sent by pressing one of the bot's own card buttons. */
export function isButtonPress(activity: Partial<Activity>): boolean {
  return isRecord(activity.value) && activity.value[BUTTON_MARK] === true;
}
