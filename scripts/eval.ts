import { join } from 'node:path';
import { findClosePhrasings, DEFAULT_CLOSE_THRESHOLD } from '../src/core/understanding/closePhrasings';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { LANGUAGES } from '../src/core/language/languages';
import {
  EVAL_DIR,
  EVAL_SETS,
  evaluate,
  evaluateAll,
  formatCloseTable,
  formatConfusionTable,
  formatKinds,
  formatSummary,
  loadEvalSet,
} from './evaluation';
import { loadCoincidences } from './evalOverlap';

/**
 * npm run eval [-- --show-blind-misses] [--knowledge DIR]: for each evaluation set, accuracy per language with the
 * wrong answers counted apart, figures per kind of message, and (except for the held-out blind
 * set, whose misses stay unread while the bot is improved) every miss and the confusion table.
 * Then the phrasings of different entries that are too close to each other.
 */
const args = process.argv.slice(2);
const showBlind = args.includes('--show-blind-misses');
// --knowledge DIR evaluates another copy of the knowledge base (a curator's draft, the version before a change).
const knowledgeFlag = args.indexOf('--knowledge');
const knowledgeDir = (knowledgeFlag >= 0 ? args[knowledgeFlag + 1] : undefined) || join(__dirname, '..', 'knowledge');
const kb = loadKnowledge(knowledgeDir);
const recognizer = new LocalRecognizer(kb);
const coincidences = loadCoincidences(EVAL_DIR);

// --set NAME runs one set only (while working, to keep the held-out set's figures out of sight too).
const setFlag = args.indexOf('--set');
const only = setFlag >= 0 ? args[setFlag + 1] : undefined;
for (const set of EVAL_SETS.filter((s) => only === undefined || s.name === only)) {
  const reports = evaluateAll(recognizer, set.name).filter((r) => r.total > 0);
  if (reports.length === 0) continue;
  console.log(`\n=== ${set.name}: ${set.about}`);
  console.log(formatSummary(reports));
  const coincide = coincidences.filter((c) => c.set === set.name);
  if (coincide.length > 0) {
    // Questions written alike, independently, by the set's writer and a curator (test/eval/coincidences.yaml).
    const unseen = LANGUAGES.map((lang) => {
      const listed = new Set(coincide.filter((c) => c.lang === lang).map((c) => c.question));
      return evaluate(
        recognizer,
        lang,
        loadEvalSet(lang, set.name).filter((c) => !listed.has(c.q)),
      );
    });
    console.log(`  without the ${coincide.length} questions that coincide with a phrasing:\n${formatSummary(unseen)}`);
  }
  console.log(formatKinds(reports));
  if (!set.showMisses && !showBlind) {
    console.log('  (misses not shown: this set is held out; --show-blind-misses prints them, after which it is no longer blind)');
    continue;
  }
  for (const report of reports) {
    if (report.misses.length === 0) continue;
    console.log(`\n  ${report.lang} misses:`);
    for (const miss of report.misses)
      console.log(
        `    ${miss.verdict === 'wrong' ? '✗' : '·'} [${miss.kind}] ${JSON.stringify(miss.q)} expected ${miss.expect}, got ${miss.got}`,
      );
    console.log(formatConfusionTable(report));
  }
}

const close = findClosePhrasings(kb, (text, lang) => recognizer.termVector(text, lang));
console.log(`\n${formatCloseTable(close, DEFAULT_CLOSE_THRESHOLD)}`);
