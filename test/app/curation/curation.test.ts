/**
 * The curator's loop in the bot, on botbuilder's TestAdapter with the same pieces src/index.ts
 * wires: unanswered questions recorded scrubbed, helpful / not helpful after answers, votes.
 */
import { STRINGS, t } from '../../../src/core/i18n/strings';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity, type BotState, type CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { BotTurns } from '../../../src/hosting/botframework/botTurns';
import { runCommittedTurn } from '../../../src/hosting/botframework/committedTurn';
import { ConsoleAdapter } from '../../../src/hosting/botframework/consoleAdapter';
import { loadConfig } from '../../../src/config';
import { composeBot } from '../../../src/index';
import { createLogger } from '../../../src/logger';
import { ReplyBuilder } from '../../../src/app/replies';
import type { Lang } from '../../../src/core/language/languages';
import type { Recognition } from '../../../src/core/understanding/recognizer';
import { Curation } from '../../../src/app/curation/curation';
import { CurationRecorder } from '../../../src/app/curation/curationRecorder';
import { CurationStore } from '../../../src/app/curation/curationStore';
import { curationKnowledge } from '../../support/curationFixture';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { buttonTitles, CONTACT, createTestBot, recordingLogger } from '../../support/testBot';
import { answerText } from '../../../src/core/knowledge/answerText';
import type { Recognizer } from '../../../src/core/understanding/recognizer';

const NOW = new Date('2026-11-28T10:42:37.000Z');
const PROJECT = join(__dirname, '..', '..', '..');

function setup(options: { offerFeedback?: boolean; recordQuestions?: boolean; recognizer?: Recognizer } = {}) {
  const storage = new MemoryStorage();
  const store = new CurationStore(storage, 100);
  const logger = recordingLogger();
  const recorder = new CurationRecorder(store, logger);
  const bot = createTestBot({
    ...(options.recognizer ? { recognizer: options.recognizer } : {}),
    curation: ({ replies }) =>
      new Curation({
        recorder,
        recordQuestions: options.recordQuestions ?? true,
        offerFeedback: options.offerFeedback ?? true,
        replies,
        email: CONTACT,
        now: () => NOW,
      }),
  });
  const questions = async () => (await recorder.flush(), store.readQuestions());
  const feedback = async () => (await recorder.flush(), store.readFeedback());
  return { bot, store, storage, recorder, questions, feedback, logger };
}

const feedbackActions = (activity: Partial<Activity> | undefined): CardAction[] =>
  (activity?.suggestedActions?.actions ?? []).filter((a) => (a.value as { feedback?: unknown } | undefined)?.feedback !== undefined);

const press = (action: CardAction): Partial<Activity> => ({ type: 'message', text: action.text, value: action.value });

const UNANSWERED: Readonly<Record<Lang, { typed: string; recorded: string }>> = {
  es: { typed: '¿Cuál es la capital de Francia? Llámeme al 612 34 56 78', recorded: '¿Cuál es la capital de Francia? Llámeme al [phone]' },
  en: { typed: 'What is the capital of France? My name is John Smith', recorded: 'What is the capital of France? My name is [name]' },
  fr: {
    typed: 'Quelle est la capitale de la France ? Écrivez à marie@exemple.fr',
    recorded: 'Quelle est la capitale de la France ? Écrivez à [email]',
  },
};

