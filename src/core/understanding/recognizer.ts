import type { Lang } from '../language/languages';
import type { SmallTalkKind } from '../knowledge/types';
import type { ScoredEntry } from './retrievalIndex';

/** What the bot remembers of the conversation that helps understand the next message. */
export interface ConversationContext {
  /** The language of the conversation so far, if a message has shown it. */
  readonly lang?: Lang | undefined;
  /** Entries the bot offered as buttons in its last reply: "the asylum one" most likely means one of them. */
  readonly offered?: readonly string[] | undefined;
}

export interface RecognizeRequest {
  readonly text: string;
  /** The activity's locale, e.g. "fr-FR". */
  readonly locale?: string | undefined;
  readonly context: ConversationContext;
}

interface Base {
  readonly lang: Lang;
  /** True when the language came from the text itself rather than a fallback. */
  readonly langFromText: boolean;
  /** Ranked entries, best first (empty for small talk and personal cases). */
  readonly candidates: readonly ScoredEntry[];
  /** Which recognizer decided ('local', 'clu') when several are combined; unset for a lone one. */
  readonly answeredBy?: string;
}

export type Recognition =
  | (Base & {
      readonly kind: 'answer';
      readonly entryId: string;
      /** Entries of further questions in the same message ("who funds it, and in which regions?"), in the order asked. */
      readonly also?: readonly string[];
    })
  | (Base & { readonly kind: 'clarify'; readonly options: readonly string[] })
  | (Base & { readonly kind: 'notFound' })
  | (Base & { readonly kind: 'smallTalk'; readonly smallTalk: SmallTalkKind })
  | (Base & { readonly kind: 'personalCase'; readonly entryId: string })
  | (Base & { readonly kind: 'handoff' })
  | (Base & { readonly kind: 'empty' });

export type RecognitionKind = Recognition['kind'];

/** Turns a message into what the bot should do. Local (natural) and Azure CLU implement it. */
export interface Recognizer {
  readonly name: string;
  recognize(request: RecognizeRequest): Promise<Recognition>;
}
