// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WidgetConfig, WidgetTexts } from '../../src/core/branding/widgetContract';
import type { Lang } from '../../src/core/language/languages';
import type { WidgetOptions } from '../../src/widget/options';
import { storageKey } from '../../src/widget/session';
import { transcriptKey } from '../../src/widget/transcript';
import { startWidget, type WebChatAction, type WebChatGlobal, type WebChatStore, type WidgetEnv } from '../../src/widget/widget';
import { FakeDirectLine, scriptedFetch } from './fakes';
import { AA_PALETTE } from '../support/palette';

const BASE = 'https://bot.example/';
const TOKEN_URL = `${BASE}api/directline/token`;
const REFRESH_URL = `${BASE}v3/directline/tokens/refresh`;

const texts = (lang: Lang): WidgetTexts => ({
  botName: `bot-${lang}`,
  launcherLabel: `launcher-${lang}`,
  heading: `heading-${lang}`,
  intro: `intro-${lang}`,
  kept: `kept-${lang}`,
  privacyLinkText: `privacy-${lang}`,
  close: `close-${lang}`,
  loading: `loading-${lang}`,
  unavailable: `unavailable-${lang}`,
  newTab: `new-tab-${lang}`,
});

const CONFIG: WidgetConfig = {
  tokenPath: 'api/directline/token',
  webChatBundle: 'webchat/webchat.abc.js',
  avatar: 'branding/avatar.1.png',
  logo: 'branding/logo.2.png',
  privacyUrl: 'https://www.icmpd.org/privacy',
  colours: AA_PALETTE,
  styleOptions: { accent: '#003399', hideUploadButton: true } as unknown as WidgetConfig['styleOptions'],
  texts: { es: texts('es'), en: texts('en'), fr: texts('fr') },
};

interface Rendered {
  readonly props: Record<string, unknown>;
  readonly element: HTMLElement;
}

/** Web Chat's global as the widget sees it; renders a send box like Web Chat's. */
function fakeWebChat() {
  const directLines: FakeDirectLine[] = [];
  const renders: Rendered[] = [];
  const dispatched: WebChatAction[] = [];
  const webChat: WebChatGlobal = {
    // Redux's order: each middleware sees an action before the reducers (here: the list) do.
    createStore: (_initial, ...middlewares) => {
      const store: WebChatStore = { dispatch: (action) => chain(action) };
      const chain = middlewares.reduceRight<(action: WebChatAction) => unknown>(
        (next, middleware) => middleware(store)(next),
        (action) => dispatched.push(action),
      );
      return store;
    },
    createDirectLine: (options) => {
      const directLine = new FakeDirectLine(options);
      directLines.push(directLine);
      return directLine;
    },
    renderWebChat: (props, element) => {
      renders.push({ props, element });
      const input = document.createElement('input');
      input.type = 'text';
      input.setAttribute('data-id', 'webchat-sendbox-input');
      element.appendChild(input);
    },
  };
  return { webChat, directLines, renders, dispatched };
}

const tokenReply = (id: string) => ({
  status: 200,
  body: { conversationId: id, token: `tok-${id}`, expires_in: 1800, domain: 'v3/directline', webSocket: false },
});

function start(
  options: Partial<WidgetOptions> = {},
  replies: Parameters<typeof scriptedFetch>[0] = { [TOKEN_URL]: [tokenReply('c1')] },
  loadFails = false,
) {
  const web = fakeWebChat();
  const { fetch, calls } = scriptedFetch(replies);
  let loads = 0;
  const env: WidgetEnv = {
    window,
    config: CONFIG,
    base: BASE,
    options: { lang: 'en', position: 'right', openOnLoad: false, ...options },
    nonce: 'n0nce',
    fetch,
    now: () => 1_700_000_000_000,
    loadWebChat: async () => {
      loads++;
      if (loadFails && loads === 1) throw new Error('could not load');
      return web.webChat;
    },
  };
  const widget = startWidget(env);
  return { widget, web, calls, loads: () => loads };
}

const $ = (selector: string): HTMLElement => document.querySelector<HTMLElement>(selector)!;
const launcher = () => $('.mieux-w-launcher');
const panel = () => $('.mieux-w-panel');
const press = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

/** A new page of the same site in the same tab: the DOM goes, sessionStorage stays. */
function navigate(): void {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
}

beforeEach(() => {
  sessionStorage.clear();
  navigate();
});
afterEach(navigate);