describe.each<Lang>(['es', 'en', 'fr'])('recording unanswered questions (%s)', (lang) => {
  it('records the scrubbed question, its language, kind, candidates and minute — no ids, no raw text', async () => {
    const { bot, questions, storage, logger } = setup();
    const [reply] = await bot.say(UNANSWERED[lang].typed);
    expect(reply!.text).toBe(t('bot.notFound', lang, { email: CONTACT }));
    const held = await questions();
    expect(held).toEqual([
      { seq: 0, at: '2026-11-28T10:42:00.000Z', lang, kind: 'notFound', text: UNANSWERED[lang].recorded, candidates: expect.any(Array) },
    ]);
    // Everything stored, as stored: no trace of the raw text or of who asked.
    const everything = JSON.stringify(await storage.read(['curation/questions/ring', 'curation/questions/slot/0', 'curation/feedback']));
    const reference = bot.adapter.conversation;
    for (const secret of ['612 34 56 78', 'John Smith', 'marie@exemple.fr', reference.conversation.id, reference.user!.id])
      expect(everything).not.toContain(secret);
    expect(logger.lines.join('\n')).not.toContain(UNANSWERED[lang].typed);
  });
});

describe('what is recorded and what is not', () => {
  it('records a "did you mean" with its options among the candidates', async () => {
    // Which question gets a "did you mean" depends on the knowledge base of the day: the recognizer here always asks.
    const candidates = [
      { entryId: 'benefits', score: 0.41234 },
      { entryId: 'mutual-learning', score: 0.4 },
    ];
    const clarifying: Recognizer = {
      name: 'fixed',
      recognize: async () => ({ kind: 'clarify', lang: 'es', langFromText: true, options: ['benefits', 'mutual-learning'], candidates }),
    };
    const { bot, questions } = setup({ recognizer: clarifying });
    const [reply] = await bot.say('¿Quién ganó el último partido?');
    expect(reply!.text).toBe(t('bot.clarify', 'es'));
    const [held] = await questions();
    expect(held).toMatchObject({ kind: 'clarify', lang: 'es', text: '¿Quién ganó el último partido?' });
    expect(held!.candidates).toEqual([
      { entryId: 'benefits', score: 0.412 },
      { entryId: 'mutual-learning', score: 0.4 },
    ]);
  });

  it('records an answer won by a small lead as a close call, with the entry answered', async () => {
    const candidates = [
      { entryId: 'funding', score: 0.6 },
      { entryId: 'budget', score: 0.55 },
    ];
    const close: Recognizer = {
      name: 'fixed',
      recognize: async () => ({ kind: 'answer', entryId: 'funding', lang: 'en', langFromText: true, candidates }),
    };
    const { bot, questions } = setup({ recognizer: close });
    await bot.say('who gives the money');
    expect(await questions()).toEqual([
      {
        seq: 0,
        at: '2026-11-28T10:42:00.000Z',
        lang: 'en',
        kind: 'closeCall',
        text: 'who gives the money',
        candidates,
        entryId: 'funding',
      },
    ]);
  });

  it('records the answer a person asks about again in other words, right after it', async () => {
    const { bot, questions } = setup();
    await bot.say('Who funds MIEUX+?');
    await bot.say('who gives the money to MIEUX+, who funds it exactly');
    const records = await questions();
    expect(records.filter((r) => r.kind === 'rephrased')).toEqual([
      expect.objectContaining({ kind: 'rephrased', lang: 'en', text: 'Who funds MIEUX+?', entryId: 'funding' }),
    ]);
  });

  it('does not take a new question for the same one asked again', async () => {
    const { bot, questions } = setup();
    await bot.say('Who funds MIEUX+?');
    await bot.say('Which regions does MIEUX+ work in?');
    expect((await questions()).filter((r) => r.kind === 'rephrased')).toEqual([]);
  });

  it('records nothing for answers, small talk, personal cases and empty messages', async () => {
    const { bot, questions } = setup();
    for (const text of [
      '¿Quién financia MIEUX+?',
      'hola',
      'gracias',
      'necesito un visado para ir a España',
      '   ',
      'Which regions does MIEUX+ cover?',
    ])
      await bot.say(text);
    expect(await questions()).toEqual([]);
  });

  it('records nothing typed into the hand-off form: names, e-mails and messages are not questions', async () => {
    const { bot, questions } = setup();
    await bot.say('Quiero participar');
    const [role] = await bot.say(STRINGS['handoff.consentYes'].es);
    expect(role!.text).toBe(t('handoff.askRole', 'es'));
    await bot.say(buttonTitles(role)[0]!);
    const [email] = await bot.say('Ana García Pérez');
    expect(email!.text).toBe(t('handoff.askEmail', 'es'));
    await bot.say('ana.garcia@interior.es');
    expect(await questions()).toEqual([]);
  });

  it('records nothing when question recording is off (CURATION_MAX_QUESTIONS=0)', async () => {
    const { bot, questions } = setup({ recordQuestions: false });
    await bot.say(UNANSWERED.es.typed);
    expect(await questions()).toEqual([]);
  });

  it('records a turn once even when it runs again after an eTag conflict', async () => {
    const { recorder, store } = setup();
    const conversationState = new ConversationState(new MemoryStorage());
    const turns = new BotTurns(conversationState.createProperty('profile'));
    const curation = new Curation({
      recorder,
      recordQuestions: true,
      offerFeedback: true,
      replies: new ReplyBuilder(shippedKnowledge(), CONTACT),
      email: CONTACT,
    });
    // Another instance wrote this conversation between our read and our write, once.
    let saves = 0;
    const conflictingOnce = {
      saveChanges: async () => {
        saves += 1;
        if (saves === 1) throw new Error('Storage: error writing "x" due to eTag conflict.');
      },
      load: async () => ({}),
    } as unknown as BotState;
    const context = new TurnContext(new TestAdapter(), { type: 'message', text: 'the price of bread?' });
    const notFound: Recognition = { kind: 'notFound', lang: 'en', langFromText: true, candidates: [] };
    let runs = 0;
    await runCommittedTurn(
      context,
      [conflictingOnce],
      async () => {
        runs += 1;
        curation.noteRecognition(turns.of(context), notFound, {});
      },
      { backoffMs: () => 0 },
    );
    await recorder.flush();
    expect(runs).toBe(2);
    expect((await store.readQuestions()).map((q) => q.text)).toEqual(['the price of bread?']);
  });
});

