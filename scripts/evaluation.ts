import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
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
}

export const EVAL_DIR = join(__dirname, '..', 'test', 'eval');

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
  return { lang, total: cases.length, correct, accuracy: cases.length ? correct / cases.length : 0, misses };
}

export function evaluateAll(recognizer: LocalRecognizer): EvalReport[] {
  return LANGUAGES.map((lang) => evaluate(recognizer, lang, loadEvalSet(lang)));
}
