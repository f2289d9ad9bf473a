import { describe, expect, it } from 'vitest';
import { pickLang, readOptions } from '../../src/widget/options';

describe('pickLang', () => {
  it.each<[string | null, string | null, string[], string]>([
    ['fr', 'en', ['es-ES'], 'fr'],
    ['FR-be', null, [], 'fr'],
    [null, 'en-GB', ['fr-FR'], 'en'],
    [null, '', ['fr-CA', 'en'], 'fr'],
    [null, 'de', ['pt-BR', 'en-US'], 'en'],
    ['de', 'es', [], 'es'],
    [null, null, ['de-DE'], 'es'],
    [null, null, [], 'es'],
  ])('data-lang %s, page %s, browser %j → %s', (requested, page, browser, expected) => {
    expect(pickLang(requested, page, browser)).toBe(expected);
  });
});

describe('readOptions', () => {
  const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  it.each<[Record<string, string>, object]>([
    [{}, { lang: 'en', position: 'right', openOnLoad: false }],
    [{ 'data-position': 'left' }, { position: 'left' }],
    [{ 'data-position': ' LEFT ' }, { position: 'left' }],
    [{ 'data-open': '' }, { openOnLoad: true }],
    [{ 'data-open': 'true' }, { openOnLoad: true }],
    [{ 'data-open': 'false' }, { openOnLoad: false }],
    [{ 'data-lang': 'fr' }, { lang: 'fr' }],
  ])('%j → %j', (values, expected) => {
    expect(readOptions(attributes(values), 'en', [])).toMatchObject(expected);
  });

  it("warns the site's developer about a value it does not know, and uses the default", () => {
    const warnings: string[] = [];
    const options = readOptions(attributes({ 'data-lang': 'de', 'data-position': 'top' }), 'fr', [], (m) => warnings.push(m));
    expect(options).toMatchObject({ lang: 'fr', position: 'right' });
    expect(warnings).toEqual([
      `data-lang="de" is not es, en or fr; using the page's language`,
      'data-position="top" is not left or right; using right',
    ]);
  });
});
