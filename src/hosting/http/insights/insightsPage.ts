import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INSIGHTS_PAGE_STRINGS } from '../../../core/i18n/insightsStrings';
import type { Lang } from '../../../core/language/languages';

/** Where the page and everything it loads live: one prefix, so one route module and one access check cover them. */
export const INSIGHTS_BASE = '/insights';
export const INSIGHTS_PATHS = {
  page: INSIGHTS_BASE,
  script: `${INSIGHTS_BASE}/insights.js`,
  styles: `${INSIGHTS_BASE}/insights.css`,
  chartJs: `${INSIGHTS_BASE}/chart.umd.min.js`,
  /** GET ?from=YYYY-MM-DD&to=YYYY-MM-DD&lang=xx, `Authorization: Bearer <INSIGHTS_TOKEN>`: an InsightsPayload. */
  report: `${INSIGHTS_BASE}/api/report`,
  /** GET ?table=<id>&from=…&to=…&lang=xx, same header: that table as text/csv. */
  csv: `${INSIGHTS_BASE}/api/csv`,
} as const;

/**
 * The page's Content-Security-Policy: its own scripts, styles and requests only. No inline script
 * or style (the labels travel in a JSON data block, which is never run), no frames, no forms
 * sent anywhere (the sign-in form is handled by the script), no images but the bot's own.
 * Chart.js draws on a canvas and sets sizes through the CSSOM, which `style-src 'self'` allows.
 */
export const INSIGHTS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every insights response carries, the page, its files and its data alike. */
export const INSIGHTS_HEADERS: Readonly<Record<string, string>> = {
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** Chart.js's self-contained browser build (no dependencies, MIT), served by the bot: no CDN. */
export function chartJsFile(): string {
  // The package exports neither package.json nor dist/: its CommonJS entry point is in dist/.
  return join(dirname(require.resolve('chart.js')), 'chart.umd.min.js');
}

/** What the page's script receives in its JSON data block. */
export interface InsightsPageConfig {
  readonly lang: Lang;
  readonly strings: Readonly<Record<keyof typeof INSIGHTS_PAGE_STRINGS, string>>;
  readonly api: { readonly report: string; readonly csv: string };
  /** The longest period the API accepts (the retention). */
  readonly maxDays: number;
  readonly retentionDays: number;
}

export interface InsightsPageOptions {
  /** The folder with insights.html, insights.js and insights.css (public/insights). */
  readonly publicDir: string;
  readonly retentionDays: number;
}

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that can sit inside a <script> element: nothing in it can close the element or start a comment. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function pageConfig(lang: Lang, retentionDays: number): InsightsPageConfig {
  const strings = Object.fromEntries(
    Object.entries(INSIGHTS_PAGE_STRINGS).map(([key, byLang]) => [key, byLang[lang]]),
  ) as InsightsPageConfig['strings'];
  return { lang, strings, api: { report: INSIGHTS_PATHS.report, csv: INSIGHTS_PATHS.csv }, maxDays: retentionDays, retentionDays };
}

/**
 * The page in one language. It holds no data, only labels: its script fetches the data with the
 * token the person pastes into its sign-in form, and the data endpoints answer 401 without it.
 */
export function renderInsightsPage(lang: Lang, options: InsightsPageOptions): string {
  const template = readFileSync(join(options.publicDir, 'insights.html'), 'utf8');
  const say = INSIGHTS_PAGE_STRINGS;
  const values: Record<string, string> = {
    lang,
    title: escapeHtml(say.title[lang]),
    heading: escapeHtml(say.heading[lang]),
    intro: escapeHtml(say.intro[lang]),
    noscript: escapeHtml(say.noscript[lang]),
    styles: escapeHtml(INSIGHTS_PATHS.styles),
    chartJs: escapeHtml(INSIGHTS_PATHS.chartJs),
    script: escapeHtml(INSIGHTS_PATHS.script),
    config: scriptJson(pageConfig(lang, options.retentionDays)),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`renderInsightsPage(): insights.html has an unknown placeholder ${whole}`);
    return value;
  });
}
