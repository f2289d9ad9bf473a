import { describe, expect, it } from 'vitest';
import { foldAccents, normalise } from '../../../src/core/language/normalise';
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
