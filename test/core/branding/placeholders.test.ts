import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBranding } from '../../../src/core/branding/loadBranding';
import { TEAMS_URL_FIELDS, isPlaceholderUrl, placeholderUrls } from '../../../src/core/branding/placeholders';

describe('placeholder addresses', () => {
  it.each([
    ['https://www.example.org/mieux-plus/privacy', true],
    ['https://example.com/', true],
    ['https://docs.example.net/terms', true],
    ['https://privacy.test/', true],
    ['https://site.invalid/privacy', true],
    ['https://localhost:3978/privacy', true],
    ['https://www.icmpd.org/privacy-placeholder', true],
    ['https://www.icmpd.org/TODO', true],
    ['https://your-domain.eu/privacy', true],
    ['https://www.icmpd.org/privacy-policy', false],
    ['https://www.mieux-initiative.eu/en/', false],
    // Not a reserved name, only one that contains the word.
    ['https://counterexample.org/privacy', false],
    ['https://www.example.org.eu/privacy', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isPlaceholderUrl(url)).toBe(expected);
  });

  it('names the shipped placeholders by field: the Teams pages and the privacy notice', () => {
    const branding = loadBranding(join(__dirname, '..', '..', '..', 'branding'));
    expect(placeholderUrls(branding).map((p) => p.field)).toEqual(['privacy.noticeUrl', 'teams.privacyUrl', 'teams.termsOfUseUrl']);
    expect(placeholderUrls(branding, TEAMS_URL_FIELDS).map((p) => p.field)).toEqual(['teams.privacyUrl', 'teams.termsOfUseUrl']);
  });
});
