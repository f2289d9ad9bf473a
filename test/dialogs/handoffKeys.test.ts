/**
 * Which request a confirming message names, as the hand-off form hands it to the submitter: the
 * same key twice is one request (see handoffRequestKey).
 */
import { STRINGS, t } from '../../src/core/i18n/strings';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { areaLabelFor } from '../../src/core/handoff/areaLabel';
import type { HandoffSubmitter } from '../../src/app/handoff/handoffSubmitter';
import { createTestBot, type TestBot } from '../support/testBot';
import { shippedKnowledge } from '../support/shippedKnowledge';

const areaLabel = areaLabelFor(shippedKnowledge());
const ANSWERS: ReadonlyArray<readonly [string, string]> = [
  [t('handoff.askRole', 'en'), STRINGS['role.expert'].en],
  [t('handoff.askName', 'en'), 'John Smith'],
  [t('handoff.askEmail', 'en'), 'j.smith@migration.ie'],
  [t('handoff.askOrganisation', 'en'), 'Department of Justice'],
  [t('handoff.askCountry', 'en'), 'Ireland'],
  [t('handoff.askArea', 'en'), areaLabel('area-legal-migration', 'en')],
  [t('handoff.askMessage', 'en', { max: '1000' }), 'We would like to start a request.'],
];

function keyRecorder(): HandoffSubmitter & { readonly keys: string[] } {
  const keys: string[] = [];
  return { delivers: true, keys, submit: async (_request, key) => void keys.push(key) };
}

/** Consents, answers whatever is asked, and confirms with `confirm` (extra activity fields). */
async function handOver(bot: TestBot, confirm: Partial<Activity>): Promise<void> {
  await bot.say('I want to take part');
  let replies = await bot.say(STRINGS['handoff.consentYes'].en);
  for (let i = 0; i < 10; i += 1) {
    const asked = replies[replies.length - 1]?.text ?? '';
    if (asked === t('handoff.askConfirm', 'en')) break;
    const answer = ANSWERS.find(([question]) => question === asked);
    if (!answer) throw new Error(`no answer for: ${asked}`);
    replies = await bot.say(answer[1]);
  }
  await bot.say(STRINGS['handoff.confirmSend'].en, confirm);
}

describe('the key of a hand-off request', () => {
  it('two requests confirmed in one conversation by messages whose id is an object are two requests', async () => {
    const submitter = keyRecorder();
    const bot = createTestBot({ submitter });
    await handOver(bot, { id: {} as unknown as string });
    await handOver(bot, { id: {} as unknown as string });
    expect(submitter.keys).toHaveLength(2);
    expect(submitter.keys[0]).not.toBe(submitter.keys[1]);
  });

  it('the same confirming message names the same request', async () => {
    const first = keyRecorder();
    const second = keyRecorder();
    for (const submitter of [first, second]) await handOver(createTestBot({ submitter }), { id: 'confirm-1' });
    expect(first.keys).toEqual(second.keys);
  });
});