describe.each<Lang>(['es', 'en', 'fr'])('helpful / not helpful (%s)', (lang) => {
  const question = { es: '¿Quién financia MIEUX+?', en: 'Who funds MIEUX+?', fr: 'Qui finance MIEUX+ ?' }[lang];

  it('is offered after an answer, after its follow-ups, as two messageBack buttons naming the entry', async () => {
    const { bot } = setup();
    const [answer] = await bot.say(question);
    expect(answer!.text).toBe(answerText(bot.kb.entries.get('funding')!, lang));
    const followUps = bot.kb.entries.get('funding')!.followUps.map((id) => bot.kb.entries.get(id)!.text[lang].title);
    expect(buttonTitles(answer)).toEqual([...followUps, STRINGS['feedback.up'][lang], STRINGS['feedback.down'][lang]]);
    const [up, down] = feedbackActions(answer);
    expect(up).toMatchObject({
      type: 'messageBack',
      title: STRINGS['feedback.up'][lang],
      displayText: STRINGS['feedback.up'][lang],
      value: { feedback: 'up', entryId: 'funding' },
    });
    expect(down).toMatchObject({ type: 'messageBack', value: { feedback: 'down', entryId: 'funding' } });
  });

  it('a press is thanked in the language, never taken for a question, counted once, and the follow-ups come back', async () => {
    const { bot, feedback, questions } = setup();
    const [answer] = await bot.say(question);
    const [, down] = feedbackActions(answer);
    const [thanks, ...more] = await bot.send(press(down!));
    expect(more).toEqual([]);
    expect(thanks!.text).toBe(t('feedback.thanksDown', lang, { email: CONTACT }));
    expect(thanks!.locale).toBe(lang);
    expect(buttonTitles(thanks)).toEqual(bot.kb.entries.get('funding')!.followUps.map((id) => bot.kb.entries.get(id)!.text[lang].title));
    expect((await feedback()).funding).toEqual({
      up: { es: 0, en: 0, fr: 0 },
      down: { es: 0, en: 0, fr: 0, [lang]: 1 },
      lastAt: '2026-11-28T10:42:00.000Z',
    });
    // The question behind the "not helpful" answer is kept for curators, scrubbed, with the entry answered.
    expect(await questions()).toEqual([
      { seq: 0, at: '2026-11-28T10:42:00.000Z', lang, kind: 'downvoted', text: question, candidates: [], entryId: 'funding' },
    ]);

    // The same button again (a card that stayed, a double click): thanked, not counted again.
    const [again] = await bot.send(press(down!));
    expect(again!.text).toBe(t('feedback.thanksDown', lang, { email: CONTACT }));
    expect((await feedback()).funding?.down[lang]).toBe(1);
  });

  it('"helpful" gets its own thanks and count', async () => {
    const { bot, feedback } = setup();
    const [answer] = await bot.say(question);
    const [up] = feedbackActions(answer);
    const [thanks] = await bot.send(press(up!));
    expect(thanks!.text).toBe(t('feedback.thanksUp', lang));
    expect((await feedback()).funding?.up[lang]).toBe(1);
  });
});

