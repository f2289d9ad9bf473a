import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { parse } from 'yaml';
import type { ClosePhrasings } from '../src/core/understanding/closePhrasings';
import { LANGUAGES, type Lang } from '../src/core/language/languages';
import type { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import type { Recognition } from '../src/core/understanding/recognizer';

export interface EvalCase {
  readonly q: string;
  /**
   * What the bot should do: an entry id, `none` (must not be answered), `handoff`,
   * `smalltalk.<kind>`; two entry ids when the message asks two things.
   */
  readonly expect: readonly string[];
  /** The trait the writer gave the message (colloquial, typo, long, …); `plain` when unset. */
  readonly kind: string;
}

/** Right; no answer where one was due (honest, but unhelpful); or an answer that is not the one due (a false claim). */
export type Verdict = 'correct' | 'missing' | 'wrong';

export interface EvalMiss {
  readonly q: string;
  readonly expect: string;
  readonly got: string;
  readonly verdict: Exclude<Verdict, 'correct'>;
  readonly kind: string;
}

export interface KindFigures {
  readonly total: number;
  readonly correct: number;
  readonly wrong: number;
}

export interface EvalReport {
  readonly lang: Lang;
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Misses where the bot answered something else: worse than "I don't know". */
  readonly wrong: number;
  readonly misses: readonly EvalMiss[];
  /** How many cases each label has: the confusion table's row totals. */
  readonly casesPerLabel: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, KindFigures>>;
}

/** One row of a confusion table: an expected label and what the bot did instead, when it did not do that. */
export interface ConfusionRow {
  readonly expect: string;
  readonly cases: number;
  readonly correct: number;
  /** Outcomes other than the expected one, most frequent first ("did you mean" counted as `clarify`). */
  readonly instead: readonly { readonly got: string; readonly count: number }[];
}

export const EVAL_DIR = join(PROJECT_ROOT, 'test', 'eval');

/** The evaluation sets, by how independent they are of the knowledge base. */
export const EVAL_SETS = [
  {
    name: 'blind',
    about: 'held out: written from the brochure only, by someone who never saw knowledge/ or the other sets; never tuned on',
    showMisses: false,
  },
  {
    name: 'blind2',
    about:
      "a second held-out set, written at the end of 2026-12-01's twelfth session by three more helpers the same way, after one sentence of `blind` had been seen; never tuned on (measured once, on main at 8a90509: 97.8 / 97.4 / 96.8%)",
    showMisses: false,
  },
  {
    name: 'blind3',
    about:
      "a third held-out set, written by three more helpers at the end of 2026-12-02's thirteenth session and committed after its last change: never tuned on, its misses never printed (measured once, on main at 73dded0: 97.0 / 98.5 / 98.6%; at the fourteenth session's end 97.0 / 98.5 / 98.1%, after the suite's ceiling on it had refused two of that session's changes)",
    showMisses: false,
  },
  {
    name: 'blind4',
    about:
      "a fourth held-out set, written by three more helpers at the start of 2026-12-02's fourteenth session and committed at once, but registered here only after the session's last change: never tuned on, its misses never printed (measured once, on the fourteenth session's final code at c00c008: 97.1 / 96.1 / 93.6%, out-of-scope answered 0 of 59, unanswerable answered 0 of 145, wrong 9)",
    showMisses: false,
  },
  {
    name: 'blind-dev',
    about: 'written the same way by another person; its misses were read (kinds of error, never sentences to copy) while improving the bot',
    showMisses: true,
  },
  {
    name: 'blind-dev2',
    about: "a third, written the same way on 2026-11-30 and committed before any tuning; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev3',
    about: "a fourth, written the same way later on 2026-11-30 and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev4',
    about:
      "a fifth, written the same way later still on 2026-11-30 and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev5',
    about:
      "a sixth, written the same way on 2026-11-30's third session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev6',
    about:
      "a seventh, written the same way later in that session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev7',
    about:
      "an eighth, written the same way at the end of that session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev8',
    about:
      "a ninth, written the same way at the start of 2026-11-30's fourth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev9',
    about:
      "a tenth, written the same way later in that session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev10',
    about:
      "an eleventh, written the same way at the start of 2026-11-30's fifth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev11',
    about:
      "a twelfth, written the same way later in that session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev12',
    about:
      "a thirteenth, written the same way at the start of 2026-11-30's sixth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev13',
    about:
      "a fourteenth, written with blind-dev12 and committed before any tuning; unread through the session that wrote it (its change measured what carried over), its misses read after that session's final measure",
    showMisses: true,
  },
  {
    name: 'blind-dev14',
    about:
      "a fifteenth, written the same way at the start of 2026-11-30's seventh session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev15',
    about:
      "a sixteenth, written with blind-dev14 and committed before any tuning; unread through the session that wrote it (its change measured what carried over), its misses read after that session's final measure",
    showMisses: true,
  },
  {
    name: 'blind-dev16',
    about:
      "a seventeenth, written the same way later in 2026-11-30's seventh session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev17',
    about:
      "an eighteenth, written the same way at the start of 2026-11-30's eighth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev18',
    about:
      "a nineteenth, written with blind-dev17 and committed before any tuning; unread through the session that wrote it and the first half of the next (what carried over: 92.4 / 95.9 / 93.7% untouched, 92.9 / 95.9 / 94.7% with the eighth session's work, 92.9 / 96.3 / 94.7% with the first half of the ninth's); its misses are read from there, blind-dev20 measuring instead",
    showMisses: true,
  },
  {
    name: 'blind-dev19',
    about:
      "a twentieth, written the same way at the start of 2026-12-01's ninth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev20',
    about:
      "a twenty-first, written with blind-dev19 and committed before any tuning; unread through the session that wrote it (what carried over: 94.5 / 95.8 / 93.3% untouched, 95.1 / 95.8 / 93.9% with the ninth session's work); a few of its misses were shown in the tenth session (a debugging script's default), so it is read like blind-dev's from there",
    showMisses: true,
  },
  {
    name: 'blind-dev21',
    about:
      "a twenty-second, written the same way at the start of 2026-12-01's tenth session and committed before any tuning on it; its misses are read like blind-dev's",
    showMisses: true,
  },
  {
    name: 'blind-dev22',
    about:
      "a twenty-third, written with blind-dev21 and committed before any tuning; meant to stay unread, its misses were shown early in the session that wrote it (a comparison script's stale baseline, before any change was chosen on it), so it is read like blind-dev's from there",
    showMisses: true,
  },
  {
    name: 'blind-dev23',
    about:
      "a twenty-fourth, written halfway through 2026-12-01's tenth session, when blind-dev20 and blind-dev22 had been read, and committed before any tuning; unread through that session and the eleventh (tenth: 94.4 / 94.8 / 92.3% untouched, 95.0 / 95.3 / 93.3% at its end; eleventh: 95.5 / 95.3 / 93.3% at its end). In the eleventh its totals, not its misses, showed one change losing a French question, and that change was dropped",
    showMisses: false,
  },
  {
    name: 'blind-dev24',
    about:
      "a twenty-fifth, written at the start of 2026-12-01's eleventh session and committed before any tuning; read and tuned on (untouched on main at cce4396: 92.9 / 94.6 / 91.1%)",
    showMisses: true,
  },
  {
    name: 'blind-dev25',
    about:
      "a twenty-sixth, written with blind-dev24 and committed before any tuning; unread through the eleventh session (untouched on main at cce4396: 94.8 / 96.4 / 93.4%; at the session's end 94.8 / 97.0 / 93.4%)",
    showMisses: false,
  },
  {
    name: 'blind-dev26',
    about:
      "a twenty-seventh, written halfway through 2026-12-01's eleventh session, when blind-dev24 had been read, and committed before any tuning; untouched on main at cce4396 92.9 / 96.1 / 94.8%, with the session's work up to then 92.4 / 96.1 / 94.8% (it showed two of that work's mistakes); then read",
    showMisses: true,
  },
  {
    name: 'blind-dev27',
    about:
      "a twenty-eighth, written at the start of 2026-12-01's twelfth session and committed before any tuning; read and tuned on (untouched on main at 8998308: 95.1 / 97.3 / 98.0%)",
    showMisses: true,
  },
  {
    name: 'blind-dev28',
    about:
      "a twenty-ninth, written with blind-dev27 and committed before any tuning; unread through the twelfth and thirteenth sessions (untouched on main at 8998308: 96.6 / 96.9 / 97.8%; at the twelfth's end the same; at the thirteenth's end 97.1 / 96.9 / 97.8%)",
    showMisses: false,
  },
  {
    name: 'blind-dev29',
    about:
      "a thirtieth, written halfway through 2026-12-01's twelfth session, when blind-dev27 had been read, and committed before any tuning; untouched on main at 8998308 94.4 / 96.1 / 96.3%, with the session's work up to then (752f057) 94.9 / 96.1 / 96.3%; then read",
    showMisses: true,
  },
  {
    name: 'blind-dev30',
    about:
      "a thirty-first, written at the start of 2026-12-02's thirteenth session and committed before any tuning on it untouched on main at 309f84a (and with the session's first two changes): 96.1 / 94.8 / 96.9%; then read and tuned on (at the session's end 97.5 / 97.2 / 98.7%)",
    showMisses: true,
  },
  {
    name: 'blind-dev31',
    about:
      "a thirty-second, written at the start of 2026-12-02's fourteenth session by three helpers given the brochure, the labels and the writing instructions only, and committed before any tuning on it; untouched on main at cc31de8: 97.1 / 95.8 / 95.6%, out-of-scope answered 1, unanswerable answered 1, wrong 11; then read and tuned on (at the session's end 97.5 / 97.7 / 98.0%)",
    showMisses: true,
  },
  { name: 'tuning', about: 'written by the developers who curate the phrasings; tuned on', showMisses: true },
  { name: 'seen', about: 'questions that repeat a knowledge-base phrasing: a regression check only', showMisses: true },
] as const;
export type EvalSetName = (typeof EVAL_SETS)[number]['name'];

/**
 * The lowest accuracy each set may fall to, in every language: a regression guard at what the
 * bot reaches today, shared by the test suite and kb:compare (npm run eval prints the figures;
 * docs/evaluation.md states the goal for the blind set).
 */
export const EVAL_FLOORS: Readonly<Record<EvalSetName, number>> = {
  blind: 0.97,
  blind2: 0.96,
  blind3: 0.97,
  blind4: 0.93,
  'blind-dev': 0.98,
  'blind-dev2': 0.99,
  'blind-dev3': 0.98,
  'blind-dev4': 0.97,
  'blind-dev5': 0.97,
  'blind-dev6': 0.95,
  'blind-dev7': 0.95,
  'blind-dev8': 0.97,
  'blind-dev9': 0.96,
  'blind-dev10': 0.97,
  'blind-dev11': 0.95,
  'blind-dev12': 0.97,
  'blind-dev13': 0.95,
  'blind-dev14': 0.98,
  'blind-dev15': 0.96,
  'blind-dev16': 0.97,
  'blind-dev17': 0.97,
  'blind-dev18': 0.96,
  'blind-dev19': 0.96,
  'blind-dev20': 0.96,
  'blind-dev21': 0.95,
  'blind-dev22': 0.96,
  'blind-dev23': 0.93,
  'blind-dev24': 0.93,
  'blind-dev25': 0.93,
  'blind-dev26': 0.95,
  'blind-dev27': 0.98,
  'blind-dev28': 0.96,
  'blind-dev29': 0.96,
  'blind-dev30': 0.97,
  'blind-dev31': 0.97,
  tuning: 0.97,
  seen: 1,
};

/**
 * The most wrong answers each set may get, over its three languages, where a wrong answer is a
 * false claim: an out-of-scope question answered from the knowledge base, and a question the
 * brochure does not answer given an answer that implies it does. The goal is zero; these are
 * today's counts, so that none is added unnoticed.
 */
export const EVAL_CEILINGS: Readonly<Record<EvalSetName, { readonly outOfScopeAnswered: number; readonly unansweredImplied: number }>> = {
  // blind: 3 and 6 before the classifier (2026-11-30); 4 and 2 after the day's first changes;
  // 1 and 1 with the curated phrasings and the out-of-scope class (chosen on the development sets alone); 1 and 0 with
  // "which countries" asking for the country list (2026-11-30, fifth session, chosen on the development sets alone).
  blind: { outOfScopeAnswered: 1, unansweredImplied: 0 },
  blind2: { outOfScopeAnswered: 0, unansweredImplied: 3 },
  blind3: { outOfScopeAnswered: 1, unansweredImplied: 0 },
  blind4: { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev2': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev3': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev4': { outOfScopeAnswered: 1, unansweredImplied: 0 },
  'blind-dev5': { outOfScopeAnswered: 0, unansweredImplied: 2 },
  'blind-dev6': { outOfScopeAnswered: 1, unansweredImplied: 2 },
  'blind-dev7': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev8': { outOfScopeAnswered: 1, unansweredImplied: 0 },
  'blind-dev9': { outOfScopeAnswered: 1, unansweredImplied: 1 },
  'blind-dev10': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev11': { outOfScopeAnswered: 0, unansweredImplied: 3 },
  'blind-dev12': { outOfScopeAnswered: 1, unansweredImplied: 0 },
  'blind-dev13': { outOfScopeAnswered: 1, unansweredImplied: 1 },
  'blind-dev14': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev15': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev16': { outOfScopeAnswered: 1, unansweredImplied: 1 },
  'blind-dev17': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev18': { outOfScopeAnswered: 0, unansweredImplied: 2 },
  'blind-dev19': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev20': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev21': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev22': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev23': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev24': { outOfScopeAnswered: 0, unansweredImplied: 0 },
  'blind-dev25': { outOfScopeAnswered: 0, unansweredImplied: 2 },
  'blind-dev26': { outOfScopeAnswered: 3, unansweredImplied: 2 },
  'blind-dev27': { outOfScopeAnswered: 0, unansweredImplied: 1 },
  'blind-dev28': { outOfScopeAnswered: 1, unansweredImplied: 1 },
  'blind-dev29': { outOfScopeAnswered: 1, unansweredImplied: 0 },
  'blind-dev30': { outOfScopeAnswered: 2, unansweredImplied: 0 },
  'blind-dev31': { outOfScopeAnswered: 1, unansweredImplied: 0 },
  tuning: { outOfScopeAnswered: 0, unansweredImplied: 1 },
  seen: { outOfScopeAnswered: 0, unansweredImplied: 0 },
};

function label(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Error(`loadEvalSet(): ${where}: expect must be a label or a list of labels`);
  return value.trim();
}

export function loadEvalSet(lang: Lang, set: EvalSetName = 'tuning', dir = EVAL_DIR): EvalCase[] {
  const file = join(dir, set, `${lang}.yaml`);
  if (!existsSync(file)) return [];
  const raw: unknown = parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`loadEvalSet(): ${set}/${lang}.yaml is not a list`);
  return raw.map((item: unknown, i) => {
    const where = `${set}/${lang}.yaml item ${i + 1}`;
    const c = item as { q?: unknown; expect?: unknown; kind?: unknown };
    if (typeof c.q !== 'string') throw new Error(`loadEvalSet(): ${where} needs q`);
    const expect = Array.isArray(c.expect) ? c.expect.map((e) => label(e, where)) : [label(c.expect, where)];
    if (expect.length === 0 || expect.length > 2)
      throw new Error(`loadEvalSet(): ${where}: expect one label, or two for a message that asks two things`);
    return { q: c.q, expect, kind: typeof c.kind === 'string' ? c.kind : 'plain' };
  });
}

/** What a recognition amounts to, in the eval set's labels. */
export function outcome(r: Recognition): string {
  switch (r.kind) {
    case 'answer':
    case 'personalCase':
      return r.entryId;
    case 'smallTalk':
      return `smalltalk.${r.smallTalk}`;
    case 'handoff':
      return 'handoff';
    case 'clarify':
      return `clarify(${r.options.join('|')})`;
    case 'notFound':
    case 'empty':
      return 'none';
  }
}

/** The further questions of a message the bot took up besides its first (answered, or offered as a button). */
function alsoOf(r: Recognition): readonly string[] {
  return r.kind === 'answer' ? (r.also ?? []) : [];
}

/**
 * How a case went. Right is doing what the label says in the question's language (both topics,
 * for a message that asks two). Saying it does not know, asking "did you mean", answering in
 * another language or only one of two questions is `missing`; answering anything else — an
 * out-of-scope question from the knowledge base, or a second answer to a question nobody asked,
 * included — is `wrong`.
 */
export function judge(c: EvalCase, r: Recognition, lang: Lang): { verdict: Verdict; got: string } {
  const got = outcome(r);
  const also = alsoOf(r);
  const shown = also.length > 0 ? `${got}+${also.join('+')}` : got;
  const expectNone = c.expect.length === 1 && c.expect[0] === 'none';
  const declined = r.kind === 'notFound' || r.kind === 'empty' || r.kind === 'clarify';
  if (expectNone) return { verdict: declined ? (r.kind === 'clarify' ? 'missing' : 'correct') : 'wrong', got: shown };
  if (declined) return { verdict: 'missing', got: shown };
  if (!c.expect.includes(got)) return { verdict: 'wrong', got: shown };
  if (r.lang !== lang) return { verdict: 'missing', got: `${shown} [${r.lang}]` };
  // An answer to a question nobody asked is a wrong answer too.
  if (also.some((e) => !c.expect.includes(e))) return { verdict: 'wrong', got: shown };
  const covered = new Set([got, ...also]);
  return { verdict: c.expect.every((e) => covered.has(e)) ? 'correct' : 'missing', got: shown };
}

export function evaluate(recognizer: LocalRecognizer, lang: Lang, cases: readonly EvalCase[]): EvalReport {
  const misses: EvalMiss[] = [];
  const casesPerLabel: Record<string, number> = {};
  const byKind: Record<string, { total: number; correct: number; wrong: number }> = {};
  for (const c of cases) {
    const r = recognizer.recognizeSync({ text: c.q, locale: lang, context: {} });
    const { verdict, got } = judge(c, r, lang);
    const expect = c.expect.join('+');
    casesPerLabel[expect] = (casesPerLabel[expect] ?? 0) + 1;
    const kind = (byKind[c.kind] ??= { total: 0, correct: 0, wrong: 0 });
    kind.total += 1;
    if (verdict === 'correct') kind.correct += 1;
    else {
      if (verdict === 'wrong') kind.wrong += 1;
      misses.push({ q: c.q, expect, got, verdict, kind: c.kind });
    }
  }
  const correct = cases.length - misses.length;
  const wrong = misses.filter((m) => m.verdict === 'wrong').length;
  return { lang, total: cases.length, correct, accuracy: cases.length ? correct / cases.length : 0, wrong, misses, casesPerLabel, byKind };
}

/**
 * The confusion table of one language, compact: only the labels with errors, each with what the
 * bot did instead. The rows with most errors come first.
 */
export function confusionTable(report: EvalReport): ConfusionRow[] {
  const wrong = new Map<string, Map<string, number>>();
  for (const miss of report.misses) {
    const got = miss.got.replace(/^clarify\([^)]*\)/, 'clarify');
    const row = wrong.get(miss.expect) ?? new Map<string, number>();
    row.set(got, (row.get(got) ?? 0) + 1);
    wrong.set(miss.expect, row);
  }
  return [...wrong]
    .map(([expect, row]) => {
      const instead = [...row].map(([got, count]) => ({ got, count })).sort((a, b) => b.count - a.count || a.got.localeCompare(b.got));
      const errors = instead.reduce((sum, i) => sum + i.count, 0);
      const cases = report.casesPerLabel[expect] ?? errors;
      return { expect, cases, correct: cases - errors, instead };
    })
    .sort((a, b) => b.cases - b.correct - (a.cases - a.correct) || a.expect.localeCompare(b.expect));
}

