/**
 * A hand-off request is e-mailed only if the turn that confirmed it committed its state: the
 * state is what the person's conversation shows, so an e-mail for a turn it does not show would
 * be one the person was never told about. Storage failures at "Send" and a crash between the
 * outbox write and the state commit, end to end over HTTP, with a real SMTP server on loopback.
 */
import { STRINGS, t } from '../../../src/core/i18n/strings';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStorage, type Activity, type Storage } from 'botbuilder';
import { composeBot } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import { LANGUAGES, type Lang } from '../../../src/core/language/languages';
import { createLogger } from '../../../src/logger';
import { createBotServer } from '../../../src/hosting/http/server';
import { onBotFramework } from '../../support/botFrameworkServer';
import { ExpiringMemoryStorage } from '../../../src/adapters/storage/expiringMemoryStorage';
import { FlakyStorage } from '../../support/flakyStorage';
import { messageActivity, send, uniqueId, waitUntil } from '../../support/http';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { startSmtp, type LocalSmtp } from '../../support/smtpServer';

const kb = shippedKnowledge();
const areaLabel = areaLabelFor(kb);
const FROM = 'bot@mieux.example.org';
/** Unconfirmed requests are dropped this long after they were written (short, for the tests). */
const UNCONFIRMED_TTL_MS = 1_500;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

interface Instance {
  readonly say: (text: string, id?: string) => Promise<{ status: number; texts: string[] }>;
  stop(): Promise<void>;
}

/** One bot process: the composed bot behind its HTTP server, delivering through `smtp`. */
async function instance(smtp: LocalSmtp, state: Storage, outbox: Storage, conversationId: string, lang: Lang): Promise<Instance> {
  const config = loadConfig({ SMTP_URL: smtp.url, HANDOFF_EMAIL_FROM: FROM, HANDOFF_RETRY_POLL_MS: '100', LOG_LEVEL: 'silent' }, null);
  const logger = createLogger('silent');
  const { adapter, bot, handoffDelivery } = composeBot(config, logger, state, {
    outboxStorage: outbox,
    unconfirmedHandoffTtlMs: UNCONFIRMED_TTL_MS,
  });
  await handoffDelivery.start();
  const server = createBotServer(onBotFramework({ adapter, bot, logger, maxBodyBytes: config.maxBodyBytes }));
  const port = await server.listen(0, '127.0.0.1');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close(500);
    await handoffDelivery.stop();
  };
  cleanup.push(stop);
  return {
    say: async (text, id = uniqueId('act')) => {
      const result = await send(`http://127.0.0.1:${port}/api/messages`, messageActivity({ text, id, conversationId, locale: lang }));
      const activities = ((result.json as { activities?: Partial<Activity>[] } | undefined)?.activities ?? []).filter(
        (a) => a.type === 'message',
      );
      return { status: result.status, texts: activities.map((a) => a.text ?? '') };
    },
    stop,
  };
}

async function smtpServer(): Promise<LocalSmtp> {
  const server = await startSmtp();
  cleanup.push(() => server.close());
  return server;
}

/** Fills the form up to its summary, where the next message is the confirmation. */
async function fillForm(bot: Instance, lang: Lang): Promise<void> {
  const answers: Record<string, string> = {
    [t('handoff.askRole', lang)]: STRINGS['role.expert'][lang],
    [t('handoff.askName', lang)]: 'Ana García',
    [t('handoff.askEmail', lang)]: 'ana.garcia@interior.es',
    [t('handoff.askOrganisation', lang)]: 'Ministerio del Interior',
    [t('handoff.askCountry', lang)]: 'España',
    [t('handoff.askArea', lang)]: areaLabel('area-horizontal', lang),
    [t('handoff.askMessage', lang, { max: '1000' })]: 'Quiero participar.',
  };
  await bot.say(lang === 'es' ? 'Quiero participar' : lang === 'en' ? 'I want to take part' : 'Je veux participer');
  let last = (await bot.say(STRINGS['handoff.consentYes'][lang])).texts.at(-1);
  for (let i = 0; i < 10 && last !== t('handoff.askConfirm', lang); i += 1) {
    const answer = answers[last ?? ''];
    if (answer === undefined) throw new Error(`no answer for: ${last}`);
    last = (await bot.say(answer)).texts.at(-1);
  }
  expect(last).toBe(t('handoff.askConfirm', lang));
}

const isConversation = (key: string) => key.includes('/conversations/');
const messageIds = (smtp: LocalSmtp) => smtp.received.map((m) => /^Message-ID:\s*(.+)$/im.exec(m.raw)?.[1]?.trim());
/** Lets the outbox's poller (every 100 ms) look several times. */
const severalPolls = () => new Promise((r) => setTimeout(r, 1_000));

