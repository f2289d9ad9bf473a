/**
 * The bot in Microsoft Teams, end to end: the real server (`startServer`, anonymous mode) gets
 * activities shaped as Teams sends them (channelId `msteams`, conversation types, `28:` bot and
 * `29:` user ids, mention and clientInfo entities, tenant channelData), and its replies are read
 * at a local stand-in for the Teams connector (the activity's serviceUrl). Expected texts come
 * from the knowledge base and the string tables, never from copies here.
 */
import { STRINGS, t, format } from '../../../src/core/i18n/strings';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, CardAction, HeroCard } from 'botbuilder';
import { startServer } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { AREAS, ROLES } from '../../../src/core/handoff/handoffRequest';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import type { Lang } from '../../../src/core/language/languages';
import { toTeamsMarkdown } from '../../../src/hosting/botframework/teams/teamsMarkdown';
import { BUTTON_MARK } from '../../../src/hosting/botframework/teams/teamsButtons';
import { THROTTLING_RETRY } from '../../../src/hosting/botframework/sendThrottling';
import type { BotServer } from '../../../src/hosting/http/server';
import {
  messageActivity,
  send,
  startCaptureServer,
  uniqueId,
  type CaptureOptions,
  type CaptureServer,
  type HttpResult,
} from '../../support/http';
import { mainTopicButtons, replyText } from '../../support/shippedKnowledge';

