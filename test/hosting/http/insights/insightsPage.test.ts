import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../../src/config';
import { INSIGHTS_PAGE_STRINGS } from '../../../../src/core/i18n/insightsStrings';
import { LANGUAGES } from '../../../../src/core/language/languages';
import {
  chartJsFile,
  INSIGHTS_CSP,
  INSIGHTS_PATHS,
  pageConfig,
  renderInsightsPage,
} from '../../../../src/hosting/http/insights/insightsPage';

const PUBLIC_DIR = join(PROJECT_ROOT, 'public', 'insights');

describe('renderInsightsPage', () => {
  it.each(LANGUAGES)('in %s: its labels, no inline script or style, and the script config as a JSON data block', (lang) => {
    const html = renderInsightsPage(lang, { publicDir: PUBLIC_DIR, retentionDays: 45 });
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(html).not.toMatch(/\{\{|\}\}/);
    expect(html).not.toMatch(/\sstyle=|<style|\son\w+=/i);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    // Two scripts by src with nothing inside, and one data block the browser never runs.
    expect(scripts.filter((s) => s[2] !== '').map((s) => s[1])).toEqual([' id="insights-config" type="application/json"']);
    expect(scripts.filter((s) => / src=/.test(s[1]!)).map((s) => /src="([^"]+)"/.exec(s[1]!)![1])).toEqual([
      INSIGHTS_PATHS.chartJs,
      INSIGHTS_PATHS.script,
    ]);
    const config = JSON.parse(scripts.find((s) => s[2] !== '')![2]!);
    expect(config).toEqual(pageConfig(lang, 45));
    expect(config.strings.signIn).toBe(INSIGHTS_PAGE_STRINGS.signIn[lang]);
    expect(config.maxDays).toBe(45);
  });

  it('escapes what it puts in the HTML, and fails on a placeholder it does not know', () => {
    const dir = mkdtempSync(join(tmpdir(), 'insights-'));
    writeFileSync(join(dir, 'insights.html'), '<p>{{intro}}</p><script type="application/json">{{config}}</script>');
    const html = renderInsightsPage('fr', { publicDir: dir, retentionDays: 90 });
    // French typography's apostrophe is no markup, and the JSON holds no '<' that could close its element.
    expect(html).toContain(`<p>${INSIGHTS_PAGE_STRINGS.intro.fr}</p>`);
    expect(html.slice(html.indexOf('json">') + 6)).not.toMatch(/<(?!\/script>$)/);
    writeFileSync(join(dir, 'insights.html'), '<p>{{secret}}</p>');
    expect(() => renderInsightsPage('en', { publicDir: dir, retentionDays: 90 })).toThrow(/unknown placeholder \{\{secret\}\}/);
  });
});

describe('what the page loads', () => {
  it('Chart.js is served from the installed package: its self-contained browser build, MIT', () => {
    const file = chartJsFile();
    expect(existsSync(file)).toBe(true);
    const head = readFileSync(file, 'utf8').slice(0, 200);
    expect(head).toMatch(/Chart\.js v4\.\d+\.\d+/);
    expect(head).toMatch(/Released under the MIT License/);
  });

  it('the CSP allows the bot itself and nothing else, and nothing inline', () => {
    expect(INSIGHTS_CSP).toContain("default-src 'none'");
    expect(INSIGHTS_CSP).toContain("frame-ancestors 'none'");
    expect(INSIGHTS_CSP).not.toMatch(/unsafe|\*|https?:|data:/);
  });
});
