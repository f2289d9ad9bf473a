import type { LocaleData } from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json';
import en from 'i18n-iso-countries/langs/en.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import { perLanguage, type Lang, type Localized } from './languages';
import { normalise } from './normalise';
import { STOP_WORDS } from './stopWords';

/**
 * The word every country name becomes for understanding: "¿Trabajan en Marruecos?", "Do you
 * work in Nigeria?" and "Travaillez-vous au Sénégal ?" all ask whether MIEUX+ works in a given
 * country, whichever country it is. Curators write phrasings with any country's name.
 */
export const COUNTRY_NAME = 'countryname';

// The names (official and common) in each language, from the i18n-iso-countries package (MIT).
const LOCALES: Localized<LocaleData> = { es, en, fr };

/**
 * Names people use that the package gives only in an official form ("Moldova, Republic of",
 * "República Árabe Siria") or not at all: "do u work in moldova" names a country.
 */
const COMMON_NAMES: Localized<readonly string[]> = {
  es: ['Corea', 'Corea del Sur', 'Corea del Norte', 'Siria', 'Laos', 'Macedonia', 'Chequia', 'Birmania', 'Timor Oriental', 'Moldova'],
  en: ['Syria', 'Laos', 'Korea', 'Macedonia', 'Brunei', 'Burma', 'East Timor', 'Swaziland'],
  fr: ['Moldova', 'Corée', 'Viêt Nam', 'Congo', 'Macédoine', 'Tchéquie', 'Birmanie', 'Timor oriental', 'Tanzanie', 'Cap Vert'],
};

