import { t } from '../../../core/i18n/strings';
import type { Branding } from '../../../core/branding/types';
import type { Lang } from '../../../core/language/languages';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageBranding {
  readonly branding: Branding;
  /** The logo's content-addressed path, without the leading slash. */
  readonly logoPath: string;
}

/**
 * The chat page in one language: a compact branded header (logo, heading, introduction, what is
 * kept with the privacy notice), and the element the page script fills with Web Chat. No inline
 * script or style, so the CSP can forbid both.
 */
export function renderPage(lang: Lang, contactEmail: string, { branding, logoPath }: PageBranding): string {
  const esc = escapeHtml;
  const noscript = esc(t('page.noscript', lang, { email: contactEmail }));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(branding.botName[lang])}</title>
<link rel="stylesheet" href="webchat/brand.css">
<link rel="stylesheet" href="webchat/mieux-chat.css">
<script src="webchat/mieux-chat.js" defer></script>
</head>
<body>
<main>
<header class="mieux-head">
<img class="mieux-logo" src="${esc(logoPath)}" alt="" width="40" height="40">
<div>
<h1>${esc(branding.texts.heading[lang])}</h1>
<p class="intro">${esc(branding.texts.intro[lang])}</p>
<p class="kept">${esc(branding.privacy.kept[lang])} <a href="${esc(branding.privacy.noticeUrl)}" target="_blank" rel="noopener">${esc(branding.privacy.linkText[lang])}<span class="visually-hidden"> ${esc(t('widget.newTab', lang))}</span></a></p>
</div>
</header>
<div id="mieux-chat" class="mieux-chat"></div>
<noscript><p>${noscript}</p></noscript>
</main>
</body>
</html>
`;
}
