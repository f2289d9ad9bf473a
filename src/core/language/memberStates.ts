import { countryNamesIn } from './countryNames';
import { perLanguage, type Localized } from './languages';
import { normalise } from './normalise';

/** The European Union's Member States (ISO 3166-1 alpha-2), named as countryNames.ts names every country. */
const EU_MEMBER_STATES = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');

/** What a Member State is called in the knowledge base's words, as "what does a Member State gain" is asked. */
const A_MEMBER_STATE: Localized<string> = { es: 'un estado miembro', en: 'a member state', fr: 'un etat membre' };

/**
 * What is asked of a Member State's gain, before its name ("¿qué gana España…?", "what's in it for
 * Poland?", "quel intérêt pour la Belgique ?") or after it ("a España, ¿qué le aporta?"). Named by
 * its country, a Member State is otherwise any country (the country list), so the question lost its
 * answer, the benefits for Member States.
 */
const GAIN_BEFORE: Localized<readonly string[]> = {
  es: [
    'que gana',
    'que ganaria',
    'que saca',
    'que sacaria',
    'que aporta a',
    'que le aporta a',
    'beneficios tiene para',
    'beneficio tiene para',
    'ventajas tiene para',
    'beneficios para',
    'ventajas para',
    'le interesaria a',
  ],
  en: ['in it for', 'benefits for', 'benefit for', 'advantages for'],
  fr: [
    'que gagne',
    'que gagne le',
    'que gagne la',
    'que gagne l',
    'que gagnerait',
    'que gagnerait le',
    'que gagnerait la',
    'que gagnerait l',
    'interet pour',
    'interet pour la',
    'interet pour le',
    'avantages pour',
    'avantages pour la',
    'avantages pour le',
    'benefices pour',
    'benefices pour la',
    'benefices pour le',
  ],
};
const GAIN_AFTER: Localized<readonly string[]> = {
  es: ['que le aporta', 'que gana', 'que saca'],
  // Only of taking part ("it", "this", "y"): "Does Spain benefit from tourism?", "la France gagne la Coupe du monde ?" ask of something else.
  en: [
    'gain from it',
    'gain from this',
    'gain from taking part',
    'gain from joining',
    'get out of it',
    'get out of this',
    'benefit from it',
    'benefit from this',
    'benefit from taking part',
    'benefit from joining',
  ],
  fr: [
    'y gagne',
    'y gagnerait',
    'a a gagner',
    'aurait a gagner',
    'elle y gagne',
    'il y gagne',
    'gagne a participer',
    'gagnerait a participer',
  ],
};

/** Rewrites of a Member State's name as "a Member State" where its gain is asked (wordRewrites.ts). */
export const MEMBER_STATE_GAIN: Localized<readonly (readonly string[])[]> = perLanguage((lang) =>
  countryNamesIn(lang, EU_MEMBER_STATES)
    .map(normalise)
    .flatMap((name) => [
      ...GAIN_BEFORE[lang].map((cue) => [`${cue} ${A_MEMBER_STATE[lang]}`, `${cue} ${name}`]),
      ...GAIN_AFTER[lang].map((cue) => [`${A_MEMBER_STATE[lang]} ${cue}`, `${name} ${cue}`]),
    ]),
);
