/**
 * The buttons after a reply, for every entry of the shipped knowledge base in es, en and fr: at
 * most three follow-ups, one way to reach the team (never the contact entry's "Contacto" beside
 * the hand-off's "Contactar con el equipo"), and it last. A behaviour of issue 14.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FOLLOW_UPS, ReplyBuilder } from '../../src/app/replies';
import { STRINGS } from '../../src/core/i18n/strings';
import { LANGUAGES, type Lang } from '../../src/core/language/languages';
import { shippedKnowledge } from '../support/shippedKnowledge';

const kb = shippedKnowledge();
const replies = new ReplyBuilder(kb, 'team@example.org');
const contact = kb.conversation.contactEntry;
const cases = [...kb.entries.keys()].flatMap((id) => LANGUAGES.map((lang) => ({ id, lang })));

function titlesOf(reply: ReturnType<ReplyBuilder['answer']>): string[] {
  return reply.plan.buttons.map((b) => b.title);
}

describe('the buttons after an answer', () => {
  it.each(cases)('$id ($lang): at most three follow-ups, then at most one contact action, last', ({ id, lang }) => {
    const reply = replies.answer(id, lang);
    const titles = titlesOf(reply);
    const handoff = STRINGS['handoff.button'][lang];
    const contactTitle = kb.entries.get(contact)!.text[lang].title;
    expect(reply.offered.length).toBeLessThanOrEqual(MAX_FOLLOW_UPS);
    expect(reply.offered).not.toContain(contact);
    expect(titles).not.toContain(contactTitle);
    expect(titles.filter((t) => t === handoff).length).toBeLessThanOrEqual(1);
    if (titles.includes(handoff)) expect(titles.at(-1)).toBe(handoff);
    // Where the entry's follow-ups named the contact entry, the hand-off takes its place.
    if (kb.entries.get(id)!.followUps.includes(contact)) expect(titles).toContain(handoff);
  });

  it('the same buttons, translated, in every language', () => {
    for (const id of kb.entries.keys()) {
      const shapes = LANGUAGES.map((lang: Lang) => replies.answer(id, lang).offered.join(','));
      expect(new Set(shapes).size, id).toBe(1);
    }
  });

  it('two questions in one message keep the limits too', () => {
    const reply = replies.answer('application-process', 'es', 'testimonial');
    expect(reply.offered.length).toBeLessThanOrEqual(MAX_FOLLOW_UPS);
    expect(titlesOf(reply).filter((t) => t === STRINGS['handoff.button'].es)).toHaveLength(1);
  });
});

describe('the welcome and "I don\'t know"', () => {
  it.each(LANGUAGES)('offer the main topics and one contact action, the hand-off (%s)', (lang) => {
    for (const reply of [replies.welcome(lang), replies.forRecognition({ kind: 'notFound', lang, langFromText: true, candidates: [] })]) {
      const titles = titlesOf(reply);
      expect(titles).not.toContain(kb.entries.get(contact)!.text[lang].title);
      expect(titles.at(-1)).toBe(STRINGS['handoff.button'][lang]);
      expect(reply.offered).toEqual(kb.conversation.mainTopics.filter((id) => id !== contact));
    }
  });
});
