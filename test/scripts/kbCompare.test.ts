/**
 * npm run kb:compare, the summary curators read on their pull request: a small knowledge change
 * made the way a curator makes it (a copy of the shipped knowledge, one entry's YAML edited), the
 * comparison in-process, and the command as the workflow runs it (a child process appending
 * Markdown to the summary file, its exit code deciding the check).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/loadKnowledge';
import type { Entry } from '../../src/core/knowledge/types';
import { LANGUAGES, type Lang } from '../../src/core/language/languages';
import { loadEvalSet, type EvalCase } from '../../scripts/evaluation';
import { cell, formatComparison } from '../../scripts/kbCompareReport';
import { compareKnowledge } from '../../scripts/knowledgeChanges';
import { KNOWLEDGE_DIR, shippedKnowledge } from '../support/shippedKnowledge';

const run = promisify(execFile);
const PROJECT = join(__dirname, '..', '..');
const TSX = join(PROJECT, 'node_modules', '.bin', 'tsx');
const kb = shippedKnowledge();
const target: Entry = kb.entries.get(kb.conversation.mainTopics[0]!)!;
const evalSets = Object.fromEntries(LANGUAGES.map((lang) => [lang, loadEvalSet(lang)])) as Record<Lang, EvalCase[]>;

let work: string;

/** A copy of the shipped knowledge with `edit` applied to the target entry's YAML. */
function changedKnowledge(name: string, edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const dir = join(work, name);
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  const file = join(dir, target.file);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  edit(doc);
  writeFileSync(file, doc.toString());
  return dir;
}

const NEW_ENGLISH = `${target.text.en.answer.trimEnd()}\n\nReviewed again by the MIEUX+ team.`;
const ADDED: Readonly<Record<Lang, string>> = {
  es: '¿Pregunta añadida por una curadora para esta prueba?',
  en: 'A question a curator added for this test?',
  fr: 'Question ajoutée par une curatrice pour ce test ?',
};

async function kbCompare(before: string, after: string): Promise<{ code: number; summary: string }> {
  const out = join(work, `summary-${Date.now()}.md`);
  writeFileSync(out, '# earlier steps wrote here\n');
  try {
    await run(TSX, ['scripts/kbCompare.ts', '--before', before, '--after', after, '--out', out], { cwd: PROJECT });
    return { code: 0, summary: readFileSync(out, 'utf8') };
  } catch (error) {
    return { code: (error as { code: number }).code, summary: readFileSync(out, 'utf8') };
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kb-compare-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a small knowledge change: one answer reworded, a question removed, one added', () => {
  let after: string;
  beforeAll(() => {
    // Question lists stay parallel: a question is removed, and another added, in every language.
    after = changedKnowledge('reworded', (doc) => {
      doc.setIn(['en', 'answer'], NEW_ENGLISH);
      for (const lang of LANGUAGES) {
        (doc.getIn([lang, 'questions']) as { items: unknown[] }).items.pop();
        doc.addIn([lang, 'questions'], ADDED[lang]);
      }
    });
  });

  it('names the entry, its file and each change in words', () => {
    const comparison = compareKnowledge({ before: kb, after: loadKnowledge(after), evalSets });
    expect(comparison.entries).toEqual([
      {
        id: target.id,
        kind: 'changed',
        file: target.file,
        title: target.text.es.title,
        details: [
          'Spanish: 1 question added',
          'Spanish: 1 question removed',
          'English answer',
          'English: 1 question added',
          'English: 1 question removed',
          'French: 1 question added',
          'French: 1 question removed',
        ],
        answers: [{ lang: 'en', before: target.text.en.answer, after: NEW_ENGLISH }],
      },
    ]);
    expect(comparison.otherFiles).toEqual([]);
  });

  it('names the messages about something else added or removed, per language', () => {
    const outOfScope = {
      ...kb.outOfScope,
      fr: [...kb.outOfScope.fr.slice(1), 'Quel temps fera-t-il à Nantes dimanche ?', 'Qui a écrit Germinal ?'],
    };
    const comparison = compareKnowledge({ before: kb, after: { ...kb, outOfScope }, evalSets });
    expect(comparison.otherFiles).toEqual(['out-of-scope.yaml, French: 2 added, 1 removed']);
  });

  it('lists the questions whose answer changed, with the answer before and after', () => {
    const comparison = compareKnowledge({ before: kb, after: loadKnowledge(after), evalSets });
    const first = comparison.changedAnswers.find((c) => c.question === target.text.en.questions[0]);
    expect(first).toMatchObject({
      lang: 'en',
      source: 'knowledge phrasing',
      before: { text: target.text.en.answer },
      after: { text: NEW_ENGLISH },
    });
    // The Spanish answer was not touched: no Spanish question but the one added or removed gets another reply.
    expect(
      comparison.changedAnswers.filter((c) => c.lang === 'es' && c.question !== ADDED.es && c.question !== target.text.es.questions.at(-1)),
    ).toEqual([]);
    // Each language's accuracy is measured on the same questions before and after.
    for (const a of comparison.accuracy) expect(a.before.total).toBe(a.after.total);
    expect(comparison.passes).toBe(true);
  });

  it('kb:compare appends the summary to the file it is given and exits 0', async () => {
    const { code, summary } = await kbCompare(KNOWLEDGE_DIR, after);
    expect(code).toBe(0);
    expect(summary.startsWith('# earlier steps wrote here\n## Knowledge base check')).toBe(true);
    expect(summary).toContain('✅ **The knowledge base is valid**');
    expect(summary).toContain('This change can be merged');
    expect(summary).toContain(
      `| ${target.text.es.title} (\`${target.id}\`) | \`knowledge/${target.file}\` | Spanish: 1 question added; Spanish: 1 question removed; English answer; English: 1 question added; English: 1 question removed; French: 1 question added; French: 1 question removed |`,
    );
    for (const language of ['Spanish', 'English', 'French'])
      expect(summary).toMatch(new RegExp(`^\\| ${language} \\| [\\d.]+% \\(\\d+/\\d+\\) \\| [\\d.]+% \\(\\d+/\\d+\\) \\|`, 'm'));
    expect(summary).toContain('### Answers rewritten, side by side');
    expect(summary).toContain('Reviewed again by the MIEUX+ team.');
  });
});