/** "Moldova, Republic of" → "Moldova"; "Congo (República Democrática del)" → "Congo": the name people type. */
const shortName = (name: string): string => name.split(/,| \(/)[0]?.trim() ?? name;

/**
 * The names, without those that are also a common word of the language: "US" is "us", and a
 * question about "supporting us" names no country.
 */
function names(lang: Lang): string[] {
  const all = countryNamesIn(lang);
  return [...new Set([...all, ...all.map(shortName), ...COMMON_NAMES[lang]])].filter((name) => {
    const folded = normalise(name);
    return folded.length > 2 && !STOP_WORDS[lang].has(folded);
  });
}

/** The names (official and common) of the countries with these ISO 3166-1 alpha-2 codes, or of every country, in a language. */
export function countryNamesIn(lang: Lang, codes?: readonly string[]): string[] {
  const { countries } = LOCALES[lang];
  const chosen = codes ? codes.map((code) => countries[code]) : Object.values(countries);
  return chosen.flatMap((name) => (name === undefined ? [] : Array.isArray(name) ? name : [name]));
}

/** Each language's names, worked out once: every phrase list below repeats them. */
const NAMES: Localized<readonly string[]> = perLanguage(names);

/** Each language's country names, as a synonym group whose first word is COUNTRY_NAME. */
export const COUNTRY_SYNONYMS: Localized<readonly string[]> = perLanguage((lang) => [COUNTRY_NAME, ...NAMES[lang]]);

/**
 * The words that name a part of a region or country ("**West** Africa", "Asia **Central**", « l'Afrique
 * de l'**Ouest** »), normalised. Capitalised, they are no name of another subject: a question about
 * Actions "in West Africa" is about MIEUX+. Neither are they a sign of one in lower case.
 */
export const PLACE_QUALIFIERS: Localized<readonly string[]> = {
  es: ['occidental', 'oriental', 'septentrional', 'meridional', 'central', 'norte', 'sur', 'este', 'oeste', 'subsahariana', 'subsahariano'],
  en: ['west', 'western', 'east', 'eastern', 'north', 'northern', 'south', 'southern', 'central', 'sub', 'saharan'],
  fr: ['occidentale', 'occidental', 'orientale', 'oriental', 'centrale', 'central', 'ouest', 'nord', 'sud', 'subsaharienne'],
};

/** The word before the place someone writes from, in any of the languages ("…from Dublin", "desde Quito", "depuis Abidjan"). */
export const FROM_WORDS: readonly string[] = ['from', 'desde', 'depuis'];

/**
 * "Would the experts come to Tegucigalpa…?", "¿viajan a Quito…?", « viendraient-ils à Niamey ? »: the
 * place experts would go to is where the person is, not a subject of the question. In every language,
 * written as `normalise` writes them (no accents, a space for a hyphen or an apostrophe): Spanish "venir a" is
 * French « venir à » too.
 */
export const TO_PLACE_PHRASES: readonly string[] = [
  ...['come to', 'coming to', 'comes to', 'travel to', 'travelling to', 'traveling to', 'travels to', 'go to', 'going to', 'goes to'],
  ...['be sent to', 'sent to', 'fly to', 'flying to', 'deployed to', 'come over to', 'visit'],
  ...['vendrian a', 'vendria a', 'vienen a', 'viene a', 'venir a', 'vendran a', 'viajar a', 'viajan a', 'viaja a', 'viajarian a'],
  ...['ir a', 'irian a', 'iria a', 'desplazarse a', 'se desplazan a', 'se desplazarian a', 'los mandan a', 'los envian a', 'enviados a'],
  ...['viennent a', 'viendraient a', 'viendraient ils a', 'viendrait a', 'viendront a', 'aller a', 'vont a', 'iraient a'],
  ...['iraient ils a', 'se rendre a', 'se rendent a', 'se rendraient a', 'se rendraient ils a', 'envoyes a', 'envoyees a'],
];

/**
 * Each phrase followed by each preposition: "my ministry in", « notre direction au » (where the
 * person's own institution is), "a distancia desde", "remotely from" (where an expert would work from).
 */
function followedBy(phrases: readonly string[], prepositions: readonly string[]): string[] {
  return phrases.flatMap((phrase) => prepositions.map((preposition) => `${phrase} ${preposition}`));
}

/**
 * What says where someone writes from, or is from, or where their institution is, before a country's
 * name; also where an expert would work from without travelling ("a distancia desde España", "online
 * from Italy"): only after "from", never "in" ("online in Moldova" is where the work would be).
 */
const FROM_PHRASES: Localized<readonly string[]> = {
  es: [
    'hola desde',
    'saludos desde',
    'un saludo desde',
    'buenos dias desde',
    'buenas tardes desde',
    'buenas desde',
    'escribo desde',
    'le escribo desde',
    'les escribo desde',
    'te escribo desde',
    'soy de',
    'somos de',
    'vengo de',
    'venimos de',
    ...followedBy(['mi ministerio', 'nuestro ministerio', 'nuestra institucion'], ['en']),
    ...followedBy(['a distancia', 'en linea', 'online', 'en remoto', 'telematicamente'], ['desde']),
    'desde casa en',
    'desde mi casa en',
    'sin salir de',
  ],
  en: [
    'hello from',
    'hi from',
    'greetings from',
    'good morning from',
    'good afternoon from',
    'good evening from',
    'regards from',
    'writing from',
    'i am from',
    'i m from',
    'im from',
    'we are from',
    'we re from',
    'i come from',
    'we come from',
    'calling from',
    ...followedBy(['my ministry', 'our ministry', 'our institution', 'our agency'], ['in']),
    ...followedBy(['remotely', 'online', 'virtually'], ['from']),
    'from home in',
    'from my home in',
    'without leaving',
  ],
  fr: [
    'bonjour depuis',
    'bonsoir depuis',
    'salut depuis',
    'bonjour de',
    'salutations de',
    'je vous ecris depuis',
    'j ecris depuis',
    'je suis de',
    'nous sommes de',
    'je viens de',
    'nous venons de',
    ...followedBy(['mon ministere', 'notre ministere', 'notre direction'], ['au', 'en']),
    ...followedBy(['a distance', 'en ligne'], ['depuis', 'depuis le', 'depuis la', 'depuis l']),
    ...followedBy(['de chez moi', 'depuis chez moi'], ['en', 'au']),
    'sans quitter',
    'sans quitter le',
    'sans quitter la',
    'sans quitter l',
  ],
};

/**
 * "Hello from Ghana! What is MIEUX+?", "soy de Guatemala, ¿qué es MIEUX+?", « je vous écris depuis
 * Abidjan » : the country is where the person is from, not what they ask about (the country list).
 * Synonym groups that write "<phrase> countryname" as the phrase alone, read after every country's
 * name has become COUNTRY_NAME (a pass of its own: languageIndex.ts). Only after such a phrase: "are
 * there experts from Spain?" asks about Spain.
 */
export const FROM_COUNTRY: Localized<readonly (readonly string[])[]> = perLanguage((lang) =>
  FROM_PHRASES[lang].map((phrase) => [phrase, `${phrase} ${COUNTRY_NAME}`]),
);

/** What names a country as an example of partner countries, the example's article aside, and what it is written as. */
const AS_AN_EXAMPLE: Localized<{ readonly phrases: readonly string[]; readonly canonical: string; readonly articles: readonly string[] }> =
  {
    es: {
      phrases: ['países socios como', 'país socio como', 'un país como', 'países como', 'a un país como', 'un país socio como'],
      canonical: 'países socios',
      articles: ['', 'el ', 'la ', 'los '],
    },
    en: {
      phrases: [
        'partner countries like',
        'partner country like',
        'a partner country such as',
        'partner countries such as',
        'a country like',
        'countries like',
        'countries such as',
      ],
      canonical: 'partner countries',
      articles: ['', 'the '],
    },
    fr: {
      phrases: [
        'pays partenaire comme',
        'pays partenaires comme',
        'un pays comme',
        'des pays comme',
        'un pays partenaire comme',
        'pays tels que',
        'un pays tel que',
      ],
      canonical: 'pays partenaires',
      articles: ['', 'le ', 'la ', 'l ', 'les '],
    },
  };

/**
 * "¿Qué ofrece MIEUX+ a países socios como Honduras?", « à un pays partenaire comme le Bénin » : the
 * country is an example of the partner countries asked about, not the subject (the country list).
 */
export const EXAMPLE_COUNTRY: Localized<readonly (readonly string[])[]> = perLanguage((lang) => {
  const { phrases, canonical, articles } = AS_AN_EXAMPLE[lang];
  const variants = phrases.flatMap((phrase) => articles.map((article) => `${phrase} ${article}${COUNTRY_NAME}`));
  return [[canonical, ...variants]];
});
