import type { Colours } from './colours';

/**
 * The part of Web Chat's styleOptions (botframework-webchat 4.18) the branding sets. Kept as
 * our own type: the core does not depend on Web Chat, and the page, the widget and the tests
 * all send exactly this.
 */
export interface WebChatStyleOptions {
  readonly accent: string;
  readonly backgroundColor: string;
  readonly subtle: string;
  readonly timestampColor: string;
  readonly bubbleBackground: string;
  readonly bubbleTextColor: string;
  readonly bubbleFromUserBackground: string;
  readonly bubbleFromUserTextColor: string;
  readonly sendBoxBackground: string;
  readonly sendBoxTextColor: string;
  readonly sendBoxButtonColor: string;
  readonly suggestedActionTextColor: string;
  readonly suggestedActionBorderColor: string;
  readonly transcriptVisualKeyboardIndicatorColor: string;
  readonly suggestedActionKeyboardFocusIndicatorBorderColor: string;
  readonly sendBoxButtonKeyboardFocusIndicatorBorderColor: string;
  readonly botAvatarInitials: string;
  /** Filled in by whoever knows the avatar's absolute address (the page or the widget). */
  readonly botAvatarImage?: string;
  readonly hideUploadButton: true;
  /** flow wraps onto rows (the page at /); carousel keeps one row that scrolls (the widget's narrow panel). */
  readonly suggestedActionLayout: 'flow' | 'carousel';
}

/**
 * Every colour here is one of the pairs checked in contrastPairs.ts: Web Chat draws accent (links,
 * card buttons) and suggested-action labels as text on the background, so they take `link`;
 * borders and the send icon are controls, so they take `primary`.
 */
export function webChatStyleOptions(colours: Colours, avatarInitials: string): WebChatStyleOptions {
  return {
    accent: colours.link,
    backgroundColor: colours.background,
    subtle: colours.subtle,
    timestampColor: colours.subtle,
    bubbleBackground: colours.botBubble,
    bubbleTextColor: colours.text,
    bubbleFromUserBackground: colours.primary,
    bubbleFromUserTextColor: colours.onPrimary,
    sendBoxBackground: colours.background,
    sendBoxTextColor: colours.text,
    sendBoxButtonColor: colours.primary,
    suggestedActionTextColor: colours.link,
    suggestedActionBorderColor: colours.primary,
    transcriptVisualKeyboardIndicatorColor: colours.focus,
    suggestedActionKeyboardFocusIndicatorBorderColor: colours.focus,
    sendBoxButtonKeyboardFocusIndicatorBorderColor: colours.focus,
    // Shown while the avatar image loads, or if it cannot.
    botAvatarInitials: avatarInitials,
    // Files cannot be sent to this bot.
    hideUploadButton: true,
    suggestedActionLayout: 'flow',
  };
}
