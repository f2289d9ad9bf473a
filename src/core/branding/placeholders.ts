import type { Branding } from './types';

/**
 * Addresses that cannot be the real page: names reserved for examples and tests (RFC 2606 and
 * RFC 6761) and the words people type while a page does not exist yet.
 */
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org'];
const RESERVED_TOP_LEVEL = ['example', 'test', 'invalid', 'localhost', 'local'];
const PLACEHOLDER_WORDS = /placeholder|change-?me|to-?do|fixme|tbd|your-?(?:site|domain|company|org)|lorem/i;

export function isPlaceholderUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || RESERVED_TOP_LEVEL.includes(host.split('.').pop() ?? '')) return true;
  if (RESERVED_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return true;
  return PLACEHOLDER_WORDS.test(`${host}${url.pathname}${url.search}`);
}

export interface PlaceholderUrl {
  readonly field: string;
  readonly url: string;
}

/** The branding's addresses that are still placeholders, by field. */
export function placeholderUrls(branding: Pick<Branding, 'privacy' | 'teams'>, fields: readonly BrandingUrlField[] = BRANDING_URL_FIELDS): PlaceholderUrl[] {
  const urls: Readonly<Record<BrandingUrlField, string>> = {
    'privacy.noticeUrl': branding.privacy.noticeUrl,
    'teams.websiteUrl': branding.teams.websiteUrl,
    'teams.privacyUrl': branding.teams.privacyUrl,
    'teams.termsOfUseUrl': branding.teams.termsOfUseUrl,
  };
  return fields.filter((field) => isPlaceholderUrl(urls[field])).map((field) => ({ field, url: urls[field] }));
}

export const BRANDING_URL_FIELDS = ['privacy.noticeUrl', 'teams.websiteUrl', 'teams.privacyUrl', 'teams.termsOfUseUrl'] as const;
export type BrandingUrlField = (typeof BRANDING_URL_FIELDS)[number];
/** What the Teams store shows: a package with a placeholder here is for testing only. */
export const TEAMS_URL_FIELDS: readonly BrandingUrlField[] = ['teams.websiteUrl', 'teams.privacyUrl', 'teams.termsOfUseUrl'];
