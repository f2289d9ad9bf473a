import { describe, expect, it } from 'vitest';
import type { Lang, Localized } from '../../../src/core/language/languages';
import { MEMBER_STATE_NAMES } from '../../../src/core/language/memberStates';
import { normalise } from '../../../src/core/language/normalise';
import { PERSON_WORDS } from '../../../src/core/language/personWords';
import { SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';
import { tokenise } from '../../../src/core/language/tokenise';
import { buildLanguageIndex } from '../../../src/core/understanding/languageIndex';
import { PhraseList } from '../../../src/core/understanding/phraseList';
import { TopicWords } from '../../../src/core/understanding/topicWords';
import { DEFAULT_TUNING } from '../../../src/core/understanding/tuning';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const kb = shippedKnowledge();
const build = (lang: Lang): TopicWords => {
  const { index, lexicon, written } = buildLanguageIndex(kb, lang, DEFAULT_TUNING, SPELLING_DICTIONARIES[lang]);
  const whatWeDo = new PhraseList(kb.conversation.whatWeDo?.phrases[lang] ?? []);
  const ties = new PhraseList([...(kb.conversation.otherSubjects?.programmeWords[lang] ?? []), ...PERSON_WORDS[lang]]);
  const countryFacts = new PhraseList(kb.conversation.otherSubjects?.countryFacts?.[lang] ?? []);
  return new TopicWords(index, lexicon, whatWeDo, ties, countryFacts, new PhraseList(MEMBER_STATE_NAMES[lang]), written);
};
const words: Localized<TopicWords> = { es: build('es'), en: build('en'), fr: build('fr') };
const tokens = (text: string): string[] => tokenise(normalise(text));

describe('TopicWords.leadTopic: what a few words before a question name', () => {
  it.each<[string, Lang, 'known' | 'other' | undefined]>([
    ["l'approche Équipe Europe", 'fr', 'known'],
    ['la fuite des cerveaux', 'fr', 'known'],
    ['la météo', 'fr', 'other'],
    ['el enfoque Equipo Europa', 'es', 'known'],
    ['el fútbol', 'es', 'other'],
    ['the remittances', 'en', 'known'],
    ['the weather', 'en', 'other'],
    // A greeting names nothing; neither does a statement about oneself, which ties it to the person asking.
    ['hola', 'es', undefined],
    ['je travaille au ministère', 'fr', undefined],
    // Too long to be a topic's name: a story.
    ['I read an article about brain drain and remittances last week', 'en', undefined],
  ])('%j (%s) → %s', (text, lang, lead) => {
    expect(words[lang].leadTopic(tokens(text))).toBe(lead);
  });
});

describe('TopicWords.namesProgrammeLast: MIEUX+ after every topic the statement mentions', () => {
  it.each<[string, Lang, boolean]>([
    ['Nunca había oído hablar de MIEUX+', 'es', true],
    ['Trabajo en asilo y me hablaron de MIEUX+', 'es', true],
    ['MIEUX+ trabaja en asilo', 'es', false],
    ['I work on asylum', 'en', false],
    ['Je viens de découvrir MIEUX+', 'fr', true],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(words[lang].namesProgrammeLast(tokens(text))).toBe(expected);
  });
});

describe('TopicWords.hasTopic: a word the knowledge base knows, besides MIEUX+', () => {
  it.each<[string, Lang, boolean]>([
    ['¿qué es?', 'es', false],
    ['¿qué es MIEUX+?', 'es', false],
    ['¿quién lo financia?', 'es', true],
    ['what is it?', 'en', false],
    ['which regions?', 'en', true],
    ["c'est quoi ?", 'fr', false],
    ['et le financement ?', 'fr', true],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(words[lang].hasTopic(tokens(text))).toBe(expected);
  });
});

describe('TopicWords.asksOnlyWhatWeDo: a whatWeDo phrase and no other known word', () => {
  it.each<[string, Lang, boolean]>([
    ['¿ustedes qué hacen?', 'es', true],
    ['¿ustedes qué hacen en asilo?', 'es', false],
    ['so what do you guys do', 'en', true],
    ["c'est quoi ce truc", 'fr', true],
    ['qui finance', 'fr', false],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(words[lang].asksOnlyWhatWeDo(tokens(text))).toBe(expected);
  });
});

// The words come back as the pipeline reads them (after synonyms): a question read with them finds the same terms.
describe('TopicWords.knownWords: the words of a statement the knowledge base knows', () => {
  it.each<[string, Lang, string[]]>([
    ['¿cuántos expertos hay?', 'es', ['cuantos', 'experto']],
    ['¿cuántos expertos hay en el fútbol?', 'es', ['cuantos', 'experto']],
    ['how many experts do you have', 'en', ['many', 'expert']],
    ['the weather in Lisbon', 'en', []],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(words[lang].knownWords(tokens(text))).toEqual(expected);
  });
});