describe('the launcher', () => {
  it.each<Lang>(['es', 'en', 'fr'])('is a button labelled in %s, controlling a closed dialog labelled by its heading', (lang) => {
    start({ lang });
    expect(launcher().tagName).toBe('BUTTON');
    expect(launcher().getAttribute('type')).toBe('button');
    expect(launcher().getAttribute('aria-label')).toBe(`launcher-${lang}`);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(launcher().getAttribute('aria-controls')).toBe(panel().id);
    expect($('.mieux-w').getAttribute('lang')).toBe(lang);
    expect(panel().hidden).toBe(true);
    expect(panel().getAttribute('role')).toBe('dialog');
    expect($(`#${panel().getAttribute('aria-labelledby')}`).textContent).toBe(`heading-${lang}`);
    expect($('.mieux-w-close').getAttribute('aria-label')).toBe(`close-${lang}`);
  });

  it('says what is kept, with the privacy notice opening in a new tab, said so for screen readers', () => {
    start({ lang: 'fr' });
    const notice = $('.mieux-w-notice');
    expect(notice.textContent).toBe('kept-fr privacy-fr new-tab-fr');
    const link = notice.querySelector('a')!;
    expect([link.href, link.target, link.rel]).toEqual(['https://www.icmpd.org/privacy', '_blank', 'noopener']);
  });

  it('loads neither Web Chat nor a token until the panel is opened', () => {
    const { calls, loads } = start();
    expect(loads()).toBe(0);
    expect(calls).toEqual([]);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('takes the position the site asked for', () => {
    start({ position: 'left' });
    expect($('.mieux-w').getAttribute('data-position')).toBe('left');
  });

  it("styles itself with the branding colours, the script tag's nonce, and motion only for those who have not asked for less", () => {
    start();
    const style = $('#mieux-w-style');
    expect(style.nonce).toBe('n0nce');
    const css = style.textContent;
    expect(css).toContain('background:#003399');
    const [beforeMotion, motion] = css.split('@media (prefers-reduced-motion:no-preference){');
    expect(motion).toMatch(/transition|animation/);
    expect(beforeMotion).not.toMatch(/transition|animation|@keyframes/);
  });
});

describe('opening and closing', () => {
  it('opens on click: focus into the panel then the send box, Web Chat rendered in the page language with the branding', async () => {
    const { widget, web, calls } = start({ lang: 'fr' });
    launcher().click();
    await widget.open();
    expect(panel().hidden).toBe(false);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    expect(calls.map((c) => c.url)).toEqual([TOKEN_URL]);
    expect(web.renders).toHaveLength(1);
    expect(web.renders[0]!.props).toMatchObject({
      locale: 'fr-FR',
      nonce: 'n0nce',
      styleOptions: { accent: '#003399', hideUploadButton: true, botAvatarImage: 'https://bot.example/branding/avatar.1.png' },
    });
    expect(web.directLines[0]!.options.conversationStartProperties).toEqual({ locale: 'fr-FR' });
    expect(document.activeElement).toBe($('[data-id="webchat-sendbox-input"]'));
  });

  it('Escape closes and gives the focus back to the launcher; reopening keeps the same chat', async () => {
    const { widget, web, loads } = start();
    await widget.open();
    press($('[data-id="webchat-sendbox-input"]'), 'Escape');
    expect(panel().hidden).toBe(true);
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(launcher());
    await widget.open();
    expect(loads()).toBe(1);
    expect(web.renders).toHaveLength(1);
    expect(web.directLines).toHaveLength(1);
  });

  it('leaves an Escape that Web Chat handled to Web Chat', async () => {
    const { widget } = start();
    await widget.open();
    const input = $('[data-id="webchat-sendbox-input"]');
    input.addEventListener('keydown', (event) => event.preventDefault(), { once: true });
    press(input, 'Escape');
    expect(panel().hidden).toBe(false);
  });

  it('the close button and the launcher close it too', async () => {
    const { widget } = start();
    await widget.open();
    $('.mieux-w-close').click();
    expect(widget.isOpen).toBe(false);
    expect(document.activeElement).toBe(launcher());
    await widget.open();
    launcher().click();
    expect(widget.isOpen).toBe(false);
  });

  it('says the chat is unavailable when Web Chat cannot be loaded, and tries again on the next opening', async () => {
    // The token is fetched while the bundle loads: the failed first opening used one.
    const { widget, web } = start({ lang: 'es' }, { [TOKEN_URL]: [tokenReply('c1'), tokenReply('c2')] }, true);
    await widget.open();
    const status = $('.mieux-w-chat [role="status"]');
    expect(status.textContent).toBe('unavailable-es');
    widget.close();
    await widget.open();
    expect(web.renders).toHaveLength(1);
  });

  it('opens on load when the site asks, without taking the focus from the page', async () => {
    const { widget } = start({ openOnLoad: true });
    expect(widget.isOpen).toBe(true);
    await widget.open({ focus: false });
    expect(document.activeElement).toBe(document.body);
  });
});

describe('across the pages of a visit', () => {
  it('reopens on the next page and reconnects to the same conversation with a refreshed token', async () => {
    const first = start();
    await first.widget.open();
    navigate();

    const second = start({}, { [REFRESH_URL]: [{ status: 200, body: { conversationId: 'c1', token: 'tok-c1-b', expires_in: 1800 } }] });
    expect(second.widget.isOpen).toBe(true);
    await second.widget.open({ focus: false });
    expect(second.calls).toEqual([{ url: REFRESH_URL, method: 'POST', authorization: 'Bearer tok-c1' }]);
    expect(second.web.directLines[0]!.options).toMatchObject({ conversationId: 'c1', token: 'tok-c1-b' });
    expect(document.activeElement).toBe(document.body);
  });

  it("puts the visit's messages back into Web Chat's store on the next page, before Direct Line brings any", async () => {
    const first = start();
    await first.widget.open();
    const store = first.web.renders[0]!.props.store as WebChatStore;
    const incoming = (activity: object) => store.dispatch({ type: 'DIRECT_LINE/INCOMING_ACTIVITY', payload: { activity } });
    incoming({ id: 'c1|1', type: 'message', from: { id: 'u', role: 'user' }, text: 'funding?' });
    incoming({ id: 'c1|2', type: 'message', from: { id: 'bot', role: 'bot' }, text: 'answer', suggestedActions: { actions: [] } });
    incoming({ id: 'c1|3', type: 'typing', from: { id: 'bot', role: 'bot' } });
    navigate();

    const second = start({}, { [REFRESH_URL]: [{ status: 200, body: { conversationId: 'c1', token: 'tok-c1-b', expires_in: 1800 } }] });
    await second.widget.open({ focus: false });
    const restored = second.web.dispatched.map((action) => action.payload?.activity as { id: string; suggestedActions?: unknown });
    expect(restored.map((activity) => activity.id)).toEqual(['c1|1', 'c1|2']);
    expect(restored[1]!.suggestedActions).toBeUndefined();
  });

  it('keeps no messages of an earlier conversation when a new one starts', async () => {
    const first = start();
    await first.widget.open();
    (first.web.renders[0]!.props.store as WebChatStore).dispatch({
      type: 'DIRECT_LINE/INCOMING_ACTIVITY',
      payload: { activity: { id: 'c1|1', type: 'message', from: { id: 'u', role: 'user' }, text: 'my name is Ana' } },
    });
    navigate();

    const second = start({}, { [REFRESH_URL]: [{ status: 401, body: {} }], [TOKEN_URL]: [tokenReply('c2')] });
    await second.widget.open({ focus: false });
    expect(second.web.dispatched).toEqual([]);
    expect(sessionStorage.getItem(transcriptKey(BASE))).toBeNull();
  });

  it('stays closed on the next page when the visitor closed it', async () => {
    const first = start();
    await first.widget.open();
    first.widget.close();
    navigate();
    const second = start();
    expect(second.widget.isOpen).toBe(false);
    expect(second.loads()).toBe(0);
  });

  it('starts a new conversation when the earlier one cannot be reconnected', async () => {
    const first = start();
    await first.widget.open();
    navigate();

    const second = start({}, { [REFRESH_URL]: [{ status: 200, body: { token: 'tok-c1-b' } }], [TOKEN_URL]: [tokenReply('c2')] });
    await second.widget.open();
    // The embedded Direct Line forgot the conversation (404 on reconnect): directlinejs says FailedToConnect.
    second.web.directLines[0]!.connectionStatus$.next(4);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second.web.directLines[0]!.ended).toBe(true);
    expect(second.web.directLines[1]!.options.conversationId).toBeUndefined();
    expect(second.web.renders).toHaveLength(2);
    expect(JSON.parse(sessionStorage.getItem(storageKey(BASE))!)).toMatchObject({ conversation: { conversationId: 'c2' }, open: true });
  });
});
