import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEFAULT_LANG, LANGUAGES, type Localized } from '../../core/language/languages';
import type { KnowledgeBase } from '../../core/knowledge/types';
import { CLU_NONE_INTENT, CluIntentMap } from './cluIntents';
import { CluExportError } from '../../errors';

/** The language codes CLU expects for utterances (its language-support table). */
export const CLU_LANGUAGE: Localized<string> = { es: 'es', en: 'en-us', fr: 'fr' };
/** The project name used when CLU_PROJECT_NAME is not set. */
export const DEFAULT_CLU_PROJECT_NAME = 'mieux-plus';
/** CLU's limit on an utterance when authoring. */
export const MAX_CLU_UTTERANCE_LENGTH = 500;
/** The authoring API version whose import format this file follows. */
export const CLU_PROJECT_FILE_VERSION = '2023-04-01';

export interface CluUtterance {
  readonly text: string;
  readonly language: string;
  readonly intent: string;
  readonly dataset: 'Train';
  readonly entities: readonly never[];
}

/** The service's import format for a conversation project, with only what this bot uses. */
export interface CluProjectFile {
  readonly projectFileVersion: string;
  readonly stringIndexType: 'Utf16CodeUnit';
  readonly metadata: {
    readonly projectKind: 'Conversation';
    readonly projectName: string;
    readonly multilingual: true;
    readonly description: string;
    readonly language: string;
    readonly settings: { readonly confidenceThreshold: number };
  };
  readonly assets: {
    readonly projectKind: 'Conversation';
    readonly intents: readonly { readonly category: string }[];
    readonly entities: readonly never[];
    readonly utterances: readonly CluUtterance[];
  };
}

const sameText = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The messages about something else, as utterances of CLU's None intent: CLU's documentation advises
 * teaching None the utterances that resemble an intent's ("acciones de Iberdrola" is no Action).
 * `owner` holds every phrasing already exported (language and text → entry id).
 */
function outOfScopeUtterances(kb: KnowledgeBase, owner: Map<string, string>, problems: string[]): CluUtterance[] {
  const utterances: CluUtterance[] = [];
  for (const lang of LANGUAGES) {
    for (const message of kb.outOfScope[lang]) {
      const text = message.trim().replace(/\s+/g, ' ');
      const key = `${lang}:${sameText(text)}`;
      const first = owner.get(key);
      if (first === CLU_NONE_INTENT) continue;
      if (first !== undefined) problems.push(`out-of-scope.yaml: ${lang} message "${text}" is also a phrasing of entry '${first}'`);
      else if (text.length > MAX_CLU_UTTERANCE_LENGTH)
        problems.push(
          `out-of-scope.yaml: ${lang} message "${text.slice(0, 40)}…" is longer than CLU's ${MAX_CLU_UTTERANCE_LENGTH} characters`,
        );
      owner.set(key, CLU_NONE_INTENT);
      utterances.push({ text, language: CLU_LANGUAGE[lang], intent: CLU_NONE_INTENT, dataset: 'Train', entities: [] });
    }
  }
  return utterances;
}

/**
 * One intent per knowledge-base entry, with every title and question of every language as a
 * training utterance, so CLU learns exactly what curators maintain. Deterministic: the same
 * knowledge gives the same file byte for byte, so its diff shows what curators changed.
 */
export function buildCluProject(kb: KnowledgeBase, projectName: string = DEFAULT_CLU_PROJECT_NAME): CluProjectFile {
  const intents = CluIntentMap.fromKnowledge(kb);
  const problems: string[] = [];
  if (!/^[A-Za-z0-9_.-]{1,50}$/.test(projectName))
    problems.push(`project name '${projectName}' must be 1 to 50 letters, digits, '_', '.' or '-'`);
  const owner = new Map<string, string>();
  const utterances: CluUtterance[] = [];
  for (const entryId of intents.entryIds()) {
    const entry = kb.entries.get(entryId);
    if (!entry) continue;
    for (const lang of LANGUAGES) {
      for (const phrasing of [entry.text[lang].title, ...entry.text[lang].questions]) {
        const text = phrasing.trim().replace(/\s+/g, ' ');
        const key = `${lang}:${sameText(text)}`;
        const first = owner.get(key);
        // A button title repeated as a question is one utterance; under two entries CLU could learn neither.
        if (first === entryId) continue;
        if (first !== undefined) problems.push(`${entry.file}: ${lang} phrasing "${text}" is also in entry '${first}'`);
        else if (text.length > MAX_CLU_UTTERANCE_LENGTH)
          problems.push(
            `${entry.file}: ${lang} phrasing "${text.slice(0, 40)}…" is longer than CLU's ${MAX_CLU_UTTERANCE_LENGTH} characters`,
          );
        owner.set(key, entryId);
        utterances.push({ text, language: CLU_LANGUAGE[lang], intent: intents.intentFor(entryId), dataset: 'Train', entities: [] });
      }
    }
  }
  const noneUtterances = outOfScopeUtterances(kb, owner, problems);
  utterances.push(...noneUtterances);
  if (problems.length > 0) throw new CluExportError(problems);

  return {
    projectFileVersion: CLU_PROJECT_FILE_VERSION,
    stringIndexType: 'Utf16CodeUnit',
    metadata: {
      projectKind: 'Conversation',
      projectName,
      multilingual: true,
      description: 'MIEUX+ inquiry bot: one intent per knowledge-base entry, generated by npm run clu:export',
      language: CLU_LANGUAGE[DEFAULT_LANG],
      // The bot applies its own threshold (CLU_MIN_CONFIDENCE); CLU should report its real top intent.
      settings: { confidenceThreshold: 0 },
    },
    assets: {
      projectKind: 'Conversation',
      intents: [
        ...(noneUtterances.length > 0 ? [{ category: CLU_NONE_INTENT }] : []),
        ...intents.entryIds().map((id) => ({ category: intents.intentFor(id) })),
      ],
      entities: [],
      utterances,
    },
  };
}

export function serialiseCluProject(project: CluProjectFile): string {
  return `${JSON.stringify(project, null, 2)}\n`;
}

/** Writes the project file, creating its folder, and returns what it wrote. */
export function writeCluProject(kb: KnowledgeBase, path: string, projectName?: string): CluProjectFile {
  const project = buildCluProject(kb, projectName);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serialiseCluProject(project));
  return project;
}
