import type { Storage, StatePropertyAccessor } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { CONVERSATION_PROFILE_PROPERTY, type ConversationProfile } from '../../app/conversationProfile';
import { BotTurns } from './botTurns';
import { OptimisticConversationState } from './optimisticConversationState';
import { TurnCommitRecord } from './turnCommitRecord';

export const DIALOG_STATE_PROPERTY = 'dialogState';

export interface BotStateParts {
  readonly conversationState: OptimisticConversationState;
  /** The dialog stack (the hand-off form's place). */
  readonly dialogState: StatePropertyAccessor<DialogState>;
  /** The application's view of each turn, its profile in the same conversation state. */
  readonly turns: BotTurns;
}

/** The conversation state in `storage`: one document per conversation, written once per turn (runCommittedTurn). */
export function createBotState(storage: Storage): BotStateParts {
  const conversationState = new OptimisticConversationState(storage);
  const profile = conversationState.createProperty<ConversationProfile>(CONVERSATION_PROFILE_PROPERTY);
  const dialogState = conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY);
  return { conversationState, dialogState, turns: new BotTurns(profile, new TurnCommitRecord(conversationState)) };
}