export function evaluateAll(recognizer: LocalRecognizer, set: EvalSetName = 'tuning'): EvalReport[] {
  return LANGUAGES.map((lang) => evaluate(recognizer, lang, loadEvalSet(lang, set)));
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** One line per language: right, "I don't know" (missing) and wrong answers. */
export function formatSummary(reports: readonly EvalReport[]): string {
  return reports
    .map(
      (r) =>
        `  ${r.lang}: ${r.correct}/${r.total} right (${percent(r.accuracy)}), ${r.total - r.correct - r.wrong} missing, ${r.wrong} wrong`,
    )
    .join('\n');
}

/** Right and wrong per kind of message (colloquial, typo, long, …), the three languages side by side. */
export function formatKinds(reports: readonly EvalReport[]): string {
  const kinds = [...new Set(reports.flatMap((r) => Object.keys(r.byKind)))].sort();
  const width = Math.max('kind'.length, ...kinds.map((k) => k.length));
  const lines = [`  ${'kind'.padEnd(width)}  ${reports.map((r) => `${r.lang} right/total (wrong)`.padEnd(24)).join('')}`];
  for (const kind of kinds) {
    const cells = reports.map((r) => {
      const f = r.byKind[kind];
      return (f ? `${f.correct}/${f.total} (${f.wrong})` : '-').padEnd(24);
    });
    lines.push(`  ${kind.padEnd(width)}  ${cells.join('')}`);
  }
  return lines.join('\n');
}

/** The confusion table as text: expected label, cases, right, and what the bot did instead. */
export function formatConfusionTable(report: EvalReport): string {
  const rows = confusionTable(report);
  if (rows.length === 0) return `  ${report.lang} confusion table: no errors`;
  const width = Math.max('expected'.length, ...rows.map((r) => r.expect.length));
  const lines = [`  ${report.lang} confusion table (labels with errors only):`, `    ${'expected'.padEnd(width)}  cases  right  instead`];
  for (const r of rows) {
    const instead = r.instead.map((i) => `${i.got} ×${i.count}`).join(', ');
    lines.push(`    ${r.expect.padEnd(width)}  ${String(r.cases).padStart(5)}  ${String(r.correct).padStart(5)}  ${instead}`);
  }
  return lines.join('\n');
}

/** Phrasings too close to each other, for curators to reword or move. */
export function formatCloseTable(pairs: readonly ClosePhrasings[], threshold: number): string {
  if (pairs.length === 0) return `phrasings of different entries too close to each other (cosine ≥ ${threshold}): none`;
  const lines = [`phrasings of different entries too close to each other (cosine ≥ ${threshold}) — reword one, or keep it in one entry:`];
  for (const p of pairs) {
    lines.push(`  [${p.lang}] ${p.similarity.toFixed(2)}  ${p.a.entryId}: ${JSON.stringify(p.a.phrasing)}`);
    lines.push(`             ${p.b.entryId}: ${JSON.stringify(p.b.phrasing)}`);
  }
  return lines.join('\n');
}
