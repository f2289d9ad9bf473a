import type { Lang } from '../core/language/languages';

/** What the bot keeps about a conversation between turns. No personal data. */
export interface ConversationProfile {
  /** The language of the conversation, once a message or the welcome has set it. */
  lang?: Lang;
  /** Entry ids offered as buttons in the last reply. */
  offered?: string[];
  /** The last entry answered. */
  lastEntryId?: string;
}

export const CONVERSATION_PROFILE_PROPERTY = 'conversationProfile';
export const DIALOG_STATE_PROPERTY = 'dialogState';
