import type { WidgetConfig, WidgetTexts } from '../core/branding/widgetContract';
import {
  connect,
  obtainConversation,
  openConnection,
  watchConnection,
  type Connection,
  type ConnectDeps,
  type CreateDirectLine,
} from './directLine';
import type { WidgetOptions } from './options';
import { ConversationStore, storageKey } from './session';
import { widgetCss } from './styles';
import { TranscriptStore, transcriptKey } from './transcript';

/** A Redux action as Web Chat's store passes it through a middleware. */
export interface WebChatAction {
  readonly type: string;
  readonly payload?: { readonly activity?: unknown };
}
export interface WebChatStore {
  dispatch(action: WebChatAction): unknown;
}
export type WebChatMiddleware = (store: WebChatStore) => (next: (action: WebChatAction) => unknown) => (action: WebChatAction) => unknown;

/** The functions of Web Chat's global the widget calls. */
export interface WebChatGlobal {
  readonly createDirectLine: CreateDirectLine;
  createStore(initialState: Record<string, never>, ...middlewares: WebChatMiddleware[]): WebChatStore;
  renderWebChat(props: Record<string, unknown>, element: HTMLElement): void;
}

/** What Web Chat's store does with each activity Direct Line brings (botframework-webchat-core). */
const INCOMING_ACTIVITY = 'DIRECT_LINE/INCOMING_ACTIVITY';

/**
 * Web Chat's store with the visit's transcript: the messages kept by earlier pages put back first,
 * then every message shown kept for the next page. A message Direct Line replays as well (Azure's
 * keeps the whole conversation) has the same id, and Web Chat's activities reducer replaces an
 * activity of the same id rather than adding it, so nothing shows twice.
 */
function storeWithTranscript(webChat: WebChatGlobal, transcript: TranscriptStore, connection: Connection): WebChatStore {
  const { conversationId } = connection.conversation;
  let restoring = false;
  const keep: WebChatMiddleware = () => (next) => (action) => {
    if (action.type === INCOMING_ACTIVITY && !restoring) transcript.add(conversationId, action.payload?.activity);
    return next(action);
  };
  const store = webChat.createStore({}, keep);
  if (!connection.resumed) transcript.clear();
  restoring = true;
  // Straight to the reducer: not through Direct Line's queue, so no suggested actions come back with them.
  for (const activity of transcript.load(conversationId)) store.dispatch({ type: INCOMING_ACTIVITY, payload: { activity } });
  restoring = false;
  return store;
}

export interface WidgetEnv {
  readonly window: Window;
  readonly config: WidgetConfig;
  /** The bot's address (where widget.js came from), ending in '/'. */
  readonly base: string;
  readonly options: WidgetOptions;
  /** The widget's script tag's nonce, for a host page with a nonce-based CSP; '' if none. */
  readonly nonce: string;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Loads Web Chat's bundle on first use and gives its global. */
  readonly loadWebChat: () => Promise<WebChatGlobal>;
}