const BASE_ENV = { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug' } as const;
const config = loadConfig(BASE_ENV, null);
const kb = loadKnowledge(config.knowledgeDir);
const areaLabel = areaLabelFor(kb);

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const BOT = { id: '28:0b9d6f3c-5b8e-4c1a-9f0e-3a2d1c4b5e6f', name: 'MIEUX+' };
const USER = { id: '29:1a2B3c4D5e6F7g8H9i0J-kLmNoPqRsTuVwXyZ', name: 'Ana García', aadObjectId: '6f1c2e3d-4b5a-4c7d-8e9f-0a1b2c3d4e5f' };
const MENTION_TEXT = `<at>${BOT.name}</at>`;

type Scope = 'personal' | 'groupChat' | 'channel';

interface Conversation {
  readonly scope: Scope;
  readonly id: string;
}

function newConversation(scope: Scope): Conversation {
  const unique = uniqueId('t').replace(/[^a-z0-9]/gi, '');
  const id =
    scope === 'personal'
      ? `a:1${unique}`
      : scope === 'channel'
        ? `19:${unique}@thread.tacv2;messageid=1767225600000`
        : `19:${unique}@thread.v2`;
  return { scope, id };
}

function conversationOf(conversation: Conversation): Record<string, unknown> {
  return {
    conversationType: conversation.scope,
    tenantId: TENANT,
    id: conversation.id,
    ...(conversation.scope === 'personal' ? {} : { isGroup: true }),
  };
}

function channelData(conversation: Conversation): Record<string, unknown> {
  if (conversation.scope !== 'channel') return { tenant: { id: TENANT } };
  return {
    teamsChannelId: '19:b1c2d3e4f5@thread.tacv2',
    teamsTeamId: '19:a1b2c3d4e5@thread.tacv2',
    channel: { id: '19:b1c2d3e4f5@thread.tacv2' },
    team: { id: '19:a1b2c3d4e5@thread.tacv2' },
    tenant: { id: TENANT },
  };
}

const clientInfo = (locale: string) => ({ type: 'clientInfo', locale, country: 'ES', platform: 'Web', timezone: 'Europe/Madrid' });

interface MessageOptions {
  readonly text: string;
  readonly mention?: boolean;
  readonly locale?: string;
  /** A press on a card button: its messageBack value (Teams sends no mention then). */
  readonly value?: unknown;
}

/** A message as Teams posts it to the bot. */
function teamsMessage(conversation: Conversation, serviceUrl: string, options: MessageOptions): Record<string, unknown> {
  const locale = options.locale ?? 'en-US';
  return {
    type: 'message',
    id: `1767225600${Math.floor(Math.random() * 1e6)}`,
    timestamp: '2026-01-01T00:00:00.000Z',
    localTimestamp: '2026-01-01T01:00:00.000+01:00',
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    conversation: conversationOf(conversation),
    recipient: BOT,
    textFormat: 'plain',
    text: options.mention ? `${MENTION_TEXT} ${options.text}` : options.text,
    locale,
    entities: [...(options.mention ? [{ type: 'mention', mentioned: BOT, text: MENTION_TEXT }] : []), clientInfo(locale)],
    channelData: channelData(conversation),
    ...(options.value === undefined ? {} : { value: options.value }),
  };
}

/** What every event activity Teams posts to the bot carries, from the user to the bot in `conversation`. */
function teamsEvent(type: string, conversation: Conversation, serviceUrl: string): Record<string, unknown> {
  return {
    type,
    id: `f:${uniqueId(type)}`,
    timestamp: '2026-01-01T00:00:00.000Z',
    serviceUrl,
    channelId: 'msteams',
    from: USER,
    conversation: conversationOf(conversation),
    recipient: BOT,
  };
}

/** What Teams sends when the app is installed (installationUpdate) or the bot joins (conversationUpdate). */
function installationUpdate(conversation: Conversation, serviceUrl: string, action: string, locale?: string): Record<string, unknown> {
  return {
    ...teamsEvent('installationUpdate', conversation, serviceUrl),
    action,
    ...(locale === undefined ? {} : { locale }),
    entities: locale === undefined ? [] : [clientInfo(locale)],
    channelData: { ...channelData(conversation), source: { name: 'message' } },
  };
}

function membersAdded(conversation: Conversation, serviceUrl: string, members: { id: string }[], locale?: string): Record<string, unknown> {
  return {
    ...teamsEvent('conversationUpdate', conversation, serviceUrl),
    membersAdded: members,
    ...(locale === undefined ? {} : { locale, entities: [clientInfo(locale)] }),
    channelData: { ...channelData(conversation), eventType: conversation.scope === 'channel' ? 'teamMemberAdded' : undefined },
  };
}

function entryText(id: string, lang: Lang) {
  const entry = kb.entries.get(id);
  if (!entry) throw new Error(`the knowledge base has no entry '${id}'`);
  return entry.text[lang];
}

/** Every button on the hero cards of a reply, in order. */
function cardButtons(reply: Partial<Activity>): CardAction[] {
  return (reply.attachments ?? [])
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.hero')
    .flatMap((a) => (a.content as HeroCard).buttons ?? []);
}

/** The button that sends `title`, as Teams would post its press back to the bot. */
function press(reply: Partial<Activity>, title: string): { text: string; value: unknown } {
  const button = cardButtons(reply).find((b) => b.title === title);
  if (!button)
    throw new Error(
      `no button "${title}" on the reply; buttons: ${cardButtons(reply)
        .map((b) => b.title)
        .join(', ')}`,
    );
  expect(button.type).toBe('messageBack');
  return { text: String(button.text), value: button.value };
}

/** Checks that a reply is in Teams' form: no suggested actions, messageBack buttons that send their title. */
function expectTeamsButtons(reply: Partial<Activity>, titles: readonly string[]): void {
  expect(reply.suggestedActions).toBeUndefined();
  const buttons = cardButtons(reply).filter((b) => b.type === 'messageBack');
  expect(buttons.map((b) => b.title).slice(0, titles.length)).toEqual(titles);
  for (const button of buttons) {
    expect(button.displayText, 'the press shows in the chat').toBe(button.text);
    expect((button.value as Record<string, unknown>)[BUTTON_MARK]).toBe(true);
  }
}

interface Running {
  readonly server: BotServer;
  readonly api: string;
  readonly logs: Record<string, unknown>[];
}

let app: Running;
const captures: CaptureServer[] = [];

async function channel(options: CaptureOptions = {}): Promise<CaptureServer> {
  const c = await startCaptureServer(options);
  captures.push(c);
  return c;
}

beforeAll(async () => {
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  const { server, port } = await startServer(config, logger);
  app = { server, api: `http://127.0.0.1:${port}/api/messages`, logs };
});

afterAll(async () => {
  await app?.server.close(2_000);
});

afterEach(async () => {
  await Promise.all(captures.splice(0).map((c) => c.close()));
});

/** Posts an activity; the turn is over (every reply delivered) when this resolves. */
async function post(activity: Record<string, unknown>, timeoutMs?: number): Promise<HttpResult> {
  return send(app.api, activity, timeoutMs === undefined ? {} : { timeoutMs });
}

/** Posts and returns the replies the channel received for this turn. */
async function turn(c: CaptureServer, activity: Record<string, unknown>): Promise<Partial<Activity>[]> {
  const before = c.requests.length;
  const result = await post(activity);
  expect(result.status, result.text).toBe(200);
  return c.requests.slice(before).map((r) => r.body as Partial<Activity>);
}

/** The same text on a plain channel (expectReplies): the reply before any Teams adaptation. */
async function plainReply(text: string, locale: string): Promise<Partial<Activity>> {
  const result = await post(messageActivity({ text, locale }));
  const messages = ((result.json as { activities: Partial<Activity>[] }).activities ?? []).filter((a) => a.type === 'message');
  expect(messages).toHaveLength(1);
  return messages[0]!;
}

describe('Teams channels and group chats', () => {
  it.each<Scope>(['channel', 'groupChat'])('%s: a message that @mentions the bot is answered, its buttons on a card', async (scope) => {
    const c = await channel();
    const conversation = newConversation(scope);
    const question = entryText('funding', 'en').questions[0]!;
    const replies = await turn(c, teamsMessage(conversation, c.url, { text: question, mention: true }));

    expect(replies).toHaveLength(1);
    const reply = replies[0]!;
    expect(reply.conversation?.id).toBe(conversation.id);
    expect(reply.text).toBe(toTeamsMarkdown(replyText('funding', 'en')));
    expectTeamsButtons(
      reply,
      kb.entries.get('funding')!.followUps.map((id) => entryText(id, 'en').title),
    );
    // The same buttons, in the same order, as a channel with suggested actions gets.
    const plain = await plainReply(question, 'en-US');
    expect(cardButtons(reply).map((b) => b.title)).toEqual((plain.suggestedActions?.actions ?? []).map((a) => a.title));
  });

  it.each<Scope>(['channel', 'groupChat'])('%s: a message without the @mention gets no reply and changes nothing', async (scope) => {
    const c = await channel();
    const conversation = newConversation(scope);
    const result = await post(teamsMessage(conversation, c.url, { text: entryText('funding', 'fr').questions[0]!, locale: 'en-US' }));
    expect(result.status, result.text).toBe(200);
    expect(c.requests).toEqual([]);

    // Had the French question been taken in, the conversation's language would be French and a
    // message too short to tell would be answered in French; it is answered in the locale's.
    const [reply] = await turn(c, teamsMessage(conversation, c.url, { text: 'MIEUX+', mention: true, locale: 'en-US' }));
    expect(reply?.locale).toBe('en');
  });

  it('(control for the test above: a mentioned French question does set the conversation language)', async () => {
    const c = await channel();
    const conversation = newConversation('channel');
    await turn(c, teamsMessage(conversation, c.url, { text: entryText('funding', 'fr').questions[0]!, mention: true, locale: 'en-US' }));
    const [reply] = await turn(c, teamsMessage(conversation, c.url, { text: 'MIEUX+', mention: true, locale: 'en-US' }));
    expect(reply?.locale).toBe('fr');
  });

  it('a request to contact the team without the @mention does not start the form', async () => {
    const c = await channel();
    const conversation = newConversation('channel');
    await post(teamsMessage(conversation, c.url, { text: 'I would like to contact the MIEUX+ team' }));
    expect(c.requests).toEqual([]);
    const [reply] = await turn(c, teamsMessage(conversation, c.url, { text: entryText('regions', 'en').questions[0]!, mention: true }));
    expect(reply?.text).toBe(toTeamsMarkdown(replyText('regions', 'en')));
  });

  it('pressing one of the bot’s card buttons (no @mention) is answered', async () => {
    const c = await channel();
    const conversation = newConversation('channel');
    const [first] = await turn(c, teamsMessage(conversation, c.url, { text: entryText('funding', 'en').questions[0]!, mention: true }));
    const followUp = kb.entries.get('funding')!.followUps[0]!;
    const { text, value } = press(first!, entryText(followUp, 'en').title);
    const [answer] = await turn(c, teamsMessage(conversation, c.url, { text, value }));
    expect(answer?.text).toBe(toTeamsMarkdown(replyText(followUp, 'en')));
  });

  it('a value that is not one of the bot’s buttons does not count as addressed to it', async () => {
    const c = await channel();
    const conversation = newConversation('channel');
    await post(teamsMessage(conversation, c.url, { text: 'Who funds MIEUX+?', value: { something: 'else' } }));
    expect(c.requests).toEqual([]);
  });
});

describe('Teams personal chat', () => {
  it('a message is answered without any @mention, as Teams renders it', async () => {
    const c = await channel();
    const conversation = newConversation('personal');
    const replies = await turn(c, teamsMessage(conversation, c.url, { text: entryText('funding', 'es').questions[0]!, locale: 'es-ES' }));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(toTeamsMarkdown(replyText('funding', 'es')));
    expectTeamsButtons(
      replies[0]!,
      kb.entries.get('funding')!.followUps.map((id) => entryText(id, 'es').title),
    );
  });

  it('an @mention in a personal chat is removed before the message is understood', async () => {
    const c = await channel();
    const [reply] = await turn(
      c,
      teamsMessage(newConversation('personal'), c.url, { text: entryText('funding', 'fr').questions[0]!, mention: true, locale: 'fr-FR' }),
    );
    expect(reply?.text).toBe(toTeamsMarkdown(replyText('funding', 'fr')));
  });

  it('a list answer arrives as bullet lines separated by real line breaks', async () => {
    const c = await channel();
    const [reply] = await turn(
      c,
      teamsMessage(newConversation('personal'), c.url, { text: entryText('contact', 'en').questions[1]!, locale: 'en-US' }),
    );
    const source = replyText('contact', 'en');
    expect(source).toMatch(/\n- /);
    expect(reply?.text).not.toMatch(/(^|\n)- /);
    expect(reply?.text?.replace(/\n\n/g, '')).not.toContain('\n');
    expect(reply?.text?.split('\n\n').filter((l) => l.startsWith('• '))).toHaveLength(
      source.split('\n').filter((l) => l.startsWith('- ')).length,
    );
  });
});

describe('Teams installation', () => {
  it.each<[string, Lang]>([
    ['fr-FR', 'fr'],
    ['es-ES', 'es'],
    ['en-GB', 'en'],
  ])('installed in a personal chat (%s): the welcome in %s with the main topics on a card, once', async (locale, lang) => {
    const c = await channel();
    const conversation = newConversation('personal');
    const replies = await turn(c, installationUpdate(conversation, c.url, 'add', locale));
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toBe(toTeamsMarkdown(STRINGS['bot.welcome'][lang]));
    expectTeamsButtons(replies[0]!, mainTopicButtons(kb, lang));
    // Teams also announces the bot joining the chat: no second welcome.
    expect(await turn(c, membersAdded(conversation, c.url, [{ id: BOT.id }], locale))).toEqual([]);
  });

  it('the bot joining first, then the installationUpdate: still one welcome', async () => {
    const c = await channel();
    const conversation = newConversation('personal');
    expect(await turn(c, membersAdded(conversation, c.url, [{ id: BOT.id }], 'es-ES'))).toHaveLength(1);
    expect(await turn(c, installationUpdate(conversation, c.url, 'add', 'es-ES'))).toEqual([]);
    expect(c.requests.map((r) => (r.body as Partial<Activity>).text)).toEqual([toTeamsMarkdown(STRINGS['bot.welcome'].es)]);
  });

  it('the locale only in the clientInfo entity is enough', async () => {
    const c = await channel();
    const update = installationUpdate(newConversation('personal'), c.url, 'add');
    update.entities = [clientInfo('fr-CA')];
    const [reply] = await turn(c, update);
    expect(reply?.text).toBe(toTeamsMarkdown(STRINGS['bot.welcome'].fr));
  });

  it('removed and installed again: welcomed again; an upgrade says nothing', async () => {
    const c = await channel();
    const conversation = newConversation('personal');
    await turn(c, installationUpdate(conversation, c.url, 'add', 'en-US'));
    expect(await turn(c, installationUpdate(conversation, c.url, 'add-upgrade', 'en-US'))).toEqual([]);
    expect(await turn(c, installationUpdate(conversation, c.url, 'remove', 'en-US'))).toEqual([]);
    const again = await turn(c, installationUpdate(conversation, c.url, 'add', 'en-US'));
    expect(again.map((r) => r.text)).toEqual([toTeamsMarkdown(STRINGS['bot.welcome'].en)]);
  });

  it('added to a team: one short introduction, and nothing when members join later', async () => {
    const c = await channel();
    const conversation = newConversation('channel');
    const intro = await turn(c, membersAdded(conversation, c.url, [{ id: BOT.id }], 'en-US'));
    expect(intro.map((r) => r.text)).toEqual([toTeamsMarkdown(STRINGS['bot.intro'].en)]);
    expect(intro[0]!.attachments ?? []).toEqual([]);
    expect(await turn(c, installationUpdate(conversation, c.url, 'add', 'en-US'))).toEqual([]);
    expect(await turn(c, membersAdded(conversation, c.url, [{ id: '29:newcomer' }], 'en-US'))).toEqual([]);
  });

  it('added to a group chat: the introduction in the locale', async () => {
    const c = await channel();
    const [intro] = await turn(c, installationUpdate(newConversation('groupChat'), c.url, 'add', 'es-ES'));
    expect(intro?.text).toBe(toTeamsMarkdown(STRINGS['bot.intro'].es));
  });
});

describe('the hand-off form in Teams', () => {
  it('shows every choice as card buttons and can be completed with presses and typed answers', async () => {
    const c = await channel();
    const conversation = newConversation('personal');
    const say = async (text: string, value?: unknown) => {
      const replies = await turn(
        c,
        teamsMessage(conversation, c.url, { text, locale: 'en-US', ...(value === undefined ? {} : { value }) }),
      );
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies) expect(reply.suggestedActions).toBeUndefined();
      return replies;
    };
    const last = (replies: Partial<Activity>[]) => replies[replies.length - 1]!;
    const choose = async (replies: Partial<Activity>[], title: string) => {
      const { text, value } = press(last(replies), title);
      return say(text, value);
    };

    let replies = await say('I would like to contact the MIEUX+ team');
    expect(last(replies).text).toBe(toTeamsMarkdown(t('handoff.consentMailto', 'en', { email: config.contactEmail })));
    expectTeamsButtons(last(replies), [STRINGS['handoff.consentYes'].en, STRINGS['handoff.consentNo'].en]);

    replies = await choose(replies, STRINGS['handoff.consentYes'].en);
    expect(last(replies).text).toBe(t('handoff.askRole', 'en'));
    expectTeamsButtons(
      last(replies),
      ROLES.map((r) => STRINGS[`role.${r}`].en),
    );

    replies = await choose(replies, STRINGS['role.memberStateInstitution'].en);
    expect(last(replies).text).toBe(t('handoff.askName', 'en'));
    replies = await say('Ana García');
    expect(last(replies).text).toBe(t('handoff.askEmail', 'en'));
    await say('ana.garcia@interior.example.es');
    await say('Ministry of the Interior');
    replies = await say('Spain');
    expect(last(replies).text).toBe(t('handoff.askArea', 'en'));
    expectTeamsButtons(
      last(replies),
      AREAS.map((a) => areaLabel(a, 'en')),
    );

    replies = await choose(replies, areaLabel(AREAS[1], 'en'));
    expect(last(replies).text).toBe(format(STRINGS['handoff.askMessage'].en, { max: '1000' }));
    replies = await say('We would like to share our experience with return procedures.');

    // The summary (a list, as bullet lines) and the question with its three choices.
    const summary = replies.find((r) => r.text?.startsWith(t('handoff.summary', 'en')));
    expect(
      summary?.text
        ?.split('\n\n')
        .slice(1)
        .every((line) => line.startsWith('• **')),
    ).toBe(true);
    expect(summary?.text).toContain('Ana García');
    const confirm = [STRINGS['handoff.confirmPrepare'].en, STRINGS['handoff.confirmCorrect'].en, STRINGS['handoff.confirmCancel'].en];
    expectTeamsButtons(last(replies), confirm);

    replies = await choose(replies, STRINGS['handoff.confirmPrepare'].en);
    const done = last(replies);
    expect(done.text).toContain(toTeamsMarkdown(t('handoff.readyMailto', 'en', { email: config.contactEmail })));
    // The e-mail to copy, for webmail, in a code block Teams shows as it is.
    expect(done.text).toContain(`${t('handoff.copyTo', 'en')}: ${config.contactEmail}`);
    const mailto = cardButtons(done).find((b) => b.type === 'openUrl');
    expect(mailto?.title).toBe(STRINGS['handoff.mailtoButton'].en);
    expect(String(mailto?.value)).toMatch(new RegExp(`^mailto:${config.contactEmail.replace(/[.+]/g, '\\$&')}\\?subject=`));
  });
});

