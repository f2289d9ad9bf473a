import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

type Json = Record<string, unknown>;

export function entry(id: string, overrides: Json = {}): Json {
  const text = (lang: string) => ({
    title: `${id} ${lang}`,
    questions: [`question about ${id} in ${lang}`],
    answer: `answer about ${id} in ${lang}`,
  });
  return {
    id,
    section: 'Introducción',
    reviewed: '2026-11-28',
    followUps: [],
    es: text('es'),
    en: text('en'),
    fr: text('fr'),
    ...overrides,
  };
}

const list = <T>(value: T) => ({ es: value, en: value, fr: value });

export function conversation(overrides: Json = {}): Json {
  const cues = { self: ['yo'], matters: ['visado'], notWhen: ['experto'], own: ['mi visado'] };
  return {
    mainTopics: ['about'],
    personalCaseEntry: 'about',
    contactEntry: 'contact',
    smallTalk: { greeting: list(['hola']), thanks: list(['gracias']), goodbye: list(['adios']), help: list(['ayuda']) },
    personalCase: { es: cues, en: cues, fr: cues },
    handoffAfter: [],
    handoff: list({ wish: ['quiero'], action: ['participar'], direct: ['contactar'], notWhen: ['como'] }),
    cancel: list(['cancelar']),
    yes: list(['sí']),
    no: list(['no']),
    ...overrides,
  };
}

export interface FixtureFiles {
  /** File name under entries/ → content (an object is written as YAML, a string as is). */
  entries?: Record<string, Json | string>;
  conversation?: Json | string | null;
  synonyms?: Json | string;
  /** out-of-scope.yaml; absent when unset. */
  outOfScope?: Json | string;
}

/** Writes a small knowledge folder to a temporary directory and returns its path. */
export function writeKnowledge(files: FixtureFiles = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mieux-kb-'));
  mkdirSync(join(dir, 'entries'));
  const entries = files.entries ?? { 'about.yaml': entry('about'), 'contact.yaml': entry('contact') };
  const yaml = (content: Json | string) => (typeof content === 'string' ? content : stringify(content));
  for (const [name, content] of Object.entries(entries)) writeFileSync(join(dir, 'entries', name), yaml(content));
  const conv = files.conversation === undefined ? conversation() : files.conversation;
  if (conv !== null) writeFileSync(join(dir, 'conversation.yaml'), yaml(conv));
  if (files.synonyms !== undefined) writeFileSync(join(dir, 'synonyms.yaml'), yaml(files.synonyms));
  if (files.outOfScope !== undefined) writeFileSync(join(dir, 'out-of-scope.yaml'), yaml(files.outOfScope));
  return dir;
}
