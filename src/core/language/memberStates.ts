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
    // What participating is good for: "¿para qué le sirve a Portugal…?"
    'le sirve a',
    'le serviria a',
  ],
  en: ['in it for', 'benefits for', 'benefit for', 'advantages for', 'the point for', 'what good is it for', 'value for'],
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
    // « Ça sert à quoi pour la Belgique de participer ? »
    'a quoi pour',
    'a quoi pour la',
    'a quoi pour le',
    'a quoi pour l',
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

/** The Member States' names in a language, normalised ("espana", "paises bajos"). */
export const MEMBER_STATE_NAMES: Localized<readonly string[]> = perLanguage((lang) =>
  countryNamesIn(lang, EU_MEMBER_STATES).map(normalise),
);

/** Rewrites of a Member State's name as "a Member State" where its gain is asked (wordRewrites.ts). */
export const MEMBER_STATE_GAIN: Localized<readonly (readonly string[])[]> = perLanguage((lang) =>
  MEMBER_STATE_NAMES[lang].flatMap((name) => [
    ...GAIN_BEFORE[lang].map((cue) => [`${cue} ${A_MEMBER_STATE[lang]}`, `${cue} ${name}`]),
    ...GAIN_AFTER[lang].map((cue) => [`${A_MEMBER_STATE[lang]} ${cue}`, `${name} ${cue}`]),
  ]),
);

/**
 * What a Member State's institutions are called after its adjective ("an Irish ministry"), or before
 * it in Spanish and French ("un ministerio irlandés", « une administration française »), by gender.
 */
interface InstitutionWords {
  /** The institutions, each with the adjectives' form it takes. */
  readonly nouns: readonly { readonly noun: string; readonly feminine: boolean }[];
  /** Each Member State's adjective: its masculine and feminine forms (the same in English). */
  readonly adjectives: readonly (readonly [string, string])[];
  readonly adjectiveFirst: boolean;
  /** "ministry" → "member state ministry", "ministerio" → "ministerio de un estado miembro". */
  readonly canonical: (noun: string) => string;
}

const same = (words: string): (readonly [string, string])[] => words.split(' ').map((w) => [w, w] as const);

const INSTITUTION_WORDS: Localized<InstitutionWords> = {
  es: {
    nouns: [
      { noun: 'ministerio', feminine: false },
      { noun: 'organismo', feminine: false },
      { noun: 'gobierno', feminine: false },
      { noun: 'administración', feminine: true },
      { noun: 'policía', feminine: true },
      { noun: 'institución', feminine: true },
      { noun: 'agencia', feminine: true },
    ],
    adjectives: [
      ...same('belga croata chipriota'),
      ...([
        ['austriaco', 'austriaca'],
        ['búlgaro', 'búlgara'],
        ['checo', 'checa'],
        ['danés', 'danesa'],
        ['estonio', 'estonia'],
        ['finlandés', 'finlandesa'],
        ['francés', 'francesa'],
        ['alemán', 'alemana'],
        ['griego', 'griega'],
        ['húngaro', 'húngara'],
        ['irlandés', 'irlandesa'],
        ['italiano', 'italiana'],
        ['letón', 'letona'],
        ['lituano', 'lituana'],
        ['luxemburgués', 'luxemburguesa'],
        ['maltés', 'maltesa'],
        ['neerlandés', 'neerlandesa'],
        ['holandés', 'holandesa'],
        ['polaco', 'polaca'],
        ['portugués', 'portuguesa'],
        ['rumano', 'rumana'],
        ['eslovaco', 'eslovaca'],
        ['esloveno', 'eslovena'],
        ['sueco', 'sueca'],
      ] as const),
    ],
    adjectiveFirst: false,
    canonical: (noun) => `${noun} de un estado miembro`,
  },
  en: {
    nouns: ['ministry', 'administration', 'agency', 'government', 'institution', 'police', 'authority', 'authorities', 'department'].map(
      (noun) => ({ noun, feminine: false }),
    ),
    adjectives: same(
      'austrian belgian bulgarian croatian cypriot czech danish dutch estonian finnish french german greek hungarian irish italian latvian lithuanian luxembourgish maltese polish portuguese romanian slovak slovenian swedish',
    ),
    adjectiveFirst: true,
    canonical: (noun) => `member state ${noun}`,
  },
  fr: {
    nouns: [
      { noun: 'ministère', feminine: false },
      { noun: 'gouvernement', feminine: false },
      { noun: 'organisme', feminine: false },
      { noun: 'administration', feminine: true },
      { noun: 'police', feminine: true },
      { noun: 'institution', feminine: true },
      { noun: 'agence', feminine: true },
    ],
    adjectives: [
      ...same('belge bulgare croate chypriote tchèque slovaque slovène'),
      ...([
        ['autrichien', 'autrichienne'],
        ['danois', 'danoise'],
        ['estonien', 'estonienne'],
        ['finlandais', 'finlandaise'],
        ['français', 'française'],
        ['allemand', 'allemande'],
        ['grec', 'grecque'],
        ['hongrois', 'hongroise'],
        ['irlandais', 'irlandaise'],
        ['italien', 'italienne'],
        ['letton', 'lettone'],
        ['lituanien', 'lituanienne'],
        ['luxembourgeois', 'luxembourgeoise'],
        ['maltais', 'maltaise'],
        ['néerlandais', 'néerlandaise'],
        ['polonais', 'polonaise'],
        ['portugais', 'portugaise'],
        ['roumain', 'roumaine'],
        ['suédois', 'suédoise'],
      ] as const),
    ],
    adjectiveFirst: false,
    canonical: (noun) => `${noun} d un état membre`,
  },
};

/**
 * "Can an Irish ministry request an Action?", "un ministerio polaco", « une administration belge »:
 * a Member State's institution named by its adjective is a Member State's (the adjective alone read
 * as an unknown name, a question about something else). Rewrites for wordRewrites.ts. Not Spain's:
 * the brochure quotes an official of "the Spanish ministry", whom people ask about by that name.
 */
export const MEMBER_STATE_INSTITUTIONS: Localized<readonly (readonly string[])[]> = perLanguage((lang) => {
  const { nouns, adjectives, adjectiveFirst, canonical } = INSTITUTION_WORDS[lang];
  return nouns.map(({ noun, feminine }) => [
    canonical(noun),
    ...adjectives.map(([masculine, female]) => {
      const adjective = feminine ? female : masculine;
      return adjectiveFirst ? `${adjective} ${noun}` : `${noun} ${adjective}`;
    }),
  ]);
});
