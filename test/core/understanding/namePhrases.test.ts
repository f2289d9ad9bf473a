import { describe, expect, it } from 'vitest';
import { capitalisedPhrases, WrittenText } from '../../../src/core/understanding/namePhrases';

describe('capitalisedPhrases: names of several capitalised words', () => {
  it.each<[string, string[]]>([
    ['¿Qué es el Plan África del Gobierno de España?', ['plan africa del gobierno de espana']],
    ['What is the Global Compact for Migration?', ['global compact for migration']],
    ["Qu'est-ce que le Plan Afrique de la France ?", ['plan afrique de la france']],
    ['Hola, soy de la Dirección General de Migraciones. ¿Y el Equipo Europa?', ['direccion general de migraciones', 'equipo europa']],
    // One capitalised word is no name of several; a sentence's first word is capitalised anyway.
    ['¿Qué es MIEUX+?', []],
    ['Team Europe, what is it?', []],
  ])('%j → %j', (text, names) => {
    expect(capitalisedPhrases(text).map((n) => n.join(' '))).toEqual(names);
  });
});

describe('WrittenText: whether the knowledge base writes a phrase, in any form of its words', () => {
  const stem = (w: string): string => w.replace(/s$/, '');
  const written = new WrittenText(['EU Member States share their expertise', 'el enfoque Equipo Europa'], stem);

  it.each<[string[], boolean]>([
    [['eu', 'member', 'state'], true],
    [['equipo', 'europa'], true],
    [['plan', 'africa'], false],
    // Words of two texts side by side are no phrase of either.
    [['expertise', 'el'], false],
    [[], false],
  ])('%j → %s', (phrase, writes) => {
    expect(written.writes(phrase)).toBe(writes);
  });
});