describe('Teams throttling: a 429 from the channel', () => {
  const question = () => entryText('funding', 'en').questions[0]!;

  it('429 with Retry-After: 1, then 200 → the reply is delivered once, after the wait', { timeout: 15_000 }, async () => {
    const c = await channel({
      respond: (_r, i) => (i === 0 ? { status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'Throttled' } } } : undefined),
    });
    const result = await post(teamsMessage(newConversation('personal'), c.url, { text: question() }), 12_000);
    expect(result.status, result.text).toBe(200);
    expect(c.requests).toHaveLength(2);
    const [throttled, delivered] = c.requests;
    expect(delivered!.body).toEqual(throttled!.body);
    expect((delivered!.body as Partial<Activity>).text).toBe(toTeamsMarkdown(replyText('funding', 'en')));
    expect(delivered!.at - throttled!.at).toBeGreaterThanOrEqual(950);
  });

  it('429 without Retry-After, then 200 → retried after a back-off, delivered once', { timeout: 15_000 }, async () => {
    const c = await channel({ respond: (_r, i) => (i === 0 ? { status: 429, body: { error: { code: 'Throttled' } } } : undefined) });
    const result = await post(teamsMessage(newConversation('personal'), c.url, { text: question() }), 12_000);
    expect(result.status, result.text).toBe(200);
    expect(c.requests).toHaveLength(2);
  });

  it('a channel that keeps answering 429 gets a bounded number of attempts, then 502', { timeout: 20_000 }, async () => {
    const c = await channel({ respond: () => ({ status: 429, headers: { 'Retry-After': '1' }, body: { error: { code: 'Throttled' } } }) });
    const result = await post(teamsMessage(newConversation('personal'), c.url, { text: question() }), 15_000);
    expect(result.status, result.text).toBe(502);
    expect((result.json as { error?: unknown }).error).toEqual(expect.any(String));
    expect(c.requests).toHaveLength(THROTTLING_RETRY.maxAttempts);
    // Nothing more comes later: the turn is over, the apology is not tried on a refusing channel.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(c.requests).toHaveLength(THROTTLING_RETRY.maxAttempts);
  });

  it('a Retry-After longer than the bot waits → 502 after the first attempt', { timeout: 10_000 }, async () => {
    const c = await channel({ respond: () => ({ status: 429, headers: { 'Retry-After': '3600' } }) });
    const result = await post(teamsMessage(newConversation('personal'), c.url, { text: question() }), 8_000);
    expect(result.status, result.text).toBe(502);
    expect(c.requests).toHaveLength(1);
  });

  it('the server still answers afterwards', async () => {
    const c = await channel();
    const replies = await turn(c, teamsMessage(newConversation('personal'), c.url, { text: question() }));
    expect(replies.map((r) => r.text)).toEqual([toTeamsMarkdown(replyText('funding', 'en'))]);
  });
});
