import { join, relative, resolve } from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { loadKnowledge } from '../src/core/knowledge/loadKnowledge';
import { DEFAULT_CLU_PROJECT_NAME, writeCluProject } from '../src/adapters/clu/cluProject';
import { CLU_NONE_INTENT } from '../src/adapters/clu/cluIntents';

/**
 * npm run clu:export [-- [--project NAME] [FILE]]: writes the CLU project file (the service's
 * import format) generated from the knowledge base. The project name is --project, else
 * CLU_PROJECT_NAME when CLU is configured, else 'mieux-plus'; the file defaults to clu/<name>.json.
 */
const USAGE = 'usage: npm run clu:export -- [--project NAME] [FILE]';

function parseArgs(args: readonly string[]): { project?: string; file?: string } {
  const parsed: { project?: string; file?: string } = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--project' && args[i + 1]) parsed.project = args[(i += 1)];
    else if (arg.startsWith('-') || parsed.file !== undefined) throw new Error(USAGE);
    else parsed.file = arg;
  }
  return parsed;
}

const shown = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

try {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const project = args.project ?? config.clu?.projectName ?? DEFAULT_CLU_PROJECT_NAME;
  const file = resolve(args.file ?? join(PROJECT_ROOT, 'clu', `${project}.json`));
  const kb = loadKnowledge(config.knowledgeDir);
  const written = writeCluProject(kb, file, project);
  const { intents, utterances } = written.assets;
  const entryIntents = intents.filter((i) => i.category !== CLU_NONE_INTENT).length;
  const noneExamples = utterances.filter((u) => u.intent === CLU_NONE_INTENT).length;
  console.log(
    `CLU project '${project}' written to ${shown(file)}: ${entryIntents} intents and None, ` +
      `${utterances.length} utterances (es, en-us, fr; ${noneExamples} of them None's, from out-of-scope.yaml)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
