import { STRINGS, t } from '../../../src/core/i18n/strings';
import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import type { HandoffRequest } from '../../../src/core/handoff/handoffRequest';
import { displayUserText } from '../../../src/core/handoff/handoffMail';
import { HandoffOutbox, backoffMs } from '../../../src/app/handoff/outbox';
import { OutboxDeliverer } from '../../../src/adapters/smtp/outboxDeliverer';
import { SmtpMailer } from '../../../src/adapters/smtp/smtpMailer';
import { composeBot } from '../../../src/index';
import { recordingLogger } from '../../support/testBot';
import { startSmtp, type LocalSmtp } from '../../support/smtpServer';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const kb = shippedKnowledge();
const TEAM = 'mieux-initiative@icmpd.org';
const FROM = 'bot@mieux.example.org';

const request: HandoffRequest = {
  lang: 'es',
  role: 'expert',
  name: 'Ana García',
  email: 'ana.garcia@interior.es',
  organisation: 'Ministerio del Interior',
  country: 'España',
  area: 'area-horizontal',
  message: 'Me gustaría participar como experta.',
};

const servers: LocalSmtp[] = [];
const deliverers: OutboxDeliverer[] = [];
afterEach(async () => {
  await Promise.all(deliverers.splice(0).map((d) => d.stop()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function smtp(port = 0): Promise<LocalSmtp> {
  const server = await startSmtp(port);
  servers.push(server);
  return server;
}

/** A clock the test moves, so retries after backoff need no waiting. */
function clock(start = Date.parse('2026-11-28T10:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function deliverer(outbox: HandoffOutbox, url: string, logger = recordingLogger()): OutboxDeliverer {
  const d = new OutboxDeliverer(outbox, new SmtpMailer(url), logger, {
    from: FROM,
    to: TEAM,
    areaLabel: areaLabelFor(kb),
    pollMs: 60_000,
    leaseMs: 30_000,
  });
  deliverers.push(d);
  return d;
}

function header(raw: string, name: string): string | undefined {
  // Long headers are folded onto indented continuation lines (RFC 5322).
  const match = new RegExp(`^${name}:(.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(raw);
  return match?.[1]?.replace(/\r\n[ \t]+/g, ' ').trim();
}

function decodeBody(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const encoding = header(raw, 'Content-Transfer-Encoding');
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable')
    return Buffer.from(
      body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  return body;
}

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('until(): condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('hand-off e-mail over SMTP', () => {
  it('delivers a request once, to the team, with Reply-To the person and every field', async () => {
    const server = await smtp();
    const outbox = new HandoffOutbox(new MemoryStorage());
    await outbox.initialise();
    const id = await outbox.enqueue(request);
    await deliverer(outbox, server.url).kick();

    expect(server.received).toHaveLength(1);
    const mail = server.received[0]!;
    expect(mail.from).toBe(FROM);
    expect(mail.to).toEqual([TEAM]);
    expect(header(mail.raw, 'Reply-To')).toBe(request.email);
    expect(header(mail.raw, 'Message-ID')).toBe(`<handoff-${id}@mieux-bot.invalid>`);
    const body = decodeBody(mail.raw);
    for (const [label, value] of [
      [STRINGS['field.name'].es, request.name],
      [STRINGS['field.email'].es, request.email],
      [STRINGS['field.organisation'].es, request.organisation],
      [STRINGS['field.country'].es, request.country],
      [STRINGS['field.role'].es, STRINGS['role.expert'].es],
      [STRINGS['field.area'].es, kb.entries.get('area-horizontal')!.text.es.title],
    ] as const)
      expect(body).toContain(`${label}: ${value}`);
    expect(body).toContain(request.message);
    expect(await outbox.pendingIds()).toEqual([]);
    expect(await outbox.get(id)).toBeUndefined();
  });

  it('server down, then up: retried after the backoff and delivered exactly once', async () => {
    const first = await smtp();
    const port = first.port;
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    const time = clock();
    const outbox = new HandoffOutbox(new MemoryStorage(), time.now);
    await outbox.initialise();
    const id = await outbox.enqueue(request);
    const logger = recordingLogger();
    const d = deliverer(outbox, `smtp://127.0.0.1:${port}?ignoreTLS=true`, logger);
    await d.kick();
    const failed = await outbox.get(id);
    expect(failed?.attempts).toBe(1);
    expect(failed?.nextAttemptAt).toBe(time.now() + backoffMs(1));
    expect(logger.lines.join('\n')).not.toContain(request.email);

    const server = await smtp(port);
    await d.kick();
    expect(server.received).toHaveLength(0);
    time.advance(backoffMs(1));
    await d.kick();
    await d.kick();
    expect(server.received).toHaveLength(1);
    expect(await outbox.pendingIds()).toEqual([]);
  });

  it('a request left undelivered is delivered after the bot restarts on the same storage', async () => {
    const storage = new MemoryStorage();
    const time = clock();
    const before = new HandoffOutbox(storage, time.now);
    await before.initialise();
    await before.enqueue(request);
    const down = deliverer(before, 'smtp://127.0.0.1:9?ignoreTLS=true');
    await down.kick();
    await down.stop();

    const server = await smtp();
    time.advance(backoffMs(1));
    const after = new HandoffOutbox(storage, time.now);
    await after.initialise();
    const restarted = deliverer(after, server.url);
    restarted.start();
    await until(() => server.received.length === 1);
    await restarted.kick();
    expect(server.received).toHaveLength(1);
    expect(await after.pendingIds()).toEqual([]);
  });

  it('the same request key queued twice (a turn run again) is sent once', async () => {
    const server = await smtp();
    const outbox = new HandoffOutbox(new MemoryStorage());
    await outbox.initialise();
    await outbox.enqueue(request, 'turn-key');
    await outbox.enqueue(request, 'turn-key');
    expect(await outbox.pendingIds()).toEqual(['turn-key']);
    await deliverer(outbox, server.url).kick();
    expect(server.received).toHaveLength(1);
  });

  it('two workers on one storage send each request once', async () => {
    const server = await smtp();
    const storage = new MemoryStorage();
    const outbox = new HandoffOutbox(storage);
    await outbox.initialise();
    for (let i = 0; i < 5; i += 1) await outbox.enqueue({ ...request, name: `Persona ${i}` });
    const a = deliverer(new HandoffOutbox(storage), server.url);
    const b = deliverer(new HandoffOutbox(storage), server.url);
    await Promise.all([a.kick(), b.kick(), a.kick(), b.kick()]);
    expect(server.received).toHaveLength(5);
    expect(new Set(server.received.map((m) => header(m.raw, 'Message-ID'))).size).toBe(5);
  });
});

describe('the composed bot with SMTP_URL set', () => {
  it('answers the person at once and e-mails the team in the background', async () => {
    const server = await smtp();
    const config = loadConfig({ SMTP_URL: server.url, HANDOFF_EMAIL_FROM: FROM, LOG_LEVEL: 'silent' }, null);
    const logger = recordingLogger();
    const { bot, handoffDelivery } = composeBot(config, logger);
    await handoffDelivery.start();
    try {
      const adapter = new TestAdapter((context) => bot.run(context));
      const replies: Partial<Activity>[] = [];
      const say = async (text: string) => {
        const before = adapter.activeQueue.length;
        await adapter.receiveActivity({ type: 'message', text, locale: 'en-US' });
        replies.push(...adapter.activeQueue.splice(before));
      };
      const area = areaLabelFor(kb)('area-legal-migration', 'en');
      for (const text of [
        'I want to take part',
        STRINGS['handoff.consentYes'].en,
        STRINGS['role.memberStateInstitution'].en,
        'John Smith',
        'j.smith@migration.ie',
        'Department of Justice',
        'Ireland',
        area,
        'We would like to start a request.',
      ])
        await say(text);
      expect(replies[replies.length - 1]!.text).toBe(t('handoff.askConfirm', 'en'));
      await say(STRINGS['handoff.confirmSend'].en);
      expect(replies[replies.length - 1]!.text).toContain(displayUserText('j.smith@migration.ie'));
      await until(() => server.received.length === 1);
      expect(header(server.received[0]!.raw, 'Reply-To')).toBe('j.smith@migration.ie');
      expect(logger.lines.join('\n')).not.toMatch(/John Smith|j\.smith@migration\.ie/);
    } finally {
      await handoffDelivery.stop();
    }
  });
});