describe('feedback: where it is offered and what counts', () => {
  it.each([
    ['small talk', 'hola'],
    ['not found', '¿Cuál es la capital de Francia?'],
    ['did you mean', '¿Quién ganó el último Real Madrid - Barça?'],
    ['a personal case', 'necesito un visado para ir a España'],
    ['an empty message', ' '],
  ])('is not offered after %s', async (_what, text) => {
    const { bot } = setup();
    const replies = await bot.say(text);
    expect(replies.flatMap(feedbackActions)).toEqual([]);
  });

  it('is not offered when turned off (CURATION_FEEDBACK=false)', async () => {
    const { bot } = setup({ offerFeedback: false });
    const [answer] = await bot.say('¿Quién financia MIEUX+?');
    expect(buttonTitles(answer)).toEqual(bot.kb.entries.get('funding')!.followUps.map((id) => bot.kb.entries.get(id)!.text.es.title));
  });

  it('a vote for an answer that is no longer the latest reply is thanked but not counted', async () => {
    const { bot, feedback } = setup();
    const [first] = await bot.say('¿Quién financia MIEUX+?');
    await bot.say('¿Cuál es la capital de Francia?');
    const [thanks] = await bot.send(press(feedbackActions(first)[1]!));
    expect(thanks!.text).toBe(t('feedback.thanksDown', 'es', { email: CONTACT }));
    expect(await feedback()).toEqual({});
  });

  it.each([
    ['a made-up token', (v: Record<string, unknown>) => ({ ...v, token: 'forged' })],
    ['another entry', (v: Record<string, unknown>) => ({ ...v, entryId: 'about' })],
    ['no token', (v: Record<string, unknown>) => ({ feedback: v.feedback, entryId: v.entryId })],
    ['a vote that is neither up nor down', (v: Record<string, unknown>) => ({ ...v, feedback: 'maybe' })],
  ])('a press with %s is thanked, not counted, and not taken for a question', async (_what, forge) => {
    const { bot, feedback, questions } = setup();
    const [answer] = await bot.say('Who funds MIEUX+?');
    const value = forge(feedbackActions(answer)[1]!.value as Record<string, unknown>);
    const replies = await bot.send({ type: 'message', text: 'Not helpful at all', value });
    expect(replies).toHaveLength(1);
    expect([t('feedback.thanksUp', 'en'), t('feedback.thanksDown', 'en', { email: CONTACT })]).toContain(replies[0]!.text);
    expect(await feedback()).toEqual({});
    expect(await questions()).toEqual([]);
  });

  it('a press during the hand-off form is thanked and the form goes on where it was', async () => {
    const { bot, feedback } = setup();
    const [answer] = await bot.say('¿Quién financia MIEUX+?');
    await bot.say('Quiero participar');
    const [role] = await bot.say(STRINGS['handoff.consentYes'].es);
    expect(role!.text).toBe(t('handoff.askRole', 'es'));
    const [thanks] = await bot.send(press(feedbackActions(answer)[0]!));
    expect(thanks!.text).toBe(t('feedback.thanksUp', 'es'));
    expect((await feedback()).funding?.up.es).toBe(1);
    // The form still waits for the role.
    const [name] = await bot.say(buttonTitles(role)[0]!);
    expect(name!.text).toBe(t('handoff.askName', 'es'));
  });

  it('a vote for an entry the knowledge base no longer has (state from before a redeploy) is thanked and counted', async () => {
    const store = new CurationStore(new MemoryStorage(), 10);
    const recorder = new CurationRecorder(store, recordingLogger());
    const bot = createTestBot({
      // The feedback side sees a knowledge base without 'funding', as after the entry was removed.
      curation: () =>
        new Curation({
          recorder,
          recordQuestions: true,
          offerFeedback: true,
          replies: new ReplyBuilder(curationKnowledge(), CONTACT),
          email: CONTACT,
        }),
    });
    const [answer] = await bot.say('¿Quién financia MIEUX+?');
    const [thanks] = await bot.send(press(feedbackActions(answer)[1]!));
    expect(thanks!.text).toBe(t('feedback.thanksDown', 'es', { email: CONTACT }));
    expect(buttonTitles(thanks)).toEqual([]);
    await recorder.flush();
    expect((await store.readFeedback()).funding?.down.es).toBe(1);
  });

  it('votes are recorded without question recording (CURATION_MAX_QUESTIONS=0)', async () => {
    const { bot, feedback } = setup({ recordQuestions: false });
    const [answer] = await bot.say('¿Quién financia MIEUX+?');
    await bot.send(press(feedbackActions(answer)[1]!));
    expect((await feedback()).funding?.down.es).toBe(1);
  });
});

