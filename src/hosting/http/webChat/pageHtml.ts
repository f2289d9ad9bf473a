import { t } from '../../../core/i18n/strings';
import type { Lang } from '../../../core/language/languages';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The chat page in one language: a heading, a line of introduction and the element the page
 * script fills with Web Chat. No inline script or style, so the CSP can forbid both.
 */
export function renderPage(lang: Lang, contactEmail: string): string {
  const say = (key: 'title' | 'heading' | 'intro' | 'noscript') => escapeHtml(t(`page.${key}`, lang, { email: contactEmail }));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${say('title')}</title>
<link rel="stylesheet" href="webchat/mieux-chat.css">
<script src="webchat/mieux-chat.js" defer></script>
</head>
<body>
<main>
<h1>${say('heading')}</h1>
<p class="intro">${say('intro')}</p>
<div id="mieux-chat" class="mieux-chat"></div>
<noscript><p>${say('noscript')}</p></noscript>
</main>
</body>
</html>
`;
}
