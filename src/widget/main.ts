import type { WidgetConfig } from '../core/branding/widgetContract';
import { loadScript } from './loadScript';
import { readOptions } from './options';
import { startWidget, type WebChatGlobal } from './widget';

/**
 * widget.js: one script tag puts the MIEUX+ chat on any page of an allowed site.
 *
 *   <script src="https://BOT/widget.js" async></script>
 *
 * Optional attributes: data-lang (es, en or fr; default: the page's language), data-position
 * (left or right) and data-open (open the panel on load). The server writes the configuration
 * (texts, colours, addresses) in place of the identifier below when it serves the file.
 */
declare const __MIEUX_WIDGET_CONFIG__: WidgetConfig;

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script || !script.src) {
    console.error('MIEUX+ chat: load widget.js with a <script src="…"> tag');
    return;
  }
  // Twice on one page (a template and a plugin both adding it): one widget is enough.
  if (document.querySelector('.mieux-w')) return;
  const config = __MIEUX_WIDGET_CONFIG__;
  const base = new URL('.', script.src).href;
  const options = readOptions(
    (name) => script.getAttribute(name),
    document.documentElement.getAttribute('lang'),
    navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language],
    (message) => console.warn(`MIEUX+ chat: ${message}`),
  );
  const nonce = script.nonce || '';
  const loadWebChat = async (): Promise<WebChatGlobal> => {
    await loadScript(document, new URL(config.webChatBundle, base).href, nonce);
    const global = (window as unknown as { WebChat?: WebChatGlobal }).WebChat;
    if (!global) throw new Error('Web Chat loaded but defined no WebChat');
    return global;
  };
  const start = () =>
    startWidget({ window, config, base, options, nonce, fetch: (input, init) => window.fetch(input, init), now: Date.now, loadWebChat });
  // async scripts can run before the page's body exists.
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
})();
