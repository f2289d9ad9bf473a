import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/language/languages';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import type { KnowledgeBase } from '../../../src/core/knowledge/types';
import { CLU_NONE_INTENT, CluIntentMap, MAX_CLU_INTENT_LENGTH, cluIntentName } from '../../../src/adapters/clu/cluIntents';
import { CLU_LANGUAGE, DEFAULT_CLU_PROJECT_NAME, buildCluProject, serialiseCluProject } from '../../../src/adapters/clu/cluProject';
import { entry, writeKnowledge } from '../../support/knowledgeFixture';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const kb = shippedKnowledge();
const project = buildCluProject(kb);
const intents = CluIntentMap.fromKnowledge(kb);

describe('the CLU project file built from the knowledge base', () => {
  it("is a multilingual conversation project in the service's import format", () => {
    expect(project).toMatchObject({
      projectFileVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      stringIndexType: 'Utf16CodeUnit',
      metadata: {
        projectKind: 'Conversation',
        projectName: DEFAULT_CLU_PROJECT_NAME,
        multilingual: true,
        language: 'es',
        settings: { confidenceThreshold: 0 },
      },
      assets: { projectKind: 'Conversation', entities: [] },
    });
  });

  it("has one intent per entry, named so CLU accepts it, and CLU's None intent", () => {
    expect(project.assets.intents.map((i) => i.category)).toContain(CLU_NONE_INTENT);
    const categories = project.assets.intents.map((i) => i.category).filter((c) => c !== CLU_NONE_INTENT);
    expect(categories).toHaveLength(kb.entries.size);
    expect(new Set(categories).size).toBe(categories.length);
    expect(categories.map((c) => intents.entryFor(c)).sort()).toEqual([...kb.entries.keys()].sort());
    for (const category of categories) {
      expect(category.length).toBeLessThanOrEqual(MAX_CLU_INTENT_LENGTH);
      expect(category).not.toMatch(/[:$&%*()+~#/?\s]/);
    }
  });

  it('has every title and question of every language as a training utterance of its entry', () => {
    const key = (text: string, language: string, intent: string) => `${language}|${intent}|${text}`;
    const exported = new Set(project.assets.utterances.map((u) => key(u.text, u.language, u.intent)));
    let phrasings = 0;
    for (const e of kb.entries.values()) {
      for (const lang of LANGUAGES) {
        for (const phrasing of [e.text[lang].title, ...e.text[lang].questions]) {
          phrasings += 1;
          expect(exported, `${e.id} ${lang}: ${phrasing}`).toContain(key(phrasing.trim(), CLU_LANGUAGE[lang], intents.intentFor(e.id)));
        }
      }
    }
    // Only a title repeated word for word as a question is folded into one utterance.
    const ofEntries = project.assets.utterances.filter((u) => u.intent !== CLU_NONE_INTENT);
    expect(ofEntries.length).toBeLessThanOrEqual(phrasings);
    expect(ofEntries.length).toBeGreaterThan(phrasings * 0.8);
    expect(new Set(project.assets.utterances.map((u) => u.language))).toEqual(new Set(['es', 'en-us', 'fr']));
    expect(project.assets.utterances.every((u) => u.dataset === 'Train' && u.entities.length === 0)).toBe(true);
  });

  it('every utterance belongs to a declared intent that maps back to an entry, or to None', () => {
    const declared = new Set(project.assets.intents.map((i) => i.category));
    for (const u of project.assets.utterances) {
      expect(declared).toContain(u.intent);
      if (u.intent !== CLU_NONE_INTENT) expect(kb.entries.has(intents.entryFor(u.intent)!)).toBe(true);
    }
  });

  it("has the messages about something else (out-of-scope.yaml) as utterances of CLU's None intent", () => {
    const none = project.assets.utterances.filter((u) => u.intent === CLU_NONE_INTENT);
    for (const lang of LANGUAGES)
      expect(none.filter((u) => u.language === CLU_LANGUAGE[lang]).map((u) => u.text)).toEqual(kb.outOfScope[lang].map((m) => m.trim()));
  });

  it('refuses a message about something else that is also a phrasing of an entry, naming both', () => {
    const about = kb.entries.get('about')!;
    const outOfScope = { ...kb.outOfScope, en: [...kb.outOfScope.en, about.text.en.questions[0]!] };
    expect(() => buildCluProject({ ...kb, outOfScope })).toThrow(/out-of-scope\.yaml: en message ".+" is also a phrasing of entry 'about'/);
  });

  it('declares no None intent when there is nothing to teach it', () => {
    const bare = buildCluProject({ ...kb, outOfScope: { es: [], en: [], fr: [] } });
    expect(bare.assets.intents.map((i) => i.category)).not.toContain(CLU_NONE_INTENT);
    expect(bare.assets.utterances.some((u) => u.intent === CLU_NONE_INTENT)).toBe(false);
  });

  it('is the same file byte for byte, whatever order the entries were read in', () => {
    const reversed: KnowledgeBase = { ...kb, entries: new Map([...kb.entries].reverse()) };
    expect(serialiseCluProject(buildCluProject(reversed))).toBe(serialiseCluProject(project));
  });

  it('refuses a phrasing listed under two entries, naming both', () => {
    const same = { es: { title: 'A', questions: ['¿Quién paga?'], answer: 'a' } };
    const dir = writeKnowledge({
      entries: { 'about.yaml': entry('about', same), 'contact.yaml': entry('contact', { es: { ...same.es, title: 'B' } }) },
    });
    expect(() => buildCluProject(loadKnowledge(dir))).toThrow(/es phrasing "¿Quién paga\?" is also in entry 'about'/);
  });

  it('refuses a project name CLU would refuse', () => {
    expect(() => buildCluProject(kb, 'mieux plus!')).toThrow(/project name 'mieux plus!'/);
  });
});

describe('CLU intent names', () => {
  it('are the entry ids when they fit', () => {
    expect(cluIntentName('area-international-protection')).toBe('area-international-protection');
  });

  it('shorten long ids deterministically and keep two long ids apart', () => {
    const a = `${'x'.repeat(60)}-a`;
    const b = `${'x'.repeat(60)}-b`;
    expect(cluIntentName(a)).toHaveLength(MAX_CLU_INTENT_LENGTH);
    expect(cluIntentName(a)).toBe(cluIntentName(a));
    expect(cluIntentName(a)).not.toBe(cluIntentName(b));
    const map = new CluIntentMap([a, b, 'about']);
    expect(map.entryFor(map.intentFor(a))).toBe(a);
    expect(map.entryFor(map.intentFor(b))).toBe(b);
    expect(map.entryFor('None')).toBeUndefined();
  });

  it("refuse an entry that would be CLU's None intent", () => {
    expect(() => new CluIntentMap(['none'])).toThrow(/reserved intent 'None'/);
  });
});

describe('npm run clu:export', () => {
  it('writes the project file to the given path', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mieux-clu-')), 'out', 'project.json');
    const tsx = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CLU_')));
    const output = execFileSync(tsx, [join(__dirname, '..', '..', '..', 'scripts', 'cluExport.ts'), '--project', 'mieux-test', file], {
      env,
      encoding: 'utf8',
    });
    expect(output).toMatch(new RegExp(`${kb.entries.size} intents and None`));
    expect(readFileSync(file, 'utf8')).toBe(serialiseCluProject(buildCluProject(kb, 'mieux-test')));
  });
});
