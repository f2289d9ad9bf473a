import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import type { Branding, Colours } from './types';
import { webChatStyleOptions, type WebChatStyleOptions } from './webChatStyle';
import { WIDGET_STRINGS } from './widgetStrings';

/**
 * What the server tells widget.js: written into the served script in place of this identifier,
 * so the launcher draws with no second request. The browser code imports only the types below.
 */
export const WIDGET_CONFIG_PLACEHOLDER = '__MIEUX_WIDGET_CONFIG__';

export interface WidgetTexts {
  readonly botName: string;
  readonly launcherLabel: string;
  readonly heading: string;
  readonly intro: string;
  readonly kept: string;
  readonly privacyLinkText: string;
  readonly close: string;
  readonly loading: string;
  readonly unavailable: string;
  readonly newTab: string;
}

export interface WidgetConfig {
  /** Paths relative to the bot's address (where widget.js was loaded from). */
  readonly tokenPath: string;
  readonly webChatBundle: string;
  readonly avatar: string;
  readonly logo: string;
  /** Absolute: the privacy notice. */
  readonly privacyUrl: string;
  readonly colours: Colours;
  /** Web Chat's styleOptions, less the avatar's address, which the widget makes absolute. */
  readonly styleOptions: WebChatStyleOptions;
  readonly texts: Localized<WidgetTexts>;
}

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
    close: WIDGET_STRINGS.close[lang],
    loading: WIDGET_STRINGS.loading[lang],
    unavailable: WIDGET_STRINGS.unavailable[lang].replace('{email}', input.contactEmail),
    newTab: WIDGET_STRINGS.newTab[lang],
  });
  return {
    tokenPath: relative(input.tokenPath),
    webChatBundle: relative(input.webChatBundle),
    avatar: relative(input.avatarPath),
    logo: relative(input.logoPath),
    privacyUrl: branding.privacy.noticeUrl,
    colours: branding.colours,
    styleOptions: webChatStyleOptions(branding.colours, initials(branding.botName.en)),
    texts: Object.fromEntries(LANGUAGES.map((lang) => [lang, textsIn(lang)])) as Record<Lang, WidgetTexts>,
  };
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
