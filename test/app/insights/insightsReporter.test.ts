/**
 * What the bot reports for the insights page, turn by turn, through the real bot, its dialogs and
 * the curator's loop on botbuilder's TestAdapter: one case per kind of traffic, each checked
 * against the events the sink received — and, in every case, that nothing a person typed is in them.
 */
import type { Activity, CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { InsightsReporter } from '../../../src/app/insights/insightsReporter';
import { Curation } from '../../../src/app/curation/curation';
import { CurationRecorder } from '../../../src/app/curation/curationRecorder';
import { CurationStore } from '../../../src/app/curation/curationStore';
import { MemoryStorage } from 'botbuilder';
import { STRINGS, t } from '../../../src/core/i18n/strings';
import type { InsightsEvent } from '../../../src/core/insights/events';
import type { Recognizer } from '../../../src/core/understanding/recognizer';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { CONTACT, createTestBot, recordingLogger, type TestBot } from '../../support/testBot';

const DAY = '2026-11-30';
const NOW = () => new Date(`${DAY}T12:00:00Z`);
const kb = shippedKnowledge();

function setup(recognizer?: Recognizer): { bot: TestBot; events: InsightsEvent[] } {
  const events: InsightsEvent[] = [];
  const insights = new InsightsReporter({ record: (e) => events.push(e) }, NOW);
  const recorder = new CurationRecorder(new CurationStore(new MemoryStorage(), 100), recordingLogger());
  const bot = createTestBot({
    insights,
    ...(recognizer ? { recognizer } : {}),
    curation: ({ replies }) => new Curation({ recorder, recordQuestions: true, offerFeedback: true, replies, email: CONTACT, insights }),
  });
  return { bot, events };
}

/** The events without what every one of them carries (day and channel are checked apart). */
const facts = (events: readonly InsightsEvent[]) =>
  events.map((e) => {
    const { day: _day, channel: _channel, ...fact } = e;
    return fact;
  });

const voteAction = (activity: Partial<Activity> | undefined, vote: 'up' | 'down'): CardAction =>
  (activity?.suggestedActions?.actions ?? []).find((a) => (a.value as { feedback?: string } | undefined)?.feedback === vote)!;

const question = (id: string, lang: 'es' | 'en' | 'fr' = 'en') => kb.entries.get(id)!.text[lang].questions[0]!;

describe('InsightsReporter, through the bot', () => {
  it('counts a conversation once, at its first message, and each answered question with its entry', async () => {
    const { bot, events } = setup();
    await bot.say(question('funding'));
    await bot.say(question('regions'));
    expect(facts(events)).toEqual([
      { type: 'conversationStarted', lang: 'en' },
      { type: 'question', lang: 'en', outcome: 'answered', entryIds: ['funding'] },
      { type: 'question', lang: 'en', outcome: 'answered', entryIds: ['regions'] },
    ]);
    // TestAdapter's channel is 'test': neither web nor Teams.
    expect(new Set(events.map((e) => `${e.day} ${e.channel}`))).toEqual(new Set([`${DAY} other`]));
  });

  it.each([
    ['webchat', 'web'],
    ['directline', 'web'],
    ['msteams', 'teams'],
    ['emulator', 'other'],
  ])('a message on channel %s counts as %s', async (channelId, kind) => {
    const { bot, events } = setup();
    await bot.say(question('funding'), { channelId });
    expect(events.map((e) => e.channel)).toEqual([kind, kind]);
  });

  it('"I don\'t know" is not found, and the button to write to the team it shows is the hand-off offered', async () => {
    const { bot, events } = setup();
    await bot.say('What is the capital of Peru?');
    expect(facts(events)).toEqual([
      { type: 'conversationStarted', lang: 'en' },
      { type: 'question', lang: 'en', outcome: 'notFound' },
      { type: 'handoff', lang: 'en', step: 'offered' },
    ]);
  });

  it('an entry picked from a "did you mean" resolves that question: no second question', async () => {
    const clarifying: Recognizer = {
      name: 'clarifying once',
      recognize: async (request) =>
        request.text === 'money?'
          ? { kind: 'clarify', lang: 'en', langFromText: true, options: ['funding', 'budget'], candidates: [] }
          : new LocalRecognizer(kb).recognize(request),
    };
    const { bot, events } = setup(clarifying);
    await bot.say('money?');
    await bot.say(kb.entries.get('funding')!.text.en.title);
    expect(facts(events)).toEqual([
      { type: 'conversationStarted', lang: 'en' },
      { type: 'question', lang: 'en', outcome: 'didYouMean' },
      { type: 'handoff', lang: 'en', step: 'offered' },
      { type: 'didYouMeanPicked', lang: 'en', entryId: 'funding' },
    ]);
  });

  it('a vote counts once for the answer it is about; a second press of the same button does not', async () => {
    const { bot, events } = setup();
    const [answer] = await bot.say(question('regions'));
    await bot.send({ type: 'message', value: voteAction(answer, 'down').value });
    await bot.send({ type: 'message', value: voteAction(answer, 'down').value });
    expect(facts(events).filter((e) => e.type === 'vote')).toEqual([{ type: 'vote', lang: 'en', vote: 'down', entryId: 'regions' }]);
  });

  it('the same question asked again in other words counts against the entry first answered', async () => {
    const { bot, events } = setup();
    await bot.say('Which regions does MIEUX+ cover?');
    await bot.say('In which regions does MIEUX+ work?');
    expect(facts(events).filter((e) => e.type === 'askedAgain')).toEqual([{ type: 'askedAgain', lang: 'en', entryId: 'regions' }]);
  });

  it('a hand-off counts each step once, a correction passing steps again included, and never what was typed', async () => {
    const { bot, events } = setup();
    const typed = ['Zoltan Quixote-Brambleworth', 'zq.brambleworth@example.org', 'Ministry of Examples', 'Ireland', 'Please contact me.'];
    await bot.say('I want to take part');
    await bot.say(STRINGS['handoff.consentYes'].en);
    await bot.say(STRINGS['role.expert'].en);
    for (const text of typed.slice(0, 4)) await bot.say(text);
    await bot.say(kb.entries.get('area-legal-migration')?.text.en.title ?? 'Legal migration');
    await bot.say(typed[4]!);
    await bot.say(STRINGS['handoff.confirmCorrect'].en);
    await bot.say(STRINGS['field.country'].en);
    await bot.say('Malta');
    await bot.say(STRINGS['handoff.confirmPrepare'].en);
    const steps = facts(events).filter((e) => e.type === 'handoff');
    expect(steps.map((e) => (e.type === 'handoff' ? e.step : ''))).toEqual([
      'started',
      'consentGiven',
      'role',
      'name',
      'email',
      'organisation',
      'country',
      'area',
      'message',
      'summary',
      'mailto',
    ]);
    const json = JSON.stringify(events);
    for (const text of [...typed, 'Malta']) expect(json).not.toContain(text);
  });

  it('a refused consent and a typed "cancel" are the ways out, counted as such', async () => {
    const refused = setup();
    await refused.bot.say('I want to take part');
    await refused.bot.say(STRINGS['handoff.consentNo'].en);
    expect(facts(refused.events).filter((e) => e.type === 'handoff')).toEqual([
      { type: 'handoff', lang: 'en', step: 'started' },
      { type: 'handoff', lang: 'en', step: 'consentRefused' },
    ]);
    const cancelled = setup();
    await cancelled.bot.say('I want to take part');
    await cancelled.bot.say(STRINGS['handoff.consentYes'].en);
    const [reply] = await cancelled.bot.say('cancel');
    expect(reply?.text).toBe(t('handoff.cancelled', 'en'));
    expect(facts(cancelled.events).filter((e) => e.type === 'handoff')).toEqual([
      { type: 'handoff', lang: 'en', step: 'started' },
      { type: 'handoff', lang: 'en', step: 'consentGiven' },
      { type: 'handoff', lang: 'en', step: 'role' },
      { type: 'handoff', lang: 'en', step: 'cancelled' },
    ]);
  });
});
