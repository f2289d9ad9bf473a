import { t } from '../i18n/strings';
import { LANGUAGES, type Lang } from '../language/languages';
import type { Branding } from './types';
import { webChatStyleOptions, type WebChatStyleOptions } from './webChatStyle';
import { WIDGET_CONFIG_PLACEHOLDER, type WidgetConfig, type WidgetTexts } from './widgetContract';

export { WIDGET_CONFIG_PLACEHOLDER, type WidgetConfig } from './widgetContract';

export interface WidgetConfigInput {
  readonly branding: Branding;
  /** The team's address (HANDOFF_EMAIL_TO), quoted when the chat is unavailable. */
  readonly contactEmail: string;
  readonly tokenPath: string;
  readonly webChatBundle: string;
  readonly avatarPath: string;
  readonly logoPath: string;
}

const relative = (path: string): string => path.replace(/^\/+/, '');

export function widgetConfig(input: WidgetConfigInput): WidgetConfig {
  const { branding } = input;
  const textsIn = (lang: Lang): WidgetTexts => ({
    botName: branding.botName[lang],
    launcherLabel: branding.texts.launcherLabel[lang],
    heading: branding.texts.heading[lang],
    intro: branding.texts.intro[lang],
    kept: branding.privacy.kept[lang],
    privacyLinkText: branding.privacy.linkText[lang],
    close: t('widget.close', lang),
    loading: t('script.loading', lang),
    unavailable: t('script.unavailable', lang, { email: input.contactEmail }),
    newTab: t('widget.newTab', lang),
  });
  return {
    tokenPath: relative(input.tokenPath),
    webChatBundle: relative(input.webChatBundle),
    avatar: relative(input.avatarPath),
    logo: relative(input.logoPath),
    privacyUrl: branding.privacy.noticeUrl,
    colours: branding.colours,
    // The panel is at most 400 px wide: the buttons after an answer stay in one row that scrolls
    // sideways instead of wrapping onto rows that push the answer off a phone's screen.
    styleOptions: { ...brandStyleOptions(branding), suggestedActionLayout: 'carousel' },
    texts: Object.fromEntries(LANGUAGES.map((lang) => [lang, textsIn(lang)])) as Record<Lang, WidgetTexts>,
  };
}

/** Web Chat's styleOptions from the branding: its colours, and the bot's initials until the avatar loads. */
export function brandStyleOptions(branding: Branding): WebChatStyleOptions {
  return webChatStyleOptions(branding.colours, initials(branding.botName.en));
}

/** 'MIEUX+ assistant' → 'M+': what Web Chat shows until the avatar image is there. */
function initials(name: string): string {
  const word = name.trim().split(/\s+/)[0] ?? '';
  return `${word.charAt(0)}${word.endsWith('+') ? '+' : ''}`.toUpperCase();
}

/**
 * The script with the configuration written in, as a JavaScript literal that is also safe
 * inside an HTML <script> element (no '</script>', no U+2028/2029 line breaks).
 */
export function injectWidgetConfig(script: string, config: WidgetConfig): string {
  const parts = script.split(WIDGET_CONFIG_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`injectWidgetConfig(): widget.js must contain ${WIDGET_CONFIG_PLACEHOLDER} exactly once, found ${parts.length - 1}`);
  const literal = JSON.stringify(config).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${parts[0]}${literal}${parts[1]}`;
}
