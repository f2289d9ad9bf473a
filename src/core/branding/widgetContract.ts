import type { Localized } from '../language/languages';
import type { Colours } from './colours';
import type { WebChatStyleOptions } from './webChatStyle';

/**
 * What the server tells widget.js (src/widget), shared by both sides: the server writes it into
 * the served script in place of this identifier, so the launcher draws with no second request.
 * Nothing here may need Node: the browser build type-checks against it.
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
