import { t } from '../../src/core/i18n/strings';
import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { ConversationProfile } from '../../src/app/conversationProfile';
import { QuestionAnswerer } from '../../src/app/questionAnswerer';
import { ReplyBuilder } from '../../src/app/replies';
import { BotTurns } from '../../src/hosting/botframework/botTurns';
import type { Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { shippedKnowledge } from '../support/shippedKnowledge';
import { answerText } from '../../src/core/knowledge/answerText';

const kb = shippedKnowledge();
const EMAIL = 'team@example.org';

function setup() {
  const state = new ConversationState(new MemoryStorage());
  const profile = state.createProperty<ConversationProfile>('profile');
  const turns = new BotTurns(profile);
  const answerer = new QuestionAnswerer({ recognizer: new LocalRecognizer(kb), replies: new ReplyBuilder(kb, EMAIL) });
  let seen: ConversationProfile = {};
  const adapter = new TestAdapter(async (context) => {
    await answerer.answer(turns.of(context));
    seen = { ...(await profile.get(context, {})) };
    await state.saveChanges(context);
  });
  return { adapter, profile: () => seen };
}

const answer = (id: string, lang: Lang) => answerText(kb.entries.get(id)!, lang);

describe('QuestionAnswerer: one question, one answer, context kept', () => {
  it.each<[string, string, Lang, readonly string[]]>([
    ['¿Quién financia MIEUX+?', answer('funding', 'es'), 'es', kb.entries.get('funding')!.followUps],
    ['Which regions does MIEUX+ cover?', answer('regions', 'en'), 'en', kb.entries.get('regions')!.followUps],
    ['Comment devenir expert ?', answer('become-expert', 'fr'), 'fr', kb.entries.get('become-expert')!.followUps],
    [
      'What is the capital of France?',
      t('bot.notFound', 'en', { email: EMAIL }),
      'en',
      kb.conversation.mainTopics.filter((id) => id !== kb.conversation.contactEntry),
    ],
    ['bonjour', t('bot.greeting', 'fr'), 'fr', kb.conversation.mainTopics.filter((id) => id !== kb.conversation.contactEntry)],
    ['thanks', t('bot.thanks', 'en'), 'en', []],
  ])('%j', async (utterance, reply, lang, offered) => {
    const { adapter, profile } = setup();
    await adapter.send(utterance).assertReply((activity) => {
      expect(activity.text).toBe(reply);
      expect(activity.locale).toBe(lang);
    });
    expect(profile().lang).toBe(lang);
    expect(profile().offered).toEqual(offered);
  });

  it('remembers the last entry answered', async () => {
    const { adapter, profile } = setup();
    await adapter.send('¿Quién financia MIEUX+?').assertReply(() => undefined);
    expect(profile().lastEntryId).toBe('funding');
  });
});
