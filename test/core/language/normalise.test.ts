import { describe, expect, it } from 'vitest';
import { foldAccents, normalise, normaliseAnyText } from '../../../src/core/language/normalise';
import { tokenise } from '../../../src/core/language/tokenise';

describe('normalise', () => {
  it.each([
    ['¿Qué es MIEUX+?', 'que es mieux'],
    ['FINANCIACIÓN', 'financiacion'],
    ['Qu’est-ce que la coopération ?', 'qu est ce que la cooperation'],
    ['<at>MIEUX+ Bot</at> who funds it?', 'who funds it'],
    ['<at>Bot</at>&nbsp;hola', 'nbsp hola'],
    ['<b>hola</b> <script>alert(1)</script>', 'hola alert 1'],
    ['Meta 10.7 de los ODS', 'meta 10 7 de los ods'],
    ['  muchas   gracias!!! ', 'muchas gracias'],
    ['œuvre, cœur', 'oeuvre coeur'],
    ['niño, pingüino', 'nino pinguino'],
    ['e-mail: mieux-initiative@icmpd.org', 'e mail mieux initiative icmpd org'],
    ['🙂👍', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('folds accents but keeps letters', () => {
    expect(foldAccents('àéîõüç ÀÉÎÕÜÇ')).toBe('aeiouc AEIOUC');
  });
});

describe('tokenise', () => {
  it.each([
    ['', []],
    ['hola', ['hola']],
    ['que es mieux', ['que', 'es', 'mieux']],
  ])('%j → %j', (input, expected) => {
    expect(tokenise(input)).toEqual(expected);
  });
});

describe('normalise: the one-pass path for Latin text gives what the general path gives', () => {
  const latin = Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code));

  it.each(latin.map((char) => [char.charCodeAt(0).toString(16).padStart(4, '0'), char]))('U+%s alone', (_code, char) => {
    expect(normalise(char)).toBe(normaliseAnyText(char));
  });

  it.each([
    '¿Cuáles son las ÁREAS temáticas?',
    "Qu'est-ce que l'ŒUVRE d'ÆSCHYLE ?",
    'Straße, Øresund, İstanbul, ǅemal',
    '  --hola--  ¡¡qué tal!!  ',
    '½ ² ³ ¼',
    'tab\there\nnewline',
    '<at>MIEUX+</at> ¿quién financia?',
    'Café ☕ con leche',
    'Ελληνικά και русский',
    'cafe\u0301 (e with a combining accent)',
  ])('%j', (text) => {
    expect(normalise(text)).toBe(normaliseAnyText(text));
  });

  it('random mixes of the table’s characters', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 5_000; n += 1) {
      const text = Array.from({ length: Math.floor(next() * 16) }, () => latin[Math.floor(next() * latin.length)]).join('');
      expect(normalise(text), JSON.stringify(text)).toBe(normaliseAnyText(text));
    }
  });
});