describe('the terminal chat (npm run chat)', () => {
  it('shows the feedback buttons by their titles, and a pressed one is a vote, not a question', async () => {
    const { bot: composed, curation } = composeBot(loadConfig({}, null), createLogger('silent'));
    const printed: Partial<Activity>[] = [];
    const adapter = new ConsoleAdapter((a) => printed.push(a), 'en-US');
    await adapter.say('Who funds MIEUX+?', (context) => composed.run(context));
    const down = feedbackActions(printed.at(-1))[1]!;
    await adapter.say(String(down.text), (context) => composed.run(context), down.value);
    expect(printed.at(-1)!.text).toBe(t('feedback.thanksDown', 'en', { email: CONTACT }));
    await curation.flush();
    expect((await curation.store.readFeedback()).funding?.down.en).toBe(1);
  });

  it('npm run chat lists them by number, and typing the number votes', async () => {
    const child = spawn(join(PROJECT, 'node_modules', '.bin', 'tsx'), ['src/chat.ts', '--lang', 'en'], {
      cwd: PROJECT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const followUps = shippedKnowledge().entries.get('funding')!.followUps.length;
    // The funding answer's buttons: its follow-ups, then helpful, then not helpful.
    child.stdin.end(`Who funds MIEUX+?\n${followUps + 2}\nexit\n`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain(`[${followUps + 1}] ${STRINGS['feedback.up'].en}`);
    expect(out).toContain(`[${followUps + 2}] ${STRINGS['feedback.down'].en}`);
    expect(out).not.toContain('[object Object]');
    expect(out).toContain(t('feedback.thanksDown', 'en', { email: CONTACT }));
    expect(out).not.toContain(t('bot.notFound', 'en', { email: CONTACT }));
  }, 30_000);
});