export interface WidgetHandle {
  readonly root: HTMLElement;
  open(options?: { readonly focus?: boolean }): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

/** Web Chat translates its own controls for these locales. */
const LOCALES = { es: 'es-ES', en: 'en-US', fr: 'fr-FR' } as const;
const SVG = 'http://www.w3.org/2000/svg';
const CHAT_ICON =
  'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z';
const CLOSE_ICON =
  'M5.3 5.3a1 1 0 0 1 1.4 0L12 10.6l5.3-5.3a1 1 0 1 1 1.4 1.4L13.4 12l5.3 5.3a1 1 0 0 1-1.4 1.4L12 13.4l-5.3 5.3a1 1 0 0 1-1.4-1.4l5.3-5.3-5.3-5.3a1 1 0 0 1 0-1.4z';
/** Web Chat's send box, to put the visitor's cursor where they type once the chat is there. */
const SEND_BOX = '[data-id="webchat-sendbox-input"], textarea, input[type="text"]';

function icon(document: Document, path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.appendChild(shape);
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The launcher bubble and the (closed) panel, with every label in the chosen language. */
function draw(document: Document, config: WidgetConfig, base: string, options: WidgetOptions, texts: WidgetTexts) {
  const root = element(document, 'div', 'mieux-w', { lang: options.lang, 'data-position': options.position });

  const launcher = element(document, 'button', 'mieux-w-launcher', {
    type: 'button',
    'aria-label': texts.launcherLabel,
    title: texts.launcherLabel,
    'aria-expanded': 'false',
    'aria-controls': 'mieux-w-panel',
  });
  launcher.appendChild(icon(document, CHAT_ICON));

  const panel = element(document, 'div', 'mieux-w-panel', {
    id: 'mieux-w-panel',
    role: 'dialog',
    'aria-labelledby': 'mieux-w-heading',
    'aria-describedby': 'mieux-w-intro',
    tabindex: '-1',
  });
  panel.hidden = true;

  const header = element(document, 'div', 'mieux-w-header');
  // The heading says what it is: the logo adds nothing for a screen reader.
  const logo = element(document, 'img', 'mieux-w-logo', { src: new URL(config.logo, base).href, alt: '', width: '28', height: '28' });
  const heading = element(document, 'h2', 'mieux-w-heading', { id: 'mieux-w-heading' });
  heading.textContent = texts.heading;
  const closeButton = element(document, 'button', 'mieux-w-close', { type: 'button', 'aria-label': texts.close, title: texts.close });
  closeButton.appendChild(icon(document, CLOSE_ICON));
  header.append(logo, heading, closeButton);

  const intro = element(document, 'p', 'mieux-w-sr', { id: 'mieux-w-intro' });
  intro.textContent = texts.intro;

  const notice = element(document, 'p', 'mieux-w-notice');
  const link = element(document, 'a', '', { href: config.privacyUrl, target: '_blank', rel: 'noopener' });
  link.textContent = texts.privacyLinkText;
  const newTab = element(document, 'span', 'mieux-w-sr');
  newTab.textContent = ` ${texts.newTab}`;
  link.appendChild(newTab);
  notice.append(`${texts.kept} `, link);

  const chat = element(document, 'div', 'mieux-w-chat');
  panel.append(header, intro, notice, chat);
  root.append(launcher, panel);
  return { root, launcher, panel, closeButton, chat };
}

type Ui = ReturnType<typeof draw>;

/** A line in place of the chat (loading, unavailable), announced by screen readers. */
function statusIn(chat: HTMLElement, message: string): void {
  chat.textContent = '';
  const status = element(chat.ownerDocument, 'p', 'mieux-w-status', { role: 'status' });
  status.textContent = message;
  chat.appendChild(status);
}

/** The chat inside the panel: Web Chat and the conversation, fetched on the first start(). */
interface Chat {
  start(): Promise<void>;
  /** Keeps the token directlinejs refreshed by itself, for the next page. */
  save(): void;
}

function createChat(env: WidgetEnv, ui: Ui, store: ConversationStore, transcript: TranscriptStore, texts: WidgetTexts): Chat {
  const { config, base, options } = env;
  const { document } = env.window;
  let webChat: WebChatGlobal | undefined;
  let started: Promise<void> | undefined;
  let watcher: { save(): void; stop(): void } | undefined;
  const loaded = (): WebChatGlobal => {
    if (!webChat) throw new Error('Web Chat is not loaded');
    return webChat;
  };
  const deps: ConnectDeps = {
    base,
    tokenPath: config.tokenPath,
    locale: LOCALES[options.lang],
    fetch: env.fetch,
    store,
    createDirectLine: (o) => loaded().createDirectLine(o),
    now: env.now,
  };

  const showStatus = (message: string) => statusIn(ui.chat, message);

  const fail = (error: unknown) => {
    started = undefined;
    console.error('MIEUX+ chat:', error instanceof Error ? error.message : error);
    showStatus(texts.unavailable);
  };

  const render = (connection: Connection) => {
    watcher?.stop();
    ui.chat.textContent = '';
    const host = element(document, 'div', 'mieux-w-webchat', { style: 'height:100%' });
    ui.chat.appendChild(host);
    loaded().renderWebChat(
      {
        directLine: connection.directLine,
        store: storeWithTranscript(loaded(), transcript, connection),
        locale: LOCALES[options.lang],
        styleOptions: { ...config.styleOptions, botAvatarImage: new URL(config.avatar, base).href },
        ...(env.nonce ? { nonce: env.nonce } : {}),
      },
      host,
    );
    watcher = watchConnection(connection, deps, () => {
      if (!connection.resumed) return;
      connection.directLine.end?.();
      connect(deps, { fresh: true }).then(render, fail);
    });
  };

  return {
    start: () =>
      (started ??= (async () => {
        showStatus(texts.loading);
        // The token while the bundle downloads: one round trip less before the first message.
        const [global, obtained] = await Promise.all([env.loadWebChat(), obtainConversation(deps)]);
        webChat = global;
        render(openConnection(obtained, deps));
      })().catch(fail)),
    save: () => watcher?.save(),
  };
}

/** Opening and closing: the panel shown or hidden, aria-expanded, the focus, and the saved state. */
function createHandle(window: Window, ui: Ui, store: ConversationStore, chat: Chat): WidgetHandle {
  const { document } = window;
  let isOpen = false;
  const focusSendBox = (triesLeft = 30) => {
    if (!isOpen || (document.activeElement !== ui.panel && document.activeElement !== document.body)) return;
    const input = ui.chat.querySelector<HTMLElement>(SEND_BOX);
    if (input) input.focus();
    else if (triesLeft > 0) window.setTimeout(() => focusSendBox(triesLeft - 1), 100);
  };
  return {
    root: ui.root,
    get isOpen() {
      return isOpen;
    },
    async open({ focus = true } = {}) {
      if (!isOpen) {
        isOpen = true;
        ui.panel.hidden = false;
        ui.root.setAttribute('data-open', '');
        ui.launcher.setAttribute('aria-expanded', 'true');
        store.update({ open: true });
      }
      if (focus) ui.panel.focus();
      await chat.start();
      if (focus) focusSendBox();
    },
    close() {
      if (!isOpen) return;
      isOpen = false;
      ui.panel.hidden = true;
      ui.root.removeAttribute('data-open');
      ui.launcher.setAttribute('aria-expanded', 'false');
      store.update({ open: false });
      ui.launcher.focus();
    },
  };
}

/**
 * Draws the launcher and runs the panel: Web Chat's bundle and the conversation are only
 * fetched when the visitor opens it; the conversation carries on across the site's pages
 * (session.ts); focus moves into the panel and back to the launcher; Escape closes.
 */
export function startWidget(env: WidgetEnv): WidgetHandle {
  const { window, config, base, options } = env;
  const { document } = window;
  const texts = config.texts[options.lang];
  const storage = safeSessionStorage(window);
  const store = new ConversationStore(storage, storageKey(base));

  const style = element(document, 'style', '', { id: 'mieux-w-style' });
  if (env.nonce) style.nonce = env.nonce;
  style.textContent = widgetCss(config.colours);
  document.head.appendChild(style);

  const ui = draw(document, config, base, options, texts);
  document.body.appendChild(ui.root);
  const chat = createChat(env, ui, store, new TranscriptStore(storage, transcriptKey(base)), texts);
  const handle = createHandle(window, ui, store, chat);

  ui.launcher.addEventListener('click', () => (handle.isOpen ? handle.close() : void handle.open()));
  ui.closeButton.addEventListener('click', () => handle.close());
  ui.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      handle.close();
    }
  });
  window.addEventListener('pagehide', () => chat.save());

  if (options.openOnLoad || store.load().open) void handle.open({ focus: false });
  return handle;
}

function safeSessionStorage(window: Window): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Reading the property itself throws where storage is blocked.
    return undefined;
  }
}
