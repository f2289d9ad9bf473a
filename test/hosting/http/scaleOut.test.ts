/**
 * The real server (startServer) with its state on Azure Blob Storage — Azurite on a random
 * loopback port, in memory — as it runs with AZURE_STORAGE_CONNECTION_STRING set: state survives
 * a restart, two instances carry one conversation, concurrent turns on both are all answered
 * once, and /readyz follows the storage.
 *
 * `conversationAcross` plays a scripted conversation whose turns go to whichever instance each
 * step names; a multi-turn scenario (the hand-off form) is one more script for it.
 */
import { STRINGS, t } from '../../../src/core/i18n/strings';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { startServer } from '../../../src/index';
import type { BotServer } from '../../../src/hosting/http/server';
import { startAzurite, type Azurite } from '../../support/azurite';
import { closedPort, messageActivity, send, uniqueId } from '../../support/http';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { startSmtp } from '../../support/smtpServer';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import { answerText } from '../../../src/core/knowledge/answerText';

const kb = shippedKnowledge();
const answer = (id: string, lang: 'es' | 'en' | 'fr') => answerText(kb.entries.get(id)!, lang);
const question = (id: string, lang: 'es' | 'en' | 'fr') => kb.entries.get(id)!.text[lang].questions[0]!;

interface Instance {
  readonly name: string;
  readonly base: string;
  readonly server: BotServer;
  readonly logs: Record<string, unknown>[];
}

let azurite: Azurite;
const running: Instance[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((i) => i.server.close(2_000)));
});

afterAll(async () => {
  await azurite?.stop();
});

function containerName(): string {
  return uniqueId('state')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 63)
    .replace(/-+$/, '');
}

async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const logs: Record<string, unknown>[] = [];
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, null);
  const { server, port } = await startServer(
    config,
    createLogger('info', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
  );
  const instance = { name, base: `http://127.0.0.1:${port}`, server, logs };
  running.push(instance);
  return instance;
}

function blobEnv(container: string, connectionString = azurite.connectionString): Record<string, string> {
  return { AZURE_STORAGE_CONNECTION_STRING: connectionString, AZURE_STORAGE_CONTAINER: container };
}

async function stop(instance: Instance): Promise<void> {
  running.splice(running.indexOf(instance), 1);
  await instance.server.close(2_000);
}

/** Sends one message and returns the bot's message replies (expectReplies). */
async function say(instance: Instance, conversationId: string, text: string, locale?: string): Promise<Partial<Activity>[]> {
  const result = await send(
    `${instance.base}/api/messages`,
    messageActivity({ conversationId, text, ...(locale === undefined ? {} : { locale }) }),
  );
  expect(result.status, `${instance.name}: ${result.text.slice(0, 300)}`).toBe(200);
  return ((result.json as { activities: Partial<Activity>[] }).activities ?? []).filter((a) => a.type === 'message');
}

export interface ScriptStep {
  /** Index into the instances. */
  readonly on: number;
  readonly text: string;
  readonly locale?: string;
  /** Checks the replies of this step. */
  readonly expect: (replies: Partial<Activity>[]) => void;
}

/** Plays `script` in one conversation, each step on the instance it names. */
async function conversationAcross(instances: readonly Instance[], script: readonly ScriptStep[]): Promise<void> {
  const conversationId = uniqueId('conv');
  for (const [i, step] of script.entries()) {
    const replies = await say(instances[step.on]!, conversationId, step.text, step.locale);
    try {
      step.expect(replies);
    } catch (error) {
      throw new Error(`step ${i + 1} on ${instances[step.on]!.name} ("${step.text}")`, { cause: error });
    }
  }
}

const only = (lang: string, text?: string) => (replies: Partial<Activity>[]) => {
  expect(replies).toHaveLength(1);
  expect(replies[0]!.locale).toBe(lang);
  if (text !== undefined) expect(replies[0]!.text).toBe(text);
};

/**
 * "MIEUX+" alone shows no language; with the client locale es-ES the bot answers in the
 * conversation's language if it remembers one — the state — and in Spanish if it does not.
 */
