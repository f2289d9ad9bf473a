import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { Entry, KnowledgeBase } from './types';
import { KnowledgeError } from '../../errors';
import {
  Problems,
  validateConversation,
  validateEntry,
  validateLinks,
  validateOutOfScope,
  validateOutOfScopeAgainstEntries,
  validateSynonyms,
} from './validate';

export const ENTRIES_DIR = 'entries';
export const SYNONYMS_FILE = 'synonyms.yaml';
export const CONVERSATION_FILE = 'conversation.yaml';
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yaml';

function readYaml(dir: string, file: string, problems: Problems): unknown {
  try {
    return parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      problems.add(file, at ? `line ${at.line}, column ${at.col}: ` : '', `is not valid YAML (${error.code})`);
    } else {
      problems.add(file, '', `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
    return undefined;
  }
}

/**
 * Reads and validates the knowledge folder. Throws a KnowledgeError listing every problem,
 * each naming its file and entry, so a broken file stops the bot instead of half-loading.
 */
export function loadKnowledge(dir: string): KnowledgeBase {
  const problems = new Problems();
  const entriesDir = join(dir, ENTRIES_DIR);
  if (!existsSync(entriesDir)) throw new KnowledgeError([`${dir}: has no '${ENTRIES_DIR}/' folder`]);

  const entries = new Map<string, Entry>();
  const files = readdirSync(entriesDir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  for (const name of files) {
    const file = `${ENTRIES_DIR}/${name}`;
    const raw = readYaml(dir, file, problems);
    if (raw === undefined) continue;
    const entry = validateEntry(raw, file, basename(name).replace(/\.ya?ml$/, ''), problems);
    if (!entry) continue;
    const existing = entries.get(entry.id);
    if (existing) problems.add(file, `entry '${entry.id}' `, `duplicates the id of ${existing.file}`);
    else entries.set(entry.id, entry);
  }
  if (files.length === 0) problems.add(`${ENTRIES_DIR}/`, '', 'holds no entries');
  validateLinks(entries, problems);

  const synonyms = validateSynonyms(
    existsSync(join(dir, SYNONYMS_FILE)) ? readYaml(dir, SYNONYMS_FILE, problems) : undefined,
    SYNONYMS_FILE,
    problems,
  );
  const outOfScope = validateOutOfScope(
    existsSync(join(dir, OUT_OF_SCOPE_FILE)) ? readYaml(dir, OUT_OF_SCOPE_FILE, problems) : undefined,
    OUT_OF_SCOPE_FILE,
    problems,
  );
  validateOutOfScopeAgainstEntries(outOfScope, entries, OUT_OF_SCOPE_FILE, problems);
  const conversation = validateConversation(readYaml(dir, CONVERSATION_FILE, problems), CONVERSATION_FILE, entries, problems);

  if (problems.count > 0 || !conversation) throw new KnowledgeError(problems.toArray());
  return { entries, synonyms, conversation, outOfScope };
}
