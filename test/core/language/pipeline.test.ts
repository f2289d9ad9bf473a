import { describe, expect, it } from 'vitest';
import { analyse, type LanguageParts } from '../../../src/core/language/pipeline';
import { SPELLING_DICTIONARIES } from '../../../src/core/language/spellingDictionary';
import { stemmerFor } from '../../../src/core/language/stemmers';
import { STOP_WORDS } from '../../../src/core/language/stopWords';
import { SynonymMap, SynonymPasses } from '../../../src/core/language/synonyms';
import { Lexicon } from '../../../src/core/language/lexicon';
import type { Lang } from '../../../src/core/language/languages';

const SYNONYMS = {
  es: new SynonymMap([
    ['experto', 'experta', 'especialista'],
    ['ue', 'unión europea'],
  ]),
  en: new SynonymMap([
    ['expert', 'specialist'],
    ['eu', 'european union'],
  ]),
  fr: new SynonymMap([
    ['expert', 'experte', 'spécialiste'],
    ['ue', 'union européenne'],
  ]),
};

const LEXICON_TEXT = {
  es: ['La financiación de la Unión Europea', 'expertos en migración irregular y trata de personas'],
  en: ['Funding by the European Union', 'experts on irregular migration'],
  fr: ['Le financement de l’Union européenne', 'les experts en migration irrégulière'],
};

function parts(lang: Lang): LanguageParts {
  const lexicon = new Lexicon(stemmerFor(lang, SPELLING_DICTIONARIES[lang]), LEXICON_TEXT[lang], STOP_WORDS[lang]);
  return {
    correct: (t) => (lexicon.has(t) ? t : (lexicon.correct(t) ?? t)),
    synonyms: SYNONYMS[lang],
    stopWords: STOP_WORDS[lang],
    stem: (t) => lexicon.stem(t),
  };
}

describe('analyse: normalise → tokenise → correct typos → synonyms → stop words → stem', () => {
  it.each<[Lang, string, string[]]>([
    ['es', '¿Quién financia la financiación?', ['financi', 'financi']],
    ['es', 'financiacion sin tilde', ['financi', 'tild']],
    ['es', 'finaciación con una errata', ['financi', 'errat']],
    ['es', '¿Puedo ser experta?', ['expert']],
    ['es', 'Soy especialista en trata', ['expert', 'trat']],
    ['es', 'la Unión Europea', ['ue']],
    ['es', 'migración irregular', ['migracion', 'irregul']],
    ['en', 'Who funds MIEUX+?', ['fund', 'mieux']],
    ['en', 'Can a specialist join?', ['expert', 'join']],
    ['en', 'the European Union', ['eu']],
    ['en', 'fundng', ['fund']],
    ['fr', 'Qui finance MIEUX+ ?', ['financ', 'mieux']],
    ['fr', "L'Union européenne", ['ue']],
    ['fr', 'Je suis experte', ['expert']],
    ['fr', 'migration irreguliere', ['migrat', 'irreguli']],
    // A typo inside a phrase of synonyms.yaml is corrected before the phrase is read.
    ['es', 'la Unión Europeaa', ['ue']],
    ['en', 'the Europaen Union', ['eu']],
    ['fr', "l'Union européene", ['ue']],
  ])('%s: %j → %j', (lang, text, terms) => {
    expect(analyse(text, parts(lang)).terms).toEqual(terms);
  });

  it('keeps stop words in the tokens, for phrase matching', () => {
    expect(analyse('¿Qué es la UE?', parts('es')).tokens).toEqual(['que', 'es', 'la', 'ue']);
  });
});

describe('SynonymMap', () => {
  it('finds the longest of many phrases that share their first words', () => {
    const map = new SynonymMap([
      ['from', 'hello from ghana', 'hello from the gambia'],
      ['greeting', 'hello'],
    ]);
    expect(map.apply(['hello', 'from', 'the', 'gambia', 'what', 'is', 'it'])).toEqual(['from', 'what', 'is', 'it']);
    expect(map.apply(['hello', 'from', 'the', 'office'])).toEqual(['greeting', 'from', 'the', 'office']);
    expect(map.rewrites('hello')).toBe(true);
    expect(map.rewrites('from')).toBe(false);
  });

  it('prefers the longest phrase and leaves other words alone', () => {
    const map = new SynonymMap([['ue', 'unión europea', 'unión']]);
    expect(map.apply(['la', 'union', 'europea', 'y', 'la', 'union'])).toEqual(['la', 'ue', 'y', 'la', 'ue']);
  });

  it('turns a phrase into a multi-word canonical form', () => {
    const map = new SynonymMap([['dg intpa', 'intpa']]);
    expect(map.apply(['intpa', 'coordina'])).toEqual(['dg', 'intpa', 'coordina']);
  });

  it('leaves a phrase already in its canonical form as it is', () => {
    const map = new SynonymMap([['dg intpa', 'intpa']]);
    expect(map.apply(['la', 'dg', 'intpa', 'coordina'])).toEqual(['la', 'dg', 'intpa', 'coordina']);
  });
});

describe('SynonymPasses', () => {
  const passes = new SynonymPasses([
    new SynonymMap([['countryname', 'ghana', 'the gambia']]),
    new SynonymMap([
      ['from', 'hello from countryname'],
      ['greeting', 'hello'],
    ]),
  ]);

  it('reads what the pass before wrote: a phrase around a country is written once', () => {
    expect(passes.apply(['hello', 'from', 'the', 'gambia', 'what', 'is', 'it'])).toEqual(['from', 'what', 'is', 'it']);
    expect(passes.apply(['hello', 'from', 'the', 'office'])).toEqual(['greeting', 'from', 'the', 'office']);
  });

  it('rewrites a word alone if any pass does', () => {
    expect(passes.rewrites('ghana')).toBe(true);
    expect(passes.rewrites('hello')).toBe(true);
    expect(passes.rewrites('from')).toBe(false);
  });
});

describe('Lexicon', () => {
  const lexicon = new Lexicon(stemmerFor('es', SPELLING_DICTIONARIES.es), ['La financiación del programa'], STOP_WORDS.es);

  it.each([
    ['financiacion', 'financiacion', 'financi'],
    ['finaciacion', 'financiacion', 'financi'],
    ['financiaciom', 'financiacion', 'financi'],
  ])('corrects %j to %j', (typo, word, stem) => {
    expect(lexicon.correct(typo)).toBe(word);
    expect(lexicon.stem(typo)).toBe(stem);
  });

  it.each(['capital', 'joke', 'del', 'fin', '2009'])('leaves %j uncorrected', (word) => {
    expect(lexicon.correct(word)).toBeNull();
  });
});

describe('Spanish stop words with a pronoun attached', () => {
  it.each(['explicarme', 'decirnos', 'contarle', 'saberlo', 'informarme'])('%j is a stop word', (word) => {
    expect(STOP_WORDS.es.has(word)).toBe(true);
  });

  // Only infinitives take them: "experto" + "me" is no word to drop.
  it.each(['expertome', 'comome'])('%j is not', (word) => {
    expect(STOP_WORDS.es.has(word)).toBe(false);
  });
});
