import type { Localized } from './languages';

/**
 * The words by which a question speaks to the bot or of the person asking ("¿trabajáis…?",
 * "our ministry in Ghana…", "notre direction…"), normalised. A question with a foreign name in it
 * that has none of them is about that name, not about MIEUX+ ("Which languages are spoken in
 * Switzerland?"). Not French "t" or "m" alone: "parle-t-on" speaks of no one.
 */
export const PERSON_WORDS: Localized<readonly string[]> = {
  es: [
    ...['yo', 'me', 'mi', 'mis', 'nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
    ...['tu', 'te', 'usted', 'ustedes', 'vosotros', 'vosotras', 'os', 'vuestro', 'vuestra', 'vuestros', 'vuestras', 'vos'],
    ...['teneis', 'trabajais', 'haceis', 'sois', 'estais', 'podeis', 'ofreceis'],
    // Spanish drops the pronoun: "soy María" speaks of the person as "I'm María" does.
    ...['soy', 'somos', 'estoy', 'estamos'],
  ],
  en: ['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours'],
  fr: ['je', 'j', 'me', 'moi', 'mon', 'ma', 'mes', 'nous', 'notre', 'nos', 'vous', 'votre', 'vos', 'tu', 'te', 'toi', 'ton', 'ta', 'tes'],
};
