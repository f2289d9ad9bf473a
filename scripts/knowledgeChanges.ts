import { isDeepStrictEqual } from 'node:util';
import type { Entry, KnowledgeBase } from '../src/core/knowledge/types';
import { LANGUAGES, type Lang } from '../src/core/language/languages';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import type { Recognition } from '../src/core/understanding/recognizer';
import { EVAL_FLOORS, evaluate, type EvalCase, type EvalReport } from './evaluation';

/**
 * What a change to knowledge/ does, for the pull-request summary curators read (kb:compare):
 * which entries changed, the evaluation's accuracy per language before and after, and every
 * question whose answer changed. Plain data here; kbCompareReport.ts writes it in words.
 */

/** The test suite's bar for the tuning set (test/core/understanding/evaluation.test.ts): below it a change is not merged. */
export const MIN_ACCURACY = EVAL_FLOORS.tuning;

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { es: 'Spanish', en: 'English', fr: 'French' };
export const languageName = (lang: Lang): string => LANGUAGE_NAMES[lang];

export interface EntryChange {
  readonly id: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The entry's file, as the curator knows it. */
  readonly file: string;
  /** Its title in Spanish (after the change, or before it for a removed entry). */
  readonly title: string;
  /** Plain words: "English answer", "Spanish: 2 questions added". Empty for added and removed entries. */
  readonly details: readonly string[];
  /** The answer texts that changed, per language, for side-by-side display. */
  readonly answers: readonly { readonly lang: Lang; readonly before: string; readonly after: string }[];
}

/** What the bot does with a question, in words a curator can compare. */
export interface Outcome {
  /** `answer:funding`, `none`, `clarify:a|b`…: equal keys mean the same reply. */
  readonly key: string;
  readonly label: string;
  /** The answer text in the question's language, when the bot answers from an entry. */
  readonly text?: string;
}

export interface ChangedAnswer {
  readonly question: string;
  readonly lang: Lang;
  /** A question of the evaluation set, or a phrasing curated in the knowledge base. */
  readonly source: 'test question' | 'knowledge phrasing';
  readonly before: Outcome;
  readonly after: Outcome;
}

export interface Accuracy {
  readonly lang: Lang;
  readonly before: EvalReport;
  readonly after: EvalReport;
  /** Out-of-scope test questions the bot answers after the change and did not before (a wrong claim, not a miss). */
  readonly outOfScopeAnswered: readonly string[];
}

export interface KnowledgeComparison {
  readonly entries: readonly EntryChange[];
  /** Changes outside the entries: synonyms.yaml, out-of-scope.yaml and conversation.yaml, in words. */
  readonly otherFiles: readonly string[];
  readonly accuracy: readonly Accuracy[];
  readonly changedAnswers: readonly ChangedAnswer[];
  /** True when every language meets MIN_ACCURACY and no out-of-scope question is answered. */
  readonly passes: boolean;
}

