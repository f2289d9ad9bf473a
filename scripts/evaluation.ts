import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { parse } from 'yaml';
import type { ClosePhrasings } from '../src/core/knowledge/closePhrasings';
import { LANGUAGES, type Lang } from '../src/core/language/languages';
import type { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import type { Recognition } from '../src/core/understanding/recognizer';

export interface EvalCase {
  readonly q: string;
  /** An entry id, `none` (must not be answered) or `smalltalk.<kind>`. */
  readonly expect: string;
}

export interface EvalMiss {
  readonly q: string;
  readonly expect: string;
  readonly got: string;
}

export interface EvalReport {
  readonly lang: Lang;
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly misses: readonly EvalMiss[];
  /** How many cases each label has: the confusion table's row totals. */
  readonly casesPerLabel: Readonly<Record<string, number>>;
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

export function loadEvalSet(lang: Lang, dir = EVAL_DIR): EvalCase[] {
  const raw: unknown = parse(readFileSync(join(dir, `${lang}.yaml`), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`loadEvalSet(): ${lang}.yaml is not a list`);
  return raw.map((item: unknown, i) => {
    const c = item as Partial<EvalCase>;
    if (typeof c.q !== 'string' || typeof c.expect !== 'string') throw new Error(`loadEvalSet(): ${lang}.yaml item ${i + 1} needs q and expect`);
    return { q: c.q, expect: c.expect };
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

/**
 * A case is right when the bot does what the label says, in the question's language:
 * answers the expected entry, says it does not know for `none`, or replies to small talk.
 * A "did you mean" is not counted right: the person still has no answer.
 */
export function evaluate(recognizer: LocalRecognizer, lang: Lang, cases: readonly EvalCase[]): EvalReport {
  const misses: EvalMiss[] = [];
  for (const c of cases) {
    const r = recognizer.recognizeSync({ text: c.q, locale: lang, context: {} });
    const got = outcome(r);
    const langOk = c.expect === 'none' || r.lang === lang;
    if (got !== c.expect || !langOk) misses.push({ q: c.q, expect: c.expect, got: langOk ? got : `${got} [${r.lang}]` });
  }
  const correct = cases.length - misses.length;
  const casesPerLabel: Record<string, number> = {};
  for (const c of cases) casesPerLabel[c.expect] = (casesPerLabel[c.expect] ?? 0) + 1;
  return { lang, total: cases.length, correct, accuracy: cases.length ? correct / cases.length : 0, misses, casesPerLabel };
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

export function evaluateAll(recognizer: LocalRecognizer): EvalReport[] {
  return LANGUAGES.map((lang) => evaluate(recognizer, lang, loadEvalSet(lang)));
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