const LANGUAGE_CARRIES: readonly ScriptStep[] = [
  { on: 0, text: question('funding', 'en'), locale: 'es-ES', expect: only('en', answer('funding', 'en')) },
  { on: 1, text: 'MIEUX+', locale: 'es-ES', expect: only('en') },
  { on: 1, text: question('regions', 'fr'), locale: 'es-ES', expect: only('fr', answer('regions', 'fr')) },
  { on: 0, text: 'MIEUX+', locale: 'en-US', expect: only('fr') },
];

describe('state on Azure Blob Storage', () => {
  it('survives a restart of the bot', async () => {
    const env = blobEnv(containerName());
    const conversationId = uniqueId('conv');
    const first = await startInstance('first', env);
    expect(await say(first, conversationId, question('funding', 'en'), 'es-ES')).toHaveLength(1);
    await stop(first);

    const restarted = await startInstance('restarted', env);
    const [reply] = await say(restarted, conversationId, 'MIEUX+', 'es-ES');
    expect(reply!.locale).toBe('en');
  });

  it('in memory (the default) the same restart forgets the conversation — so the test above shows the storage at work', async () => {
    const conversationId = uniqueId('conv');
    const first = await startInstance('first', {});
    await say(first, conversationId, question('funding', 'en'), 'es-ES');
    await stop(first);
    const restarted = await startInstance('restarted', {});
    const [reply] = await say(restarted, conversationId, 'MIEUX+', 'es-ES');
    expect(reply!.locale).toBe('es');
  });

  it('two instances on one container carry one conversation: what one learnt, the other knows', async () => {
    const env = blobEnv(containerName());
    const instances = [await startInstance('A', env), await startInstance('B', env)];
    await conversationAcross(instances, LANGUAGE_CARRIES);
  });

  it('two instances on separate containers do not — the shared storage is what carries it', async () => {
    const instances = [await startInstance('A', blobEnv(containerName())), await startInstance('B', blobEnv(containerName()))];
    const conversationId = uniqueId('conv');
    await say(instances[0]!, conversationId, question('funding', 'en'), 'es-ES');
    const [reply] = await say(instances[1]!, conversationId, 'MIEUX+', 'es-ES');
    expect(reply!.locale).toBe('es');
  });

  it('messages sent at once to one conversation through both instances are each answered once, correctly, with no error', async () => {
    const env = blobEnv(containerName());
    const instances = [await startInstance('A', env), await startInstance('B', env)];
    const conversationId = uniqueId('conv');
    // The conversation exists first: its very first write has no eTag to check (see OptimisticConversationState).
    await say(instances[0]!, conversationId, question('about', 'fr'), 'fr-FR');

    const ids = [...kb.entries.keys()].filter((id) => id !== kb.conversation.personalCaseEntry).slice(0, 8);
    const replies = await Promise.all(ids.map((id, i) => say(instances[i % 2]!, conversationId, question(id, 'fr'), 'fr-FR')));
    replies.forEach((r, i) => {
      expect(r, `reply to the ${ids[i]} question`).toHaveLength(1);
      expect(r[0]!.text, `reply to the ${ids[i]} question`).toBe(answer(ids[i]!, 'fr'));
    });
    for (const instance of instances)
      expect(instance.logs.filter((l) => l.level === 'warn' || l.level === 'error').map((l) => l.msg)).not.toContain('turn error');
    // The state is whole afterwards: the language is still known on both.
    for (const instance of instances) expect((await say(instance, conversationId, 'MIEUX+', 'es-ES'))[0]!.locale).toBe('fr');
  });
});

