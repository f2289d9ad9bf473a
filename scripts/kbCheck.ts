import { loadConfig } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { findPhrasingClashes } from '../src/core/knowledge/phrasingClashes';
import { findRepeatedPhrases } from '../src/core/knowledge/repeatedPhrases';
import { LocalRecognizer } from '../src/core/understanding/localRecognizer';
import { findUnreachablePhrasings } from '../src/core/understanding/unreachablePhrasings';

/** npm run kb:check: the same validation the bot runs at start-up, plus warnings curators can act on. */
const dir = process.argv[2] ?? loadConfig().knowledgeDir;
try {
  const kb = loadKnowledge(dir);
  const warnings = [...findPhrasingClashes(kb), ...findRepeatedPhrases(kb), ...findUnreachablePhrasings(kb, new LocalRecognizer(kb))];
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(`knowledge base OK: ${kb.entries.size} entries in es, en and fr (${dir})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
