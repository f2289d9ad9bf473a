import type { Localized } from './languages';

/**
 * Typos that are words themselves, so typo tolerance (which never rewrites a word the spelling
 * dictionary knows) leaves them: phone keyboards and autocorrect put "boarder" for "border", "witch"
 * for "which", "ay" for "hay". Each is written out where it cannot be the word it is: in the
 * phrase it was typed in, or alone where the real word never comes up in a question to this bot.
 */
export const REAL_WORD_TYPOS: Localized<readonly (readonly string[])[]> = {
  es: [
    // Seen in three independent sets; "coreo" is also a rare word of its own.
    ['correo', 'coreo'],
    // "Corre" (runs) never comes before "electrónico".
    ['correo electronico', 'corre electronico'],
    ['hay que', 'ay que'],
    ['en que area', 'en que aerea'],
  ],
  en: [
    ['border', 'boarder'],
    ['borders', 'boarders'],
    ['which', 'witch'],
    ['become an expert', 'become an expect'],
    ['be an expert', 'be an expect'],
    ['from my', 'form my'],
    ['do you work', 'do you word'],
    ['one of them', 'won of them'],
    // Acton is a place in London; here it is always a MIEUX+ Action.
    ['action', 'acton'],
    ['actions', 'actons'],
  ],
  fr: [
    // A "lange" is a nappy; here it is always a language.
    ['langue', 'lange'],
    ['langues', 'langes'],
    ['gestion des donnees', 'gestion des donnes'],
    ['gestion de donnees', 'gestion de donnes'],
    // "Couver" (to brood) is never what "c'est … par vos actions" says: covered.
    ['c est couvert', 'c est couver'],
    // "Fiancer" (to betroth) never has MIEUX+ as its object: who funds it.
    ['qui finance', 'qui fiance'],
    // "Bu" (drunk) is never what "le bu de MIEUX+" asks: its aim.
    ['le but', 'le bu'],
    ['est couvert', 'est couver'],
  ],
};
