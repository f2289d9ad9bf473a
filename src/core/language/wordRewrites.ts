import { CHAT_SHORTENINGS } from './chatAbbreviations';
import { EVERYDAY_PHRASES } from './everydayPhrases';
import { perLanguage, type Localized } from './languages';
import { MEMBER_STATE_GAIN, MEMBER_STATE_INSTITUTIONS } from './memberStates';
import { MissingApostrophe } from './missingApostrophe';
import { REAL_WORD_TYPOS } from './realWordTypos';
import { SPELLING_DICTIONARIES } from './spellingDictionary';
import { SynonymMap, type TokenRewrite } from './synonyms';

/** Rewrites applied one after another: each reads what the one before wrote out. */
class RewritePasses implements TokenRewrite {
  constructor(private readonly passes: readonly TokenRewrite[]) {}

  apply(tokens: readonly string[]): string[] {
    return this.passes.reduce<string[]>((words, pass) => pass.apply(words), [...tokens]);
  }
}

/** French elides with an apostrophe, which people leave out; Spanish and English have none to leave out here. */
const APOSTROPHES_PUT_BACK: Localized<readonly TokenRewrite[]> = {
  es: [],
  en: [],
  fr: [new MissingApostrophe(SPELLING_DICTIONARIES.fr)],
};

/**
 * What a message's words become before anything else reads them: in French, first, an apostrophe
 * left out put back ("ladresse" → "l adresse"); then chat shortenings written out ("q" → "que");
 * then everyday phrases rewritten without the word that would name a topic ("comment mieux dormir"
 * → "comment dormir"), typos that are words themselves corrected, and a Member State named by its
 * country. The shortenings and the phrases are two passes, so the phrase rules are written once, in
 * full words, and still read "q gana España".
 */
export const WORD_REWRITES: Localized<TokenRewrite> = perLanguage(
  (lang) =>
    new RewritePasses([
      ...APOSTROPHES_PUT_BACK[lang],
      new SynonymMap(CHAT_SHORTENINGS[lang]),
      new SynonymMap([...EVERYDAY_PHRASES[lang], ...REAL_WORD_TYPOS[lang], ...MEMBER_STATE_GAIN[lang], ...MEMBER_STATE_INSTITUTIONS[lang]]),
    ]),
);
