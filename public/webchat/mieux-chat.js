/*
 * MIEUX+ web chat. Loads Bot Framework Web Chat from the bot's own server, gets a Direct Line
 * token from the bot and shows the chat in the browser's language (es, en or fr). The same file
 * runs on the bot's page and embedded in another website:
 *
 *   <div id="mieux-chat" style="height: 600px"></div>
 *   <script src="https://BOT-ADDRESS/webchat/mieux-chat.js" defer></script>
 *
 * Optional attributes on the script tag: data-target (the element's id, default "mieux-chat")
 * and data-lang (es, en or fr instead of the browser's language).
 *
 * The server replaces the CONFIG placeholder below with the texts, the Web Chat bundle's path,
 * the token path and Web Chat's style from the branding. For a launcher bubble instead of a
 * fixed element, use widget.js (docs/website.md).
 */
(function () {
  'use strict';

  var CONFIG = __MIEUX_CONFIG__;
  // Web Chat translates its own controls for these locales.
  var LOCALES = { es: 'es-ES', en: 'en-US', fr: 'fr-FR' };

  var script = document.currentScript;
  if (!script || !script.src) {
    console.error('MIEUX+ chat: load mieux-chat.js with a classic <script src> tag');
    return;
  }
  // The script lives at <bot>/webchat/mieux-chat.js: everything else is relative to <bot>/.
  var base = new URL('..', script.src);
  var targetId = script.getAttribute('data-target') || 'mieux-chat';
  var target = document.getElementById(targetId);
  if (!target) {
    console.error('MIEUX+ chat: no element with id "' + targetId + '" on this page');
    return;
  }

  var requested = script.getAttribute('data-lang');
  var browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  var lang = pickLang(requested ? [requested] : browser);
  var text = CONFIG.strings[lang];

  target.setAttribute('role', 'region');
  target.setAttribute('aria-label', text.chatLabel);
  target.setAttribute('lang', lang);
  showStatus(text.loading);

  Promise.all([loadWebChat(), fetchToken()])
    .then(function (results) {
      render(results[1]);
    })
    .catch(function (error) {
      console.error('MIEUX+ chat:', error && error.message ? error.message : error);
      showStatus(text.unavailable);
    });

  function pickLang(tags) {
    for (var i = 0; i < tags.length; i += 1) {
      var primary = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      if (Object.prototype.hasOwnProperty.call(LOCALES, primary)) return primary;
    }
    return 'es';
  }

  function showStatus(message) {
    target.textContent = '';
    var status = document.createElement('p');
    status.className = 'mieux-chat-status';
    status.setAttribute('role', 'status');
    status.textContent = message;
    target.appendChild(status);
  }

  function loadWebChat() {
    if (window.WebChat) return Promise.resolve();
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = new URL(CONFIG.bundle, base).href;
      tag.async = true;
      tag.onload = function () {
        resolve();
      };
      tag.onerror = function () {
        reject(new Error('Web Chat could not be loaded from ' + tag.src));
      };
      document.head.appendChild(tag);
    });
  }

  function fetchToken() {
    return fetch(new URL(CONFIG.tokenPath, base).href, { method: 'POST', credentials: 'omit', cache: 'no-store' }).then(function (response) {
      if (!response.ok) throw new Error('the token endpoint answered ' + response.status);
      return response.json();
    });
  }

  function render(token) {
    var locale = LOCALES[lang];
    var directLine = window.WebChat.createDirectLine({
      token: token.token,
      domain: new URL(token.domain, base).href.replace(/\/+$/, ''),
      webSocket: token.webSocket,
      // Sent when the conversation starts, so the welcome comes in this language.
      conversationStartProperties: { locale: locale },
    });
    target.textContent = '';
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: locale,
        // The branding's colours and avatar (branding/branding.yaml); no file upload to this bot.
        styleOptions: Object.assign({}, CONFIG.styleOptions, { botAvatarImage: new URL(CONFIG.avatar, base).href }),
      },
      target,
    );
  }
})();
