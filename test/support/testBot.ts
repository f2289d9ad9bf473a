import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { CONVERSATION_PROFILE_PROPERTY, type ConversationProfile } from '../../src/app/conversationProfile';
import { DIALOG_STATE_PROPERTY } from '../../src/hosting/botframework/botState';
import { BotTurns } from '../../src/hosting/botframework/botTurns';
import { TurnCommitRecord } from '../../src/hosting/botframework/turnCommitRecord';
import { MAILTO_ONLY, type HandoffSubmitter } from '../../src/app/handoff/handoffSubmitter';
import { ReplyBuilder } from '../../src/app/replies';
import { wireBot } from '../../src/wireBot';
import { createTurnErrorHandler } from '../../src/hosting/botframework/turnErrorHandler';
import type { KnowledgeBase } from '../../src/core/knowledge/types';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import type { Recognizer } from '../../src/core/understanding/recognizer';
import type { Logger } from '../../src/logger';
import type { Curation } from '../../src/app/curation/curation';
import type { InsightsReporter } from '../../src/app/insights/insightsReporter';
import { shippedKnowledge } from './shippedKnowledge';

export const CONTACT = 'mieux-initiative@icmpd.org';

export interface RecordingLogger extends Logger {
  readonly lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const record =
    (level: string) =>
    (message: string, fields: object = {}) => {
      lines.push(JSON.stringify({ level, msg: message, ...fields }));
    };
  return { lines, debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
}

export interface TestBot {
  readonly adapter: TestAdapter;
  readonly kb: KnowledgeBase;
  readonly logger: RecordingLogger;
  /** Sends a message and returns every activity the bot sent back in that turn. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  send(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}

/** The same pieces src/index.ts wires, on botbuilder's TestAdapter. */
export interface TestBotOptions {
  recognizer?: Recognizer;
  kb?: KnowledgeBase;
  submitter?: HandoffSubmitter;
  /** The curator's loop, built on the bot's own state and replies. */
  curation?: (parts: { replies: ReplyBuilder }) => Curation;
  /** Counts for the insights page, given to the answerer and the hand-off form (and to curation by its builder). */
  insights?: InsightsReporter;
}

export function createTestBot(options: TestBotOptions = {}): TestBot {
  const kb = options.kb ?? shippedKnowledge();
  const logger = recordingLogger();
  const conversationState = new ConversationState(new MemoryStorage());
  const profile = conversationState.createProperty<ConversationProfile>(CONVERSATION_PROFILE_PROPERTY);
  const dialogState = conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
  const replies = new ReplyBuilder(kb, CONTACT);
  const recognizer = options.recognizer ?? new LocalRecognizer(kb);
  const curation = options.curation?.({ replies });
  const turns = new BotTurns(profile, new TurnCommitRecord(conversationState));
  const bot = wireBot({
    kb,
    conversationState,
    dialogState,
    turns,
    recognizer,
    replies,
    teamEmail: CONTACT,
    submitter: options.submitter ?? MAILTO_ONLY,
    logger,
    ...(curation ? { curation } : {}),
    ...(options.insights ? { insights: options.insights } : {}),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler(logger, replies, conversationState);

  const send = async (activity: Partial<Activity>): Promise<Partial<Activity>[]> => {
    const before = adapter.activeQueue.length;
    await adapter.receiveActivity(activity);
    return adapter.activeQueue.splice(before).filter((a) => a.type !== 'trace');
  };
  return {
    adapter,
    kb,
    logger,
    send,
    say: (text, extra = {}) => send({ type: 'message', text, ...extra }),
  };
}

export function buttonTitles(activity: Partial<Activity> | undefined): string[] {
  return (activity?.suggestedActions?.actions ?? []).map((a) => a.title ?? '');
}
