import { STRINGS, type StringKey } from '../../../src/core/i18n/strings';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import type { Recognizer } from '../../../src/core/understanding/recognizer';
import { buttonTitles, CONTACT, createTestBot } from '../../support/testBot';
import { answerText } from '../../../src/core/knowledge/answerText';
import { mainTopicButtons } from '../../support/shippedKnowledge';

const titles = (ids: readonly string[], lang: Lang) => {
  const kb = createTestBot().kb;
  return ids.map((id) => kb.entries.get(id)!.text[lang].title);
};

describe('welcome', () => {
  it.each<[string | undefined, Lang]>([
    ['es-ES', 'es'],
    ['en-GB', 'en'],
    ['fr-FR', 'fr'],
    [undefined, 'es'],
    ['de-DE', 'es'],
  ])('locale %s → welcome in %s with the main topics', async (locale, lang) => {
    const bot = createTestBot();
    const replies = await bot.send({ type: 'conversationUpdate', membersAdded: [{ id: 'user1', name: 'User' }], locale });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(STRINGS['bot.welcome'][lang]);
    expect(buttonTitles(replies[0])).toEqual(mainTopicButtons(bot.kb, lang));
  });

  it('does not greet the bot itself', async () => {
    const bot = createTestBot();
    const botId = bot.adapter.conversation.bot.id;
    expect(await bot.send({ type: 'conversationUpdate', membersAdded: [{ id: botId, name: 'bot' }] })).toEqual([]);
  });
});

describe('other activities', () => {
  it.each(['typing', 'event', 'messageReaction', 'endOfConversation'])(
    'a %s activity gets no reply and leaves the conversation as it was',
    async (type) => {
      const bot = createTestBot();
      await bot.say('Which regions does MIEUX+ work in?');
      expect(await bot.send({ type, name: 'x' })).toEqual([]);
      // The language and the offered buttons are still those of the last answer.
      const [reply] = await bot.say('ok?');
      expect(reply!.locale).toBe('en');
    },
  );
});

describe('answers', () => {
  it.each<[string, string, Lang]>([
    ['¿Quién financia MIEUX+?', 'funding', 'es'],
    ['Which regions does MIEUX+ work in?', 'regions', 'en'],
    ['Quels sont les avantages pour les États membres ?', 'benefits', 'fr'],
  ])('%j → the %s answer in %s, as Markdown, with its follow-ups as buttons', async (text, id, lang) => {
    const bot = createTestBot();
    const [reply] = await bot.say(text);
    const entry = bot.kb.entries.get(id)!;
    expect(reply!.text).toBe(answerText(entry, lang));
    expect(reply!.textFormat).toBe('markdown');
    expect(buttonTitles(reply)).toEqual(titles(entry.followUps, lang));
  });

  it('switches language mid-conversation', async () => {
    const bot = createTestBot();
    const [es] = await bot.say('¿Quién financia MIEUX+?');
    const [en] = await bot.say('Which regions does it cover?');
    const [fr] = await bot.say('Qui finance MIEUX+ ?');
    expect(es!.text).toBe(answerText(bot.kb.entries.get('funding')!, 'es'));
    expect(en!.text).toBe(answerText(bot.kb.entries.get('regions')!, 'en'));
    expect(fr!.text).toBe(answerText(bot.kb.entries.get('funding')!, 'fr'));
  });

  it('keeps the conversation language for a message too short to tell', async () => {
    const bot = createTestBot();
    await bot.say('Which regions does MIEUX+ work in?', { locale: 'es-ES' });
    const [reply] = await bot.say('MIEUX+', { locale: 'es-ES' });
    expect(reply!.locale).toBe('en');
  });

  it('answers a button it offered', async () => {
    const bot = createTestBot();
    const [answer] = await bot.say('¿Qué es MIEUX+?');
    const followUp = bot.kb.entries.get('about')!.followUps[0]!;
    const [next] = await bot.say(buttonTitles(answer)[0]!);
    expect(next!.text).toBe(answerText(bot.kb.entries.get(followUp)!, 'es'));
  });
});

describe('when the bot does not know', () => {
  it.each<[string, Lang]>([
    ['¿Cuál es la capital de Francia?', 'es'],
    ['What is the capital of France?', 'en'],
    ['Quelle est la capitale de la France ?', 'fr'],
  ])('%j → an honest answer in %s, the main topics and the team address', async (text, lang) => {
    const bot = createTestBot();
    const [reply] = await bot.say(text);
    expect(reply!.text).toBe(STRINGS['bot.notFound'][lang].replace('{email}', CONTACT));
    expect(reply!.text).toContain(CONTACT);
    expect(buttonTitles(reply)).toEqual(mainTopicButtons(bot.kb, lang));
  });

  it('never echoes what the person typed', async () => {
    const bot = createTestBot();
    const typed = '<script>alert("x")</script><img src=x onerror=alert(1)> zzqx';
    const replies = await bot.say(typed);
    // With no reply the loop below would assert nothing.
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) {
      expect(reply.text).not.toContain('<script');
      expect(reply.text).not.toContain('onerror');
    }
  });
});