describe.each(LANGUAGES)('"Send" while the state cannot be written (%s)', (lang) => {
  it('the person is told the truth, the request is not e-mailed, and a later Send delivers it exactly once', async () => {
    const smtp = await smtpServer();
    const state = new FlakyStorage(new ExpiringMemoryStorage({ ttlMs: 3_600_000, maxItems: 1_000 }));
    const bot = await instance(smtp, state, new MemoryStorage(), uniqueId('conv'), lang);
    await fillForm(bot, lang);

    state.failing = isConversation;
    const failed = await bot.say(STRINGS['handoff.confirmSend'][lang]);
    // A storage failure is not the channel's: the person gets an answer, and it is the truth.
    expect(failed.status).toBe(200);
    expect(failed.texts).toEqual([STRINGS['bot.notSaved'][lang].replace('{email}', 'mieux-initiative@icmpd.org')]);
    await severalPolls();
    expect(smtp.received).toHaveLength(0);

    // Storage back: the form is still at its summary, and Send goes through once.
    state.failing = undefined;
    const sent = await bot.say(STRINGS['handoff.confirmSend'][lang]);
    expect(sent.status).toBe(200);
    expect(sent.texts.at(-1)).toContain(t('handoff.sentSmtp', lang, { email: '', replyTo: '', mailto: '' }).slice(0, 12));
    await waitUntil(() => smtp.received.length >= 1, 15_000, 'the e-mail');
    await new Promise((r) => setTimeout(r, UNCONFIRMED_TTL_MS + 500));
    expect(smtp.received).toHaveLength(1);
  });
});

describe('the same confirming message again (a channel retrying it) after the commit failed', () => {
  it('is one request: one e-mail, with the Message-ID of that message', async () => {
    const smtp = await smtpServer();
    const state = new FlakyStorage(new ExpiringMemoryStorage({ ttlMs: 3_600_000, maxItems: 1_000 }));
    const bot = await instance(smtp, state, new MemoryStorage(), uniqueId('conv'), 'en');
    await fillForm(bot, 'en');
    const confirmId = uniqueId('confirm');
    state.failing = isConversation;
    expect((await bot.say(STRINGS['handoff.confirmSend'].en, confirmId)).status).toBe(200);
    state.failing = undefined;
    expect((await bot.say(STRINGS['handoff.confirmSend'].en, confirmId)).status).toBe(200);
    await waitUntil(() => smtp.received.length >= 1, 15_000, 'the e-mail');
    await severalPolls();
    expect(smtp.received).toHaveLength(1);
  });
});

describe('the poller and a turn that has not committed yet', () => {
  it('sends nothing while the turn that wrote the request is still committing; once it has, exactly one e-mail', async () => {
    const smtp = await smtpServer();
    const state = new FlakyStorage(new ExpiringMemoryStorage({ ttlMs: 3_600_000, maxItems: 1_000 }));
    const bot = await instance(smtp, state, new MemoryStorage(), uniqueId('conv'), 'es');
    await fillForm(bot, 'es');
    const release = state.hold(isConversation);
    const confirming = bot.say(STRINGS['handoff.confirmSend'].es);
    await waitUntil(() => state.heldWrites > 0, 10_000, 'the commit to start');
    await severalPolls();
    expect(smtp.received).toHaveLength(0);
    release();
    expect((await confirming).status).toBe(200);
    await waitUntil(() => smtp.received.length >= 1, 15_000, 'the e-mail');
    await severalPolls();
    expect(smtp.received).toHaveLength(1);
  });
});

describe('a crash between the outbox write and the state commit', () => {
  it('after a restart the request is not e-mailed (the person never saw it sent); pressing Send again sends one e-mail', async () => {
    const smtp = await smtpServer();
    const stateItems = new ExpiringMemoryStorage({ ttlMs: 3_600_000, maxItems: 1_000 });
    const outbox = new MemoryStorage();
    const conversationId = uniqueId('conv');
    const state = new FlakyStorage(stateItems);
    const before = await instance(smtp, state, outbox, conversationId, 'fr');
    await fillForm(before, 'fr');
    // The commit never completes: the process is killed while it waits.
    state.hold(isConversation);
    void before.say(STRINGS['handoff.confirmSend'].fr).catch(() => undefined);
    await waitUntil(() => state.heldWrites > 0, 10_000, 'the commit to start');
    await before.stop();

    // A new process on the same storages.
    const after = await instance(smtp, new FlakyStorage(stateItems), outbox, conversationId, 'fr');
    await new Promise((r) => setTimeout(r, UNCONFIRMED_TTL_MS + 1_000));
    expect(smtp.received).toHaveLength(0);

    const sent = await after.say(STRINGS['handoff.confirmSend'].fr);
    expect(sent.status).toBe(200);
    await waitUntil(() => smtp.received.length >= 1, 15_000, 'the e-mail');
    await severalPolls();
    expect(smtp.received).toHaveLength(1);
    expect(new Set(messageIds(smtp)).size).toBe(1);
  });
});
