import type { KnowledgeBase } from '../src/core/knowledge/types';
import { LANGUAGES } from '../src/core/language/languages';
import { languageName, MIN_ACCURACY, type ChangedAnswer, type KnowledgeComparison } from './knowledgeChanges';

/**
 * The pull-request summary of a knowledge change, in Markdown for GitHub's job summary, written
 * for curators who have never used git: what changed, whether it can be merged and why, the
 * accuracy per language before and after, and the questions whose answer changed, side by side.
 */

/** Rows shown per table: a summary page stays readable; the rest is counted. */
export const MAX_ROWS = 60;
const EXCERPT = 220;

/** Text for one Markdown table cell: no pipes or line breaks that would break the table. */
export function cell(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
  return cut.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function outcomeCell(outcome: ChangedAnswer['before']): string {
  return outcome.text === undefined ? cell(outcome.label) : `**${cell(outcome.label)}**: ${cell(outcome.text, 160)}`;
}

export function formatInvalid(message: string): string {
  return [
    '## Knowledge base check',
    '',
    '❌ **The knowledge base has errors, so the bot would not start with it.** Fix what is listed below in the files it names, then save (commit) again: this check runs again by itself.',
    '',
    '```',
    message,
    '```',
    '',
  ].join('\n');
}

/** Whether the change can be merged, and why. */
function pushVerdict(lines: string[], comparison: KnowledgeComparison, after: KnowledgeBase, beforeNote?: string): void {
  lines.push(`✅ **The knowledge base is valid**: ${after.entries.size} entries in Spanish, English and French.`);
  if (comparison.passes) {
    lines.push(
      `✅ **Every language is answered correctly at least ${percent(MIN_ACCURACY)} of the time, and no out-of-scope test question gets an answer it did not get before.** This change can be merged; merging it puts it on the live bot.`,
    );
  } else {
    lines.push(
      `❌ **This change cannot be merged yet:** the bot must answer at least ${percent(MIN_ACCURACY)} of the test questions correctly in every language, and must not start answering an out-of-scope question. See below what got worse.`,
    );
  }
  if (beforeNote) lines.push('', `ℹ️ ${beforeNote}`);
}

/** The entries and files the change touches. */
function pushWhatChanged(lines: string[], comparison: KnowledgeComparison): void {
  lines.push('', '### What changed', '');
  if (comparison.entries.length === 0 && comparison.otherFiles.length === 0) lines.push('Nothing in the knowledge base itself.');
  else {
    lines.push('| entry | file | what changed |', '|---|---|---|');
    for (const e of comparison.entries) {
      const what =
        e.kind === 'added' ? '**new entry**' : e.kind === 'removed' ? '**entry removed**' : e.details.map((d) => cell(d)).join('; ');
      lines.push(`| ${cell(e.title)} (\`${e.id}\`) | \`knowledge/${e.file}\` | ${what} |`);
    }
    for (const other of comparison.otherFiles) lines.push(`| | | ${cell(other, 400)} |`);
  }
}

/** Accuracy per language, before and after. */
function pushAccuracy(lines: string[], comparison: KnowledgeComparison): void {
  lines.push('', '### Accuracy on the test questions', '');
  lines.push('| language | before | after | change | out-of-scope questions answered |', '|---|---|---|---|---|');
  for (const a of comparison.accuracy) {
    const delta = a.after.correct - a.before.correct;
    const change = delta === 0 ? 'same' : `${delta > 0 ? '▲ +' : '▼ '}${delta} ${Math.abs(delta) === 1 ? 'question' : 'questions'}`;
    const flag = a.after.accuracy < MIN_ACCURACY ? ' ❌' : '';
    const answered = a.outOfScopeAnswered.length === 0 ? 'none' : `❌ ${a.outOfScopeAnswered.map((q) => `"${cell(q, 80)}"`).join(', ')}`;
    lines.push(
      `| ${languageName(a.lang)} | ${percent(a.before.accuracy)} (${a.before.correct}/${a.before.total}) | ${percent(a.after.accuracy)} (${a.after.correct}/${a.after.total})${flag} | ${change} | ${answered} |`,
    );
  }
}

/** Questions now answered by another entry, or no longer answered. */
function pushMovedAnswers(lines: string[], moved: readonly ChangedAnswer[]): void {
  lines.push(
    `**Answered by another entry, or no longer answered (${moved.length})**: the test questions (\`test/eval/\`) and every phrasing in the knowledge base, asked before and after this change.`,
    '',
  );
  lines.push('| question | language | source | before | after |', '|---|---|---|---|---|');
  const ordered = [...moved].sort(
    (x, y) =>
      Number(y.source === 'test question') - Number(x.source === 'test question') || LANGUAGES.indexOf(x.lang) - LANGUAGES.indexOf(y.lang),
  );
  for (const c of ordered.slice(0, MAX_ROWS))
    lines.push(`| ${cell(c.question, 120)} | ${languageName(c.lang)} | ${c.source} | ${outcomeCell(c.before)} | ${outcomeCell(c.after)} |`);
  if (ordered.length > MAX_ROWS) lines.push('', `…and ${ordered.length - MAX_ROWS} more (run \`npm run kb:compare\` to see them all).`);
}

/** Questions that keep their entry but get its new wording, counted per entry. */
function pushRewordedAnswers(lines: string[], reworded: readonly ChangedAnswer[]): void {
  const groups = new Map<string, ChangedAnswer[]>();
  for (const c of reworded)
    groups.set(`${c.after.label} (${languageName(c.lang)})`, [...(groups.get(`${c.after.label} (${languageName(c.lang)})`) ?? []), c]);
  lines.push(
    '',
    `**Same entry, new wording (${reworded.length})**: these questions get the rewritten answer shown side by side below.`,
    '',
  );
  for (const [entry, questions] of groups) {
    const shown = questions
      .slice(0, 8)
      .map((c) => `"${cell(c.question, 80)}"`)
      .join(', ');
    lines.push(`- ${cell(entry)}: ${shown}${questions.length > 8 ? ` and ${questions.length - 8} more` : ''}`);
  }
}

/** Every question whose reply changed. */
function pushChangedAnswers(lines: string[], comparison: KnowledgeComparison): void {
  // A question that keeps its entry but gets the entry's new wording is not news: count it per entry.
  const moved = comparison.changedAnswers.filter((c) => c.before.label !== c.after.label);
  const reworded = comparison.changedAnswers.filter((c) => c.before.label === c.after.label);
  lines.push('', `### Questions whose answer changed (${comparison.changedAnswers.length})`, '');
  if (comparison.changedAnswers.length === 0)
    lines.push('None: every test question and every phrasing in the knowledge base gets the same reply as before.');
  if (moved.length > 0) pushMovedAnswers(lines, moved);
  if (reworded.length > 0) pushRewordedAnswers(lines, reworded);
}

/** The rewritten answers, side by side. */
function pushRewrittenAnswers(lines: string[], comparison: KnowledgeComparison): void {
  const rewritten = comparison.entries.flatMap((e) => e.answers.map((a) => ({ ...a, id: e.id, title: e.title })));
  if (rewritten.length > 0) {
    lines.push('', '### Answers rewritten, side by side', '');
    for (const r of rewritten) {
      lines.push(`<details><summary>${cell(r.title)} (<code>${r.id}</code>), ${languageName(r.lang)}</summary>`, '');
      lines.push('| before | after |', '|---|---|', `| ${cell(r.before, 2000)} | ${cell(r.after, 2000)} |`, '', '</details>', '');
    }
  }
}

export function formatComparison(comparison: KnowledgeComparison, after: KnowledgeBase, beforeNote?: string): string {
  const lines: string[] = ['## Knowledge base check', ''];
  pushVerdict(lines, comparison, after, beforeNote);
  pushWhatChanged(lines, comparison);
  pushAccuracy(lines, comparison);
  pushChangedAnswers(lines, comparison);
  pushRewrittenAnswers(lines, comparison);
  lines.push('');
  return lines.join('\n');
}