function describeOutcome(r: Recognition, kb: KnowledgeBase): Outcome {
  const title = (id: string) => kb.entries.get(id)?.text[r.lang].title ?? id;
  switch (r.kind) {
    case 'answer':
    case 'personalCase': {
      const text = kb.entries.get(r.entryId)?.text[r.lang].answer ?? '';
      return {
        key: `${r.kind}:${r.entryId}:${r.lang}:${text}`,
        label: r.kind === 'answer' ? title(r.entryId) : `personal case → ${title(r.entryId)}`,
        text,
      };
    }
    case 'clarify':
      return { key: `clarify:${r.options.join('|')}:${r.lang}`, label: `"did you mean": ${r.options.map(title).join(' / ')}` };
    case 'smallTalk':
      return { key: `smalltalk:${r.smallTalk}:${r.lang}`, label: `small talk (${r.smallTalk})` };
    case 'handoff':
      return { key: `handoff:${r.lang}`, label: 'offers to contact the MIEUX+ team' };
    case 'notFound':
    case 'empty':
      return { key: `none:${r.lang}`, label: '"I don\'t know"' };
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function entryDetails(before: Entry, after: Entry): Pick<EntryChange, 'details' | 'answers'> {
  const details: string[] = [];
  const answers: { lang: Lang; before: string; after: string }[] = [];
  if (before.section !== after.section) details.push('brochure section');
  if (before.reviewed !== after.reviewed) details.push(`reviewed on ${after.reviewed}`);
  if (!isDeepStrictEqual(before.followUps, after.followUps)) details.push('follow-up topics');
  for (const lang of LANGUAGES) {
    const [b, a] = [before.text[lang], after.text[lang]];
    const name = languageName(lang);
    if (b.title !== a.title) details.push(`${name} title ("${b.title}" → "${a.title}")`);
    if (b.answer !== a.answer) {
      details.push(`${name} answer`);
      answers.push({ lang, before: b.answer, after: a.answer });
    }
    const added = a.questions.filter((q) => !b.questions.includes(q)).length;
    const removed = b.questions.filter((q) => !a.questions.includes(q)).length;
    if (added > 0) details.push(`${name}: ${count(added, 'question')} added`);
    if (removed > 0) details.push(`${name}: ${count(removed, 'question')} removed`);
  }
  return { details, answers };
}

export function compareEntries(before: KnowledgeBase, after: KnowledgeBase): EntryChange[] {
  const ids = [...new Set([...before.entries.keys(), ...after.entries.keys()])].sort();
  const changes: EntryChange[] = [];
  for (const id of ids) {
    const [b, a] = [before.entries.get(id), after.entries.get(id)];
    if (b && a) {
      const { details, answers } = entryDetails(b, a);
      if (details.length > 0) changes.push({ id, kind: 'changed', file: a.file, title: a.text.es.title, details, answers });
    } else if (a) changes.push({ id, kind: 'added', file: a.file, title: a.text.es.title, details: [], answers: [] });
    else if (b) changes.push({ id, kind: 'removed', file: b.file, title: b.text.es.title, details: [], answers: [] });
  }
  return changes;
}

export function compareOtherFiles(before: KnowledgeBase, after: KnowledgeBase): string[] {
  const lines: string[] = [];
  for (const lang of LANGUAGES) {
    const key = (group: readonly string[]) => group.join(', ');
    const b = new Set(before.synonyms[lang].map(key));
    const a = new Set(after.synonyms[lang].map(key));
    const added = [...a].filter((g) => !b.has(g));
    const removed = [...b].filter((g) => !a.has(g));
    if (added.length + removed.length > 0)
      lines.push(
        `synonyms.yaml, ${languageName(lang)}: ${[...added.map((g) => `added (${g})`), ...removed.map((g) => `removed (${g})`)].join('; ')}`,
      );
  }
  for (const lang of LANGUAGES) {
    const b = new Set(before.outOfScope[lang]);
    const a = new Set(after.outOfScope[lang]);
    const added = [...a].filter((m) => !b.has(m)).length;
    const removed = [...b].filter((m) => !a.has(m)).length;
    const counts = [added > 0 ? `${added} added` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
    if (counts.length > 0) lines.push(`out-of-scope.yaml, ${languageName(lang)}: ${counts.join(', ')}`);
  }
  const parts = Object.keys(after.conversation) as (keyof KnowledgeBase['conversation'])[];
  const changed = parts.filter((part) => !isDeepStrictEqual(before.conversation[part], after.conversation[part]));
  if (changed.length > 0) lines.push(`conversation.yaml: ${changed.join(', ')}`);
  return lines;
}

export interface ComparisonInput {
  readonly before: KnowledgeBase;
  readonly after: KnowledgeBase;
  /** The evaluation set per language (the same questions for both sides). */
  readonly evalSets: Readonly<Record<Lang, readonly EvalCase[]>>;
}

/** Compares two knowledge bases on the evaluation set and on every curated phrasing of both. */
export function compareKnowledge({ before, after, evalSets }: ComparisonInput): KnowledgeComparison {
  const recognizers = { before: new LocalRecognizer(before), after: new LocalRecognizer(after) };
  const accuracy: Accuracy[] = LANGUAGES.map((lang) => {
    const cases = evalSets[lang];
    const outOfScope = cases.filter((c) => c.expect.length === 1 && c.expect[0] === 'none');
    // A "did you mean" is a miss for accuracy, but only an answer would be a wrong claim.
    const answered = (recognizer: LocalRecognizer) =>
      evaluate(recognizer, lang, outOfScope)
        .misses.filter((m) => m.verdict === 'wrong')
        .map((m) => m.q);
    const answeredBefore = new Set(answered(recognizers.before));
    return {
      lang,
      before: evaluate(recognizers.before, lang, cases),
      after: evaluate(recognizers.after, lang, cases),
      // Only the ones this change makes the bot answer: the change is judged, not the bot's past.
      outOfScopeAnswered: answered(recognizers.after).filter((q) => !answeredBefore.has(q)),
    };
  });

  const questions = new Map<string, { question: string; lang: Lang; source: ChangedAnswer['source'] }>();
  for (const lang of LANGUAGES)
    for (const c of evalSets[lang]) questions.set(`${lang}\u0000${c.q}`, { question: c.q, lang, source: 'test question' });
  for (const kb of [before, after])
    for (const entry of kb.entries.values())
      for (const lang of LANGUAGES)
        for (const q of entry.text[lang].questions)
          if (!questions.has(`${lang}\u0000${q}`)) questions.set(`${lang}\u0000${q}`, { question: q, lang, source: 'knowledge phrasing' });

  const changedAnswers: ChangedAnswer[] = [];
  for (const { question, lang, source } of questions.values()) {
    const request = { text: question, locale: lang, context: {} };
    const b = describeOutcome(recognizers.before.recognizeSync(request), before);
    const a = describeOutcome(recognizers.after.recognizeSync(request), after);
    if (b.key !== a.key) changedAnswers.push({ question, lang, source, before: b, after: a });
  }

  const passes = accuracy.every((a) => a.after.accuracy >= MIN_ACCURACY && a.outOfScopeAnswered.length === 0);
  return { entries: compareEntries(before, after), otherFiles: compareOtherFiles(before, after), accuracy, changedAnswers, passes };
}
