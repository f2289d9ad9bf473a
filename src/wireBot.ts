import { HandoffDialog } from '../dialogs/handoffDialog';
import type { Curation } from './app/curation/curation';
import type { HandoffSubmitter } from './app/handoff/handoffSubmitter';
import type { InsightsReporter } from './app/insights/insightsReporter';
import { QuestionAnswerer } from './app/questionAnswerer';
import type { ReplyBuilder } from './app/replies';
import { Welcomer } from './app/welcome';
import type { KnowledgeBase } from './core/knowledge/types';
import { FormCommands } from './core/understanding/formCommands';
import type { Recognizer } from './core/understanding/recognizer';
import { YesNoDetector } from './core/understanding/yesNo';
import type { Logger } from './logger';
import { MieuxBot, type MieuxBotDependencies } from './hosting/botframework/mieuxBot';

export interface BotParts {
  readonly kb: KnowledgeBase;
  readonly conversationState: MieuxBotDependencies['conversationState'];
  readonly dialogState: MieuxBotDependencies['dialogState'];
  readonly turns: MieuxBotDependencies['turns'];
  readonly recognizer: Recognizer;
  readonly replies: ReplyBuilder;
  readonly teamEmail: string;
  readonly submitter: HandoffSubmitter;
  readonly logger: Logger;
  readonly curation?: Curation;
  readonly insights?: InsightsReporter;
}

/**
 * The answerer, the hand-off form and the bot, wired one way: the composition root and the
 * tests' bot both use this, so a test bot cannot differ from the one that runs.
 */
export function wireBot(parts: BotParts): MieuxBot {
  const { kb, curation, insights } = parts;
  const reporter = insights ? { insights } : {};
  const answerer = new QuestionAnswerer({
    recognizer: parts.recognizer,
    replies: parts.replies,
    ...(curation ? { curation } : {}),
    ...reporter,
  });
  const handoffDialog = new HandoffDialog({
    kb,
    teamEmail: parts.teamEmail,
    submitter: parts.submitter,
    turns: parts.turns,
    logger: parts.logger,
    commands: new FormCommands(kb.conversation),
    yesNo: new YesNoDetector(kb.conversation),
    answerer,
    ...reporter,
  });
  return new MieuxBot({
    conversationState: parts.conversationState,
    dialogState: parts.dialogState,
    turns: parts.turns,
    handoffDialog,
    answerer,
    welcomer: new Welcomer(parts.replies),
    ...(curation ? { curation } : {}),
  });
}
