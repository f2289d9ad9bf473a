import type { Localized } from '../language/languages';

export interface EntryText {
  /** Short label for buttons. */
  readonly title: string;
  readonly questions: readonly string[];
  /** Markdown. */
  readonly answer: string;
}

/**
 * Where an entry's answer comes from: `brochure` (facts from the brochure; the reply names its
 * source), `not-in-brochure` (what the brochure does not answer; the reply offers the team) or
 * `guidance` (the bot's own guidance beyond the brochure). See docs/knowledge.md#the-three-kinds-of-entry.
 */
export const ENTRY_KINDS = ['brochure', 'not-in-brochure', 'guidance'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface Entry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly section: string;
  /** ISO date (YYYY-MM-DD) of the last review against the brochure. */
  readonly reviewed: string;
  readonly followUps: readonly string[];
  readonly text: Localized<EntryText>;
  /** The file it was read from, relative to the knowledge folder: for error messages. */
  readonly file: string;
}

export const SMALL_TALK_KINDS = ['greeting', 'thanks', 'goodbye', 'help'] as const;
export type SmallTalkKind = (typeof SMALL_TALK_KINDS)[number];

/** Cues that a person asks about their own visa, asylum or permit rather than about MIEUX+. */
export interface PersonalCaseCues {
  /** Words that show the person speaks of themself ("necesito", "my", "je"). */
  readonly self: readonly string[];
  /** Personal matters MIEUX+ does not handle ("visado", "asylum", "titre de séjour"). */
  readonly matters: readonly string[];
  /** Words that show the question is about taking part after all ("experto", "institution"). */
  readonly notWhen: readonly string[];
  /** One's own document or claim ("mi visado", "my residence permit"): a personal case even beside a `notWhen` word ("soy estudiante"). */
  readonly own: readonly string[];
}

/** Cues that a person wants to take part or be put in touch with the MIEUX+ team. */
export interface HandoffCues {
  readonly wish: readonly string[];
  readonly action: readonly string[];
  /** Phrases that ask for contact on their own ("put me in touch"). */
  readonly direct: readonly string[];
  /** Words of someone asking how it works rather than asking to start ("how", "cómo"). */
  readonly notWhen: readonly string[];
}

export interface ConversationData {
  /** Entry ids offered as buttons in the welcome, help and "I don't know" replies. */
  readonly mainTopics: readonly string[];
  /** The entry that answers a personal case. */
  readonly personalCaseEntry: string;
  /** The entry with the team's contact details. */
  readonly contactEntry: string;
  readonly smallTalk: Readonly<Record<SmallTalkKind, Localized<readonly string[]>>>;
  readonly personalCase: Localized<PersonalCaseCues>;
  /** Entries after which the bot offers to contact the team. */
  readonly handoffAfter: readonly string[];
  readonly handoff: Localized<HandoffCues>;
  /** Words that stop a form. */
  readonly cancel: Localized<readonly string[]>;
  /** What people type for yes and no at a form's yes/no or confirm step ("vale", "sure", "d'accord"). */
  readonly yes: Localized<readonly string[]>;
  /** Questions made only of everyday words that ask what MIEUX+ does ("¿ustedes qué hacen?"), and the entry that answers them. */
  readonly whatWeDo?: { readonly entry: string; readonly phrases: Localized<readonly string[]> };
  readonly no: Localized<readonly string[]>;
  /**
   * Who asks changes the answer to "can I take part?": someone outside a Member State's public
   * administration (retired, a student, a company…) asks what the brochure does not say. A
   * question answered by one of `about` from someone these phrases describe gets `entry`.
   */
  /**
   * Questions about another named subject: the words that tie a question to the programme, and the
   * entries a country may be the subject of (see localRecognizer.ts, namesAnotherSubject).
   */
  readonly otherSubjects?: {
    readonly answers: readonly string[];
    readonly programmeWords: Localized<readonly string[]>;
    /**
     * Names of other organisations and programmes, often made of words the knowledge base uses
     * ("Organización Internacional para las Migraciones"): named without MIEUX+, they are the subject.
     */
    readonly names?: Localized<readonly string[]>;
    /**
     * What is asked of a country itself (its population, borders, capital, currency): a question that
     * names a country and asks one of these, with no word of the programme, is about that country, not
     * about the country list ("¿Con cuántos países tiene frontera Bolivia?").
     */
    readonly countryFacts?: Localized<readonly string[]>;
    /**
     * The entries about what Member States do and gain: a question that names a Member State by its
     * country and finds one of these asks it of that Member State, not of a country outside MIEUX+
     * ("¿Qué beneficios saca España de participar?", "Can civil servants in Sweden become experts?").
     */
    readonly memberStateAnswers?: readonly string[];
  };
  /**
   * Work people ask a chat bot for that this one does not do ("escribe un poema", "translate this",
   * "une lettre de motivation"): a message that asks for it is not answered, whatever it names.
   */
  readonly tasks?: Localized<readonly string[]>;
  /** Overview entries and their parts (see localRecognizer.ts, partOfOverview). */
  readonly overviews?: Readonly<Record<string, readonly string[]>>;
  /**
   * A question about what taking part or receiving support involves that asks what it costs ("¿cobran
   * algo a las instituciones?", « est-ce payant pour notre pays ? »): answered with `entry` (what the
   * brochure does not say about costs) rather than with one of `about`, which its other words find.
   */
  readonly costs?: { readonly entry: string; readonly about: readonly string[]; readonly phrases: Localized<readonly string[]> };
  readonly outsiders?: {
    readonly entry: string;
    readonly about: readonly string[];
    readonly phrases: Localized<readonly string[]>;
    /**
     * Entries an outsider's question finds when it asks something of themself ("I'm retired. Could I
     * still be involved?": "still" finds whether MIEUX+ still runs), and the words that show it does.
     */
    readonly ofOneself?: { readonly about: readonly string[]; readonly phrases: Localized<readonly string[]> };
  };
}

export interface KnowledgeBase {
  readonly entries: ReadonlyMap<string, Entry>;
  readonly synonyms: Localized<readonly (readonly string[])[]>;
  readonly conversation: ConversationData;
  /**
   * Messages about something else (out-of-scope.yaml): what "none of the entries" looks like, so
   * that a question sharing a word or two with an entry is not answered with it. Empty when the file is absent.
   */
  readonly outOfScope: Localized<readonly string[]>;
}
