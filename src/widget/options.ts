import type { Lang } from '../core/language/languages';

/** What a site chooses on its script tag. */
export interface WidgetOptions {
  readonly lang: Lang;
  readonly position: 'left' | 'right';
  readonly openOnLoad: boolean;
}

const LANGS: readonly Lang[] = ['es', 'en', 'fr'];

function langOf(tag: string | null | undefined): Lang | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * data-lang, else the page's own language (<html lang>), else the browser's, else Spanish (the
 * brochure's language): the widget speaks like the page it sits on, which its visitor chose.
 */
export function pickLang(requested: string | null, pageLang: string | null, browser: readonly string[]): Lang {
  for (const tag of [requested, pageLang, ...browser]) {
    const lang = langOf(tag);
    if (lang) return lang;
  }
  return 'es';
}

const TRUE = ['', 'true', 'yes', '1', 'open'];

/**
 * Reads `data-lang`, `data-position` ("left" or "right", default right) and `data-open` (present
 * or "true": open the panel on load). Anything else falls back to the default, with a console
 * warning for the site's developer rather than a broken widget for its visitors.
 */
export function readOptions(
  attribute: (name: string) => string | null,
  pageLang: string | null,
  browser: readonly string[],
  warn: (message: string) => void = () => undefined,
): WidgetOptions {
  const requested = attribute('data-lang');
  if (requested !== null && !langOf(requested)) warn(`data-lang="${requested}" is not es, en or fr; using the page's language`);
  const position = (attribute('data-position') ?? 'right').trim().toLowerCase();
  if (position !== 'left' && position !== 'right') warn(`data-position="${position}" is not left or right; using right`);
  const open = attribute('data-open');
  return {
    lang: pickLang(requested, pageLang, browser),
    position: position === 'left' ? 'left' : 'right',
    openOnLoad: open !== null && TRUE.includes(open.trim().toLowerCase()),
  };
}
