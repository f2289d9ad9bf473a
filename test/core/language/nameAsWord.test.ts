import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { NAME_AS_WORD } from '../../../src/core/language/nameAsWord';

describe('NAME_AS_WORD: French "mieux" next to an infinitive is the word "better"', () => {
  it.each<[Lang, string, string]>([
    ['fr', 'Comment dormir mieux la nuit ?', 'Comment dormir la nuit ?'],
    ['fr', 'pour vivre mieux', 'pour vivre'],
    ['fr', 'des conseils pour mieux manger ?', 'des conseils pour manger ?'],
    ['fr', 'MIEUX+ aide à mieux gérer les migrations ?', 'MIEUX+ aide à gérer les migrations ?'],
    // The name: in capitals, with "+" or "plus", or after anything but an infinitive.
    ['fr', 'comment rejoindre MIEUX+ ?', 'comment rejoindre MIEUX+ ?'],
    ['fr', 'comment rejoindre mieux+', 'comment rejoindre mieux+'],
    ['fr', 'comment rejoindre mieux plus', 'comment rejoindre mieux plus'],
    ['fr', 'travailler avec mieux', 'travailler avec mieux'],
    ['fr', "c'est quoi mieux", "c'est quoi mieux"],
    ['fr', 'est-ce que mieux peut aider', 'est-ce que mieux peut aider'],
    // Only French reads the word so.
    ['es', 'colaborar mieux', 'colaborar mieux'],
    ['en', 'what is mieux', 'what is mieux'],
  ])('%s: %j → %j', (lang, text, read) => {
    expect(NAME_AS_WORD[lang](text)).toBe(read);
  });
});
