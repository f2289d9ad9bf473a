import { describe, expect, it } from 'vitest';
import type { Activity, CardAction, HeroCard } from 'botbuilder';
import { BUTTON_MARK, cardButtonsFor, isButtonPress, MAX_BUTTONS_PER_CARD } from '../../../../src/hosting/botframework/teams/teamsButtons';
import { textMessage } from '../../../../src/hosting/botframework/replyActivity';

function heroButtons(activity: Partial<Activity>): CardAction[][] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.hero')
    .map((a) => (a.content as HeroCard).buttons ?? []);
}

describe('cardButtonsFor', () => {
  it('turns imBack suggested actions into messageBack buttons on a hero card', () => {
    const adapted = cardButtonsFor(textMessage('Pick one', 'en', ['What is MIEUX+?', 'Contact']));
    expect(adapted.suggestedActions).toBeUndefined();
    expect(adapted.text).toBe('Pick one');
    expect(heroButtons(adapted)).toEqual([
      [
        { type: 'messageBack', title: 'What is MIEUX+?', text: 'What is MIEUX+?', displayText: 'What is MIEUX+?', value: { [BUTTON_MARK]: true } },
        { type: 'messageBack', title: 'Contact', text: 'Contact', displayText: 'Contact', value: { [BUTTON_MARK]: true } },
      ],
    ]);
    expect(adapted.attachmentLayout).toBeUndefined();
  });

  it.each([1, 6, 7, 12, 13])('%i buttons → cards of at most six, in order', (count) => {
    const titles = Array.from({ length: count }, (_, i) => `Option ${i + 1}`);
    const adapted = cardButtonsFor(textMessage('Pick', 'en', titles));
    const cards = heroButtons(adapted);
    expect(cards).toHaveLength(Math.ceil(count / MAX_BUTTONS_PER_CARD));
    for (const card of cards) expect(card.length).toBeLessThanOrEqual(MAX_BUTTONS_PER_CARD);
    expect(cards.flat().map((b) => b.title)).toEqual(titles);
    expect(adapted.attachmentLayout).toBe(cards.length > 1 ? 'list' : undefined);
  });

  it('keeps attachments already there (the mailto card) before the new card', () => {
    const activity = textMessage('Done', 'en', ['Again']);
    const existing = { contentType: 'application/vnd.microsoft.card.hero', content: { buttons: [{ type: 'openUrl', title: 'Mail', value: 'mailto:x@y.z' }] } };
    activity.attachments = [existing];
    const adapted = cardButtonsFor(activity);
    expect(adapted.attachments?.[0]).toBe(existing);
    expect(heroButtons(adapted).map((card) => card.map((b) => b.type))).toEqual([['openUrl'], ['messageBack']]);
    expect(adapted.attachmentLayout).toBe('list');
  });

  it('a messageBack keeps its own value, marked; an openUrl stays as it is', () => {
    const activity = textMessage('Was this helpful?', 'en');
    const feedback: CardAction = { type: 'messageBack', title: 'Yes', text: 'Yes', displayText: 'Yes', value: { feedback: 'up', token: 't' } };
    const link: CardAction = { type: 'openUrl', title: 'Web', value: 'https://www.mieux-initiative.eu/en/' };
    activity.suggestedActions = { actions: [feedback, link], to: [] };
    const [[button, url]] = heroButtons(cardButtonsFor(activity)) as [[CardAction, CardAction]];
    expect(button).toEqual({ ...feedback, value: { feedback: 'up', token: 't', [BUTTON_MARK]: true } });
    expect(url).toEqual(link);
  });

  it('a message without suggested actions is returned as it is', () => {
    const activity = textMessage('Plain', 'en');
    expect(cardButtonsFor(activity)).toBe(activity);
  });

  it('does not change the activity it was given', () => {
    const activity = textMessage('Pick', 'en', ['A']);
    const before = JSON.stringify(activity);
    cardButtonsFor(activity);
    expect(JSON.stringify(activity)).toBe(before);
  });
});

describe('isButtonPress', () => {
  it.each([
    { name: 'our mark', value: { [BUTTON_MARK]: true }, expected: true },
    { name: 'our mark beside other fields', value: { feedback: 'up', [BUTTON_MARK]: true }, expected: true },
    { name: 'no value', value: undefined, expected: false },
    { name: 'another value', value: { feedback: 'up' }, expected: false },
    { name: 'the mark as a string', value: { [BUTTON_MARK]: 'true' }, expected: false },
    { name: 'a string value', value: 'mieuxButton', expected: false },
  ])('$name → $expected', ({ value, expected }) => {
    expect(isButtonPress({ type: 'message', value })).toBe(expected);
  });
});
