import type { Role } from '../core/handoff/handoffRequest';
import type { Lang } from '../core/language/languages';

/** Contact details a person gave, with their consent, in a hand-off request of this conversation. */
export interface ContactDetails {
  role: Role;
  name: string;
  email: string;
  organisation: string;
  country: string;
}

/** The answer whose helpful / not helpful buttons are showing: a vote counts only for it (see Curation). */
export interface FeedbackOffer {
  token: string;
  entryId: string;
  lang: Lang;
}

/** The last question the bot answered, scrubbed of personal data: to notice it being asked again, or voted down. */
export interface AnsweredQuestion {
  text: string;
  entryId: string;
  lang: Lang;
}

/** What the bot keeps about a conversation between turns. */
export interface ConversationProfile {
  /** The language of the conversation, once a message or the welcome has set it. */
  lang?: Lang;
  /** Entry ids offered as buttons in the last reply. */
  offered?: string[];
  /** The last entry answered. */
  lastEntryId?: string;
  /**
   * Details an earlier version kept after a hand-off; read to fill a new form in, and deleted
   * when a hand-off is done: contact details are not kept once a request has gone.
   */
  contact?: ContactDetails;
  /** Only while an answer's feedback buttons are showing. */
  feedback?: FeedbackOffer;
  /** Only when questions are recorded for curators, and only until the next message. */
  lastQuestion?: AnsweredQuestion;
  /** Set once a welcome that must not be repeated was sent (Teams announces an installation twice). */
  welcomed?: boolean;
  /** Set once the conversation was counted as started for the insights page (app/insights/insightsReporter.ts). */
  insightsCounted?: boolean;
  /** The entries of a "did you mean" just shown, until the next reply: picking one is not a new question. */
  insightsDidYouMean?: string[];
}

export const CONVERSATION_PROFILE_PROPERTY = 'conversationProfile';
