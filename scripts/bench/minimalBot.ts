/**
 * The benchmark's reference point between the echo bot and the MIEUX+ bot: what any bot that
 * understands questions and remembers its conversations costs on this stack. It recognises each
 * message with the same LocalRecognizer, keeps the conversation's language and offered entries in
 * the same conversation state and in-memory storage as the MIEUX+ bot, and replies with the
 * answer's text only: no buttons, feedback, curation records, Teams handling, dialogs or
 * committed turns. So the MIEUX+ bot's distance to it is the price of those features, and its
 * distance to the echo bot the price of understanding and state as such.
 */
import type { TurnContext } from 'botbuilder';
import type { Config } from '../../src/config';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { createStorage } from '../../src/adapters/storage/createStorage';
import { OptimisticConversationState } from '../../src/hosting/botframework/optimisticConversationState';

interface MinimalContext {
  lang?: Lang;
  offered?: readonly string[];
}

const NOT_FOUND = 'I do not know.';

export function minimalBot(config: Config): { run(context: TurnContext): Promise<void> } {
  const kb = loadKnowledge(config.knowledgeDir);
  const recognizer = new LocalRecognizer(kb);
  const state = new OptimisticConversationState(createStorage(config.storage));
  const remembered = state.createProperty<MinimalContext>('minimal');
  return {
    run: async (context) => {
      if (context.activity.type !== 'message') return;
      const memory = await remembered.get(context, {});
      const recognition = recognizer.recognizeSync({
        text: context.activity.text ?? '',
        locale: context.activity.locale,
        context: { lang: memory.lang, offered: memory.offered },
      });
      const entry = recognition.kind === 'answer' ? kb.entries.get(recognition.entryId) : undefined;
      await context.sendActivity(entry ? entry.text[recognition.lang].answer : NOT_FOUND);
      memory.lang = recognition.lang;
      memory.offered = entry ? entry.followUps : [];
      await state.saveChanges(context);
    },
  };
}
