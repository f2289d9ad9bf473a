import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';
import type { Lang } from '../language/languages';
import { Lexicon } from '../language/lexicon';
import { stemmerFor } from '../language/stemmers';
import { SOUND_KEYS } from '../language/soundKeys';
import { FILLER_WORDS, STOP_WORDS } from '../language/stopWords';
import type { WordList } from '../language/spellingDictionary';
import { SynonymMap, SynonymPasses } from '../language/synonyms';
import { COUNTRY_SYNONYMS, EXAMPLE_COUNTRY, FROM_COUNTRY, PLACE_QUALIFIERS } from '../language/countryNames';
import { OTHER_NAME } from '../language/otherNames';
import type { KnowledgeBase } from '../knowledge/types';
import { WrittenText } from './namePhrases';
import { RetrievalIndex } from './retrievalIndex';
import type { Tuning } from './tuning';

/** The words typo tolerance may correct to, in one language: all the knowledge base uses. */
function lexiconTexts(kb: KnowledgeBase, lang: Lang): string[] {
  const texts: string[] = [];
  for (const entry of kb.entries.values()) texts.push(entry.text[lang].title, ...entry.text[lang].questions, entry.text[lang].answer);
  for (const group of kb.synonyms[lang]) texts.push(...group);
  // The words people use to ask for the team, so that their typos are corrected too ("get in tuch", "conect me").
  const handoff = kb.conversation.handoff[lang];
  texts.push(...handoff.wish, ...handoff.action, ...handoff.direct);
  // Country names, so that a misspelt one is still a country ("¿Trabajan en Guatemla?").
  texts.push(...COUNTRY_SYNONYMS[lang]);
  return texts;
}

/**
 * The words of the phrases that describe someone outside public administration ("profesor
 * universitario", "retraité"): they say who asks, for QuestionInContext to weigh, not that the
 * question is about something else.
 */
function outsiderWords(kb: KnowledgeBase, lang: Lang): string[] {
  return (kb.conversation.outsiders?.phrases[lang] ?? []).flatMap((phrase) => tokenise(normalise(phrase)));
}

/**
 * One language's retrieval index over the knowledge base, and the lexicon that corrects typos
 * against it. `spelling`: the language's own dictionary, which keeps typo tolerance from
 * rewriting real words (another language's would shield its typos: "esperto" is in an English word list).
 */
export function buildLanguageIndex(
  kb: KnowledgeBase,
  lang: Lang,
  tuning: Tuning,
  spelling: WordList,
): { index: RetrievalIndex; lexicon: Lexicon; written: WrittenText } {
  const stopWords = STOP_WORDS[lang];
  const texts = lexiconTexts(kb, lang);
  const lexicon = new Lexicon(stemmerFor(lang, spelling), texts, stopWords, (word) => spelling.has(word), SOUND_KEYS[lang]);
  const otherNames = kb.conversation.otherSubjects?.names?.[lang] ?? [];
  // Every country's name is COUNTRY_NAME first, so the phrases around one are written once
  // ("hello from countryname"), not once per name.
  const synonyms = new SynonymPasses([
    new SynonymMap([COUNTRY_SYNONYMS[lang]]),
    new SynonymMap([...kb.synonyms[lang], ...FROM_COUNTRY[lang], ...EXAMPLE_COUNTRY[lang], [OTHER_NAME, ...otherNames]]),
  ]);
  const parts = {
    // A stop word or a word a synonym group names is no typo ("chanmé" is slang, not "change"; "siri" is
    // another subject, not "Siria").
    correct: (t: string) => (lexicon.has(t) || stopWords.has(t) || synonyms.rewrites(t) ? t : (lexicon.correct(t) ?? t)),
    synonyms,
    stopWords,
    // Typos were corrected before the synonyms read the words (correct), so a corrected synonym is
    // already its canonical form here ("emial" → "email" → "contact").
    stem: (t: string) => lexicon.stem(t),
  };
  const options = {
    unknownWordWeight: tuning.unknownWordWeight,
    unknownRealWordWeight: tuning.unknownRealWordWeight,
    isWord: (w: string) => spelling.has(w),
    // The personal-case answer is given when its cues say so, never because a word such as "apply" is shared.
    exactOnly: new Set([kb.conversation.personalCaseEntry]),
    classifierWeight: tuning.classifierWeight,
    fillers: new Set([...FILLER_WORDS[lang], ...PLACE_QUALIFIERS[lang], ...outsiderWords(kb, lang)]),
  };
  return { index: new RetrievalIndex(kb, lang, parts, options), lexicon, written: new WrittenText(texts, (w) => lexicon.stem(w)) };
}