/** The hand-off form, its steps alternating between the two instances, ending in one e-mail. */
function handoffAcross(lang: 'en'): ScriptStep[] {
  const prompt = (text: string) => (replies: Partial<Activity>[]) => expect(replies[replies.length - 1]!.text).toBe(text);
  const area = areaLabelFor(kb)('area-legal-migration', lang);
  return [
    {
      on: 0,
      text: 'I want to take part',
      locale: 'en-US',
      expect: prompt(t('handoff.consentSmtp', lang, { email: 'mieux-initiative@icmpd.org' })),
    },
    { on: 1, text: STRINGS['handoff.consentYes'][lang], locale: 'en-US', expect: prompt(t('handoff.askRole', lang)) },
    { on: 0, text: STRINGS['role.memberStateInstitution'][lang], locale: 'en-US', expect: prompt(t('handoff.askName', lang)) },
    { on: 1, text: 'John Smith', locale: 'en-US', expect: prompt(t('handoff.askEmail', lang)) },
    { on: 0, text: 'j.smith@migration.ie', locale: 'en-US', expect: prompt(t('handoff.askOrganisation', lang)) },
    { on: 1, text: 'Department of Justice', locale: 'en-US', expect: prompt(t('handoff.askCountry', lang)) },
    { on: 0, text: 'Ireland', locale: 'en-US', expect: prompt(t('handoff.askArea', lang)) },
    { on: 1, text: area, locale: 'en-US', expect: prompt(t('handoff.askMessage', lang, { max: '1000' })) },
    { on: 0, text: 'We would like to start a request.', locale: 'en-US', expect: prompt(t('handoff.askConfirm', lang)) },
    {
      on: 1,
      text: STRINGS['handoff.confirmSend'][lang],
      locale: 'en-US',
      expect: (replies) => expect(replies[0]!.attachments?.[0]?.content.buttons[0].value).toMatch(/^mailto:/),
    },
  ];
}

describe('the hand-off across instances', () => {
  it(
    'a form started on one instance is finished on the other, and its e-mail is sent by exactly one of them',
    { timeout: 40_000 },
    async () => {
      const smtp = await startSmtp();
      try {
        const env = {
          ...blobEnv(containerName()),
          SMTP_URL: smtp.url,
          HANDOFF_EMAIL_FROM: 'bot@mieux.example.org',
          HANDOFF_RETRY_POLL_MS: '100',
        };
        const instances = [await startInstance('A', env), await startInstance('B', env)];
        await conversationAcross(instances, handoffAcross('en'));
        await conversationAcross(instances, handoffAcross('en'));
        for (let i = 0; i < 100 && smtp.received.length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
        // Both deliverers keep polling the shared outbox: give a second copy every chance to appear.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        expect(smtp.received).toHaveLength(2);
        expect(smtp.received.every((m) => /^Reply-To: j\.smith@migration\.ie/m.test(m.raw))).toBe(true);
        const ids = smtp.received.map((m) => /^Message-ID:\s*(\S+)/m.exec(m.raw)?.[1]);
        expect(new Set(ids).size).toBe(2);
        for (const instance of instances) expect(JSON.stringify(instance.logs)).not.toContain('j.smith@migration.ie');
      } finally {
        await smtp.close();
      }
    },
  );
});

describe('GET /readyz', () => {
  it('is 200 with the knowledge loaded and the storage reachable', async () => {
    const instance = await startInstance('A', blobEnv(containerName()));
    const result = await send(`${instance.base}/readyz`);
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ status: 'ready', checks: { knowledge: 'ok', storage: 'ok' } });
  });

  it('is 503 while the storage cannot be reached, then 200 once it can — without a restart', { timeout: 40_000 }, async () => {
    const port = await closedPort();
    const connectionString = azurite.connectionString.replace(`:${azurite.port}/`, `:${port}/`);
    const instance = await startInstance('A', blobEnv(containerName(), connectionString));
    const down = await send(`${instance.base}/readyz`);
    expect(down.status).toBe(503);
    expect(down.json).toEqual({ status: 'not ready', checks: { knowledge: 'ok', storage: 'unreachable' } });
    expect((await send(`${instance.base}/healthz`)).status).toBe(200);
    expect(instance.logs.some((l) => l.msg === 'not ready' && l.level === 'warn')).toBe(true);
    expect(JSON.stringify(instance.logs)).not.toContain('AccountKey');

    const late = await startAzurite(port);
    try {
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i += 1) {
        status = (await send(`${instance.base}/readyz`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(status).toBe(200);
      const conversationId = uniqueId('conv');
      expect(await say(instance, conversationId, question('funding', 'en'))).toHaveLength(1);
    } finally {
      await late.stop();
    }
  });
});
