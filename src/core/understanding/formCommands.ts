import { LANGUAGES, type Lang } from '../language/languages';
import { normalise } from '../language/normalise';
import { tokenise } from '../language/tokenise';
import type { ConversationData } from '../knowledge/types';
import { PhraseList } from './phraseList';

export type FormCommand = 'cancel' | 'help';

/**
 * "cancelar", "cancel", "annuler" and "help" while a form is open. Only a whole message counts
 * (with any punctuation): "cancel my visa appointment" typed as a message is not a command.
 * Every language is accepted whatever the form's language, since people say "stop" in any.
 */
export class FormCommands {
  private readonly commands: ReadonlyArray<{ command: FormCommand; phrases: PhraseList }>;

  constructor(conversation: ConversationData) {
    this.commands = [
      { command: 'cancel', phrases: new PhraseList(LANGUAGES.flatMap((l: Lang) => conversation.cancel[l])) },
      { command: 'help', phrases: new PhraseList(LANGUAGES.flatMap((l: Lang) => conversation.smallTalk.help[l])) },
    ];
  }

  detect(text: string): FormCommand | undefined {
    const tokens = tokenise(normalise(text));
    if (tokens.length === 0 || tokens.length > 5) return undefined;
    return this.commands.find(({ phrases }) => phrases.remove(tokens).rest.length === 0)?.command;
  }
}
