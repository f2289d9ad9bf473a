import { CHAT_SHORTENINGS } from './chatAbbreviations';
import { EVERYDAY_PHRASES } from './everydayPhrases';
import type { Localized } from './languages';
import { MEMBER_STATE_GAIN } from './memberStates';
import { REAL_WORD_TYPOS } from './realWordTypos';
import { SynonymMap } from './synonyms';

/**
 * What a message's words become before anything else reads them: chat shortenings written out
 * ("q" → "que") and everyday phrases rewritten without the word that would name a topic
 * ("comment mieux dormir" → "comment dormir"), and typos that are words themselves corrected.
 */
export const WORD_REWRITES: Localized<SynonymMap> = {
  es: new SynonymMap([...CHAT_SHORTENINGS.es, ...EVERYDAY_PHRASES.es, ...REAL_WORD_TYPOS.es, ...MEMBER_STATE_GAIN.es]),
  en: new SynonymMap([...CHAT_SHORTENINGS.en, ...EVERYDAY_PHRASES.en, ...REAL_WORD_TYPOS.en, ...MEMBER_STATE_GAIN.en]),
  fr: new SynonymMap([...CHAT_SHORTENINGS.fr, ...EVERYDAY_PHRASES.fr, ...REAL_WORD_TYPOS.fr, ...MEMBER_STATE_GAIN.fr]),
};
