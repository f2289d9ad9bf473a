import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../src/core/knowledge/types';
import { LANGUAGES, type Lang } from '../src/core/language/languages';
import { loadEvalSet, type EvalCase } from './evaluation';
import { formatComparison, formatInvalid } from './kbCompareReport';
import { compareKnowledge } from './knowledgeChanges';

/**
 * npm run kb:compare -- --before <knowledge folder> --after <knowledge folder> [--out <file>]
 *
 * Writes the summary of a knowledge change in Markdown to standard output, or appends it to
 * --out (the pull-request workflow passes $GITHUB_STEP_SUMMARY). Exits with 1 when the new
 * knowledge base has errors or fails the evaluation's bar, so the check fails visibly; with 2 on
 * a wrong option. The evaluation set is the checked-out tuning set (test/eval/tuning), the same
 * questions for both sides; the blind sets are never shown here, so nobody copies them.
 */
function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

function readKnowledge(dir: string): { kb: KnowledgeBase } | { error: string } {
  try {
    return { kb: loadKnowledge(dir) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function runComparison(beforeDir: string, afterDir: string): { markdown: string; ok: boolean } {
  const after = readKnowledge(afterDir);
  if ('error' in after) return { markdown: formatInvalid(after.error), ok: false };
  const before = readKnowledge(beforeDir);
  // A broken base (or none, for the first knowledge base) is compared as if it were the new one.
  const baseline = 'error' in before ? after.kb : before.kb;
  const note =
    'error' in before ? 'The knowledge base before this change could not be read, so "before" shows the new one too.' : undefined;
  const evalSets = Object.fromEntries(LANGUAGES.map((lang) => [lang, loadEvalSet(lang)])) as Record<Lang, EvalCase[]>;
  const comparison = compareKnowledge({ before: baseline, after: after.kb, evalSets });
  return { markdown: formatComparison(comparison, after.kb, note), ok: comparison.passes };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const known = new Set(['--before', '--after', '--out']);
  const unknown = args.find((a, i) => a.startsWith('--') && !known.has(a) && !known.has(args[i - 1] ?? ''));
  const beforeDir = option(args, '--before');
  const afterDir = option(args, '--after');
  if (unknown || !beforeDir || !afterDir) {
    console.error(
      `kb:compare: ${unknown ? `unknown option ${unknown}` : '--before and --after are required'}\nusage: npm run kb:compare -- --before <knowledge folder> --after <knowledge folder> [--out <file>]`,
    );
    process.exit(2);
  }
  const { markdown, ok } = runComparison(resolve(beforeDir), resolve(afterDir));
  const out = option(args, '--out');
  if (out) appendFileSync(out, markdown);
  else process.stdout.write(markdown);
  process.exit(ok ? 0 : 1);
}
