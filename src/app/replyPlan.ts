import type { Lang } from '../core/language/languages';

/** What a helpful / not helpful button sends back: the vote, and the answer it is about. */
export interface FeedbackValue {
  readonly feedback: 'up' | 'down';
  readonly entryId: string;
  /** Names the answer it is about: one vote per answer, and none for answers never given. */
  readonly token: string;
}

/**
 * A button, as data. `say` sends its text back as the person's message (the answers' follow-ups,
 * the form's choices); `vote` is a helpful / not helpful press, which shows its title in the
 * transcript and carries its value; `open` opens an address (the prepared e-mail).
 */
export type Button =
  | { readonly kind: 'say'; readonly title: string }
  | { readonly kind: 'vote'; readonly title: string; readonly value: FeedbackValue }
  | { readonly kind: 'open'; readonly title: string; readonly url: string };

/** A card that stays in the transcript, with its buttons (suggested buttons vanish with the next message). */
export interface Card {
  readonly buttons: readonly Button[];
}

/**
 * One message of the bot, as data: Markdown text in a language, suggested buttons and cards.
 * The host turns it into what its channel shows (hosting/botframework/replyActivity.ts).
 */
export interface ReplyPlan {
  readonly text: string;
  readonly lang: Lang;
  readonly buttons: readonly Button[];
  readonly cards: readonly Card[];
}

/** A message with buttons that send their titles back. */
export function textPlan(text: string, lang: Lang, titles: readonly string[] = []): ReplyPlan {
  return { text, lang, buttons: titles.map((title) => ({ kind: 'say', title })), cards: [] };
}
