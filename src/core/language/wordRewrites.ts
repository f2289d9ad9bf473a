import { CHAT_SHORTENINGS } from './chatAbbreviations';
import { EVERYDAY_PHRASES } from './everydayPhrases';
import { perLanguage, type Localized } from './languages';
import { MEMBER_STATE_GAIN } from './memberStates';
import { REAL_WORD_TYPOS } from './realWordTypos';
import { SynonymMap } from './synonyms';

/**
 * What a message's words become before anything else reads them: chat shortenings written out
 * ("q" → "que") and everyday phrases rewritten without the word that would name a topic
 * ("comment mieux dormir" → "comment dormir"), and typos that are words themselves corrected.
 */
export const WORD_REWRITES: Localized<SynonymMap> = perLanguage(
  (lang) => new SynonymMap([...CHAT_SHORTENINGS[lang], ...EVERYDAY_PHRASES[lang], ...REAL_WORD_TYPOS[lang], ...MEMBER_STATE_GAIN[lang]]),
);