describe('a change that breaks the knowledge base', () => {
  it('kb:compare says what is wrong and where, and exits 1', async () => {
    const broken = changedKnowledge('broken', (doc) => doc.deleteIn(['fr', 'answer']));
    const { code, summary } = await kbCompare(KNOWLEDGE_DIR, broken);
    expect(code).toBe(1);
    expect(summary).toContain('❌ **The knowledge base has errors');
    expect(summary).toContain(target.file);
    expect(summary).not.toContain('### Accuracy');
  });
});

describe('a change that makes the bot answer an out-of-scope question', () => {
  it('is reported as not mergeable, naming the question', () => {
    const outOfScope = 'Which river flows through Vienna?';
    const after = changedKnowledge('wrong-claim', (doc) => {
      doc.addIn(['es', 'questions'], '¿Qué río pasa por Viena?');
      doc.addIn(['en', 'questions'], outOfScope);
      doc.addIn(['fr', 'questions'], 'Quel fleuve traverse Vienne ?');
    });
    const sets = { ...evalSets, en: [...evalSets.en, { q: outOfScope, expect: ['none'], kind: 'out-of-scope' }] };
    const afterKb = loadKnowledge(after);
    const comparison = compareKnowledge({ before: kb, after: afterKb, evalSets: sets });
    expect(comparison.accuracy.find((a) => a.lang === 'en')?.outOfScopeAnswered).toContain(outOfScope);
    expect(compareKnowledge({ before: kb, after: kb, evalSets: sets }).accuracy.find((a) => a.lang === 'en')?.outOfScopeAnswered).toEqual(
      [],
    );
    expect(comparison.passes).toBe(false);
    const moved = comparison.changedAnswers.find((c) => c.question === outOfScope);
    expect(moved?.before.label).toBe('"I don\'t know"');
    expect(moved?.after.label).toBe(target.text.en.title);
    const summary = formatComparison(comparison, afterKb);
    expect(summary).toContain('❌ **This change cannot be merged yet:**');
    expect(summary).toContain(`❌ "${outOfScope}"`);
  });
});

describe('no change', () => {
  it('says so, and every question keeps its reply', () => {
    const comparison = compareKnowledge({ before: kb, after: loadKnowledge(KNOWLEDGE_DIR), evalSets });
    expect(comparison.entries).toEqual([]);
    expect(comparison.changedAnswers).toEqual([]);
    const summary = formatComparison(comparison, kb);
    expect(summary).toContain('Nothing in the knowledge base itself.');
    expect(summary).toContain('### Questions whose answer changed (0)');
  });
});

describe('table cells', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['line one\n  line two', 'line one line two'],
    ['<script>', '&lt;script>'],
  ])('%j is written as %j', (text, written) => {
    expect(cell(text)).toBe(written);
  });

  it('shortens long texts with an ellipsis', () => {
    expect(cell('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('the command line', () => {
  it('stops with 2 and its usage when a folder is missing', async () => {
    const error = await run(TSX, ['scripts/kbCompare.ts', '--before', KNOWLEDGE_DIR], { cwd: PROJECT }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('usage: npm run kb:compare');
    expect(existsSync(join(work, 'reworded'))).toBe(true);
  });
});
