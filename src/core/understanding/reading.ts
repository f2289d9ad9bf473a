import type { Lang } from '../language/languages';
import type { ConversationContext, Recognition } from './recognizer';

/** What every recognition of one message shares: its language, and whether the text showed it. */
export interface RecognitionBase {
  readonly lang: Lang;
  readonly langFromText: boolean;
  readonly candidates: readonly [];
}

/** One message being read: what each of its questions is read with. */
export interface Reading {
  readonly lang: Lang;
  readonly context: ConversationContext;
  readonly base: RecognitionBase;
  /** The words written with a capital inside sentences: names of things (see LocalRecognizer). */
  readonly names: ReadonlySet<string>;
  /** The names of several capitalised words, normalised (namePhrases.ts). */
  readonly namePhrases: readonly (readonly string[])[];
}

/** Reads some words of a message as one question: a personal case, a wish to contact the team, or a knowledge-base search. */
export type ReadPart = (tokens: readonly string[], reading: Reading) => Recognition;

/** An answer the bot is sure of (a button, a curated phrasing typed as is, "what do you do?"). */
export function certainAnswer(base: RecognitionBase, entryId: string): Recognition {
  return { ...base, kind: 'answer', entryId, candidates: [{ entryId, score: 1 }] };
}