describe('small talk and personal cases', () => {
  it.each<[string, StringKey, Lang]>([
    ['hola', 'bot.greeting', 'es'],
    ['thank you!', 'bot.thanks', 'en'],
    ['au revoir', 'bot.goodbye', 'fr'],
    ['what can you do?', 'bot.help', 'en'],
  ])('%j → %s in %s', async (text, key, lang) => {
    const [reply] = await createTestBot().say(text);
    expect(reply!.text).toBe(STRINGS[key][lang].replace('{email}', CONTACT));
  });

  it('answers a personal visa question with the dedicated answer', async () => {
    const bot = createTestBot();
    const [reply] = await bot.say('necesito un visado para trabajar en España');
    expect(reply!.text).toBe(answerText(bot.kb.entries.get(bot.kb.conversation.personalCaseEntry)!, 'es'));
  });
});

describe('errors', () => {
  it('apologises in the conversation language and logs no message text', async () => {
    const failing: Recognizer = { name: 'failing', recognize: () => Promise.reject(new TypeError('boom: secret text')) };
    const bot = createTestBot({ recognizer: failing });
    const [reply] = await bot.say('my e-mail is someone@example.org', { locale: 'fr-FR' });
    expect(reply!.text).toBe(STRINGS['bot.error'].fr);
    expect(bot.logger.lines.join('\n')).not.toMatch(/someone@example\.org|secret text/);
    expect(bot.logger.lines.some((l) => /"kind":"[^"]*TypeError"/.test(l))).toBe(true);
  });

  it('recovers on the next message', async () => {
    let fail = true;
    const bot = createTestBot();
    const local = new LocalRecognizer(bot.kb);
    const flaky: Recognizer = { name: 'flaky', recognize: (r) => (fail ? Promise.reject(new Error('once')) : local.recognize(r)) };
    const flakyBot = createTestBot({ recognizer: flaky });
    await flakyBot.say('hola?');
    fail = false;
    const [reply] = await flakyBot.say('¿Quién financia MIEUX+?');
    expect(reply!.text).toBe(answerText(bot.kb.entries.get('funding')!, 'es'));
  });
});

describe('every answer says where it comes from, and the team is offered where the brochure stops', () => {
  const SOURCE: Readonly<Record<Lang, string>> = {
    es: '_Fuente: folleto de MIEUX+_',
    en: '_Source: MIEUX+ brochure_',
    fr: '_Source : brochure de MIEUX+_',
  };

  it.each<[string, Lang]>([
    ['¿Quién financia MIEUX+?', 'es'],
    ['Which regions does MIEUX+ work in?', 'en'],
    ['Quels sont les objectifs de MIEUX+ ?', 'fr'],
  ])('an answer from the brochure ends with its source: %j', async (text, lang) => {
    const [reply] = await createTestBot().say(text);
    expect(reply!.text!.endsWith(`\n\n${SOURCE[lang]}`)).toBe(true);
  });

  it.each<[string, Lang, string]>([
    ['¿Les pagan a los expertos?', 'es', 'expert-pay'],
    ['Is MIEUX+ still running?', 'en', 'current-status'],
    ['Quel est le budget de MIEUX+ ?', 'fr', 'budget'],
  ])('what the brochure does not say is answered as such, with the team offered: %j', async (text, lang, id) => {
    const bot = createTestBot();
    const [reply] = await bot.say(text);
    expect(reply!.text).toBe(bot.kb.entries.get(id)!.text[lang].answer);
    expect(reply!.text).not.toContain(SOURCE[lang]);
    expect(buttonTitles(reply)).toContain(STRINGS['handoff.button'][lang]);
  });

  it("the personal-case answer is the bot's own guidance: no brochure source, no team to write to", async () => {
    const [reply] = await createTestBot().say('I need a visa for Germany');
    expect(reply!.text).not.toContain(SOURCE.en);
    expect(buttonTitles(reply)).not.toContain(STRINGS['handoff.button'].en);
  });

  it('a "did you mean" also offers writing to the team', async () => {
    const clarifying: Recognizer = {
      name: 'fixed',
      recognize: async () => ({ kind: 'clarify', lang: 'fr', langFromText: true, options: ['funding', 'budget'], candidates: [] }),
    };
    const bot = createTestBot({ recognizer: clarifying });
    const [reply] = await bot.say('qui paie ?');
    expect(reply!.text).toBe(STRINGS['bot.clarify'].fr);
    expect(buttonTitles(reply)).toEqual([...titles(['funding', 'budget'], 'fr'), STRINGS['handoff.button'].fr]);
  });

  it('a message that asks two things gets both answers, the second under its title', async () => {
    const bot = createTestBot();
    const [reply] = await bot.say('¿Qué es MIEUX+ y quién la financia?');
    const about = bot.kb.entries.get('about')!.text.es;
    const funding = bot.kb.entries.get('funding')!.text.es;
    expect(reply!.text).toBe(`${about.answer}\n\n**${funding.title}**\n\n${funding.answer}\n\n${SOURCE.es}`);
  });
});
