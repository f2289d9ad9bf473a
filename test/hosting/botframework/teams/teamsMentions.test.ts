import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { mentionsBot, removeBotMentions } from '../../../../src/hosting/botframework/teams/teamsMentions';

const BOT = { id: '28:bot-id', name: 'MIEUX+' };
const botMention = { type: 'mention', mentioned: { id: BOT.id, name: BOT.name }, text: '<at>MIEUX+</at>' };
const personMention = { type: 'mention', mentioned: { id: '29:someone', name: 'Ana' }, text: '<at>Ana</at>' };

function message(text: string | undefined, entities: unknown[]): Partial<Activity> {
  return { type: 'message', text, recipient: BOT, entities: entities as Activity['entities'] };
}

describe('mentionsBot', () => {
  it.each([
    { name: 'a mention of the bot', entities: [botMention], expected: true },
    { name: 'the bot among other mentions', entities: [personMention, botMention], expected: true },
    { name: 'the entity type in another case', entities: [{ ...botMention, type: 'Mention' }], expected: true },
    { name: 'only someone else', entities: [personMention], expected: false },
    { name: 'no entities', entities: [], expected: false },
    { name: 'a clientInfo entity', entities: [{ type: 'clientInfo', locale: 'en-US' }], expected: false },
    { name: 'malformed entities (no type, no mentioned, null)', entities: [{}, { type: 'mention' }, null, 'x', { type: 'mention', mentioned: {} }], expected: false },
  ])('$name → $expected', ({ entities, expected }) => {
    expect(mentionsBot(message('<at>MIEUX+</at> hi', entities))).toBe(expected);
  });

  it('entities that are not a list', () => {
    expect(mentionsBot({ ...message('hi', []), entities: 'nope' as unknown as Activity['entities'] })).toBe(false);
  });
});

describe('removeBotMentions', () => {
  it.each([
    { name: 'a leading mention', text: '<at>MIEUX+</at> Who funds MIEUX+?', entities: [botMention], expected: 'Who funds MIEUX+?' },
    { name: 'a mention in the middle', text: 'Please <at>MIEUX+</at> who funds it?', entities: [botMention], expected: 'Please who funds it?' },
    { name: 'the bot mentioned twice', text: '<at>MIEUX+</at> hi <at>MIEUX+</at>', entities: [botMention, botMention], expected: 'hi' },
    { name: "someone else's mention stays", text: '<at>MIEUX+</at> ask <at>Ana</at>', entities: [botMention, personMention], expected: 'ask <at>Ana</at>' },
    { name: 'the name spelt differently in the entity', text: '<at>MIEUX+</at> hola', entities: [{ ...botMention, text: '<at>MIEUX&#43;</at>' }], expected: 'hola' },
    { name: 'only the mention', text: '<at>MIEUX+</at>', entities: [botMention], expected: '' },
    { name: 'no mention at all', text: 'Who funds MIEUX+?', entities: [], expected: 'Who funds MIEUX+?' },
    { name: 'line breaks in the message are kept', text: '<at>MIEUX+</at> line one\nline two', entities: [botMention], expected: 'line one\nline two' },
  ])('$name', ({ text, entities, expected }) => {
    const activity = message(text, entities);
    removeBotMentions(activity);
    expect(activity.text).toBe(expected);
  });

  it('a message without text is left alone', () => {
    const activity = message(undefined, [botMention]);
    removeBotMentions(activity);
    expect(activity.text).toBeUndefined();
  });
});
