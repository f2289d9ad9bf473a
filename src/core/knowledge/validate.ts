import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { questionKey } from './phrasingClashes';
import {
  ENTRY_KINDS,
  SMALL_TALK_KINDS,
  type EntryKind,
  type ConversationData,
  type Entry,
  type EntryText,
  type SmallTalkKind,
} from './types';

const LANGUAGE_NAMES: Localized<string> = { es: 'Spanish', en: 'English', fr: 'French' };
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_TITLE_LENGTH = 40;

/** Collects every problem in the knowledge base, so a curator sees them all at once. */
export class Problems {
  private readonly list: string[] = [];

  add(file: string, where: string, message: string): void {
    this.list.push(`${file}: ${where}${message}`);
  }

  get count(): number {
    return this.list.length;
  }

  toArray(): readonly string[] {
    return this.list;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(nonEmptyString);
}

function entryText(raw: unknown, lang: Lang, file: string, where: string, problems: Problems): EntryText | undefined {
  const name = LANGUAGE_NAMES[lang];
  if (!isRecord(raw)) {
    problems.add(file, where, `has no ${name} text (\`${lang}:\` with title, questions and answer)`);
    return undefined;
  }
  const before = problems.count;
  if (!nonEmptyString(raw.title)) problems.add(file, where, `has no ${name} title`);
  else if (raw.title.length > MAX_TITLE_LENGTH)
    problems.add(file, where, `${name} title is longer than ${MAX_TITLE_LENGTH} characters`);
  if (!stringList(raw.questions) || raw.questions.length === 0)
    problems.add(file, where, `has no ${name} questions (a list of at least one non-empty question)`);
  if (!nonEmptyString(raw.answer)) problems.add(file, where, `has no ${name} answer`);
  if (problems.count > before) return undefined;
  return {
    title: (raw.title as string).trim(),
    questions: (raw.questions as string[]).map((q) => q.trim()),
    answer: (raw.answer as string).trim(),
  };
}

/** Checks one entry file's content; returns the entry, or undefined after recording its problems. */
export function validateEntry(raw: unknown, file: string, expectedId: string, problems: Problems): Entry | undefined {
  if (!isRecord(raw)) {
    problems.add(file, '', 'is not a YAML mapping with id, section, reviewed, es, en and fr');
    return undefined;
  }
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const where = `entry '${id ?? expectedId}' `;
  const before = problems.count;
  if (id === undefined || !ID.test(id)) problems.add(file, where, 'needs an `id` of lower-case letters, digits and dashes');
  else if (id !== expectedId) problems.add(file, where, `has id '${id}' but the file is named '${expectedId}.yaml'`);
  if (!nonEmptyString(raw.section)) problems.add(file, where, 'has no `section` (the brochure section it comes from)');
  const reviewed = raw.reviewed instanceof Date ? raw.reviewed.toISOString().slice(0, 10) : raw.reviewed;
  if (typeof reviewed !== 'string' || !DATE.test(reviewed)) problems.add(file, where, 'needs a `reviewed` date (YYYY-MM-DD)');
  const followUps = raw.followUps ?? [];
  if (!stringList(followUps)) problems.add(file, where, '`followUps` must be a list of entry ids');
  const kind = raw.kind ?? 'brochure';
  if (typeof kind !== 'string' || !(ENTRY_KINDS as readonly string[]).includes(kind))
    problems.add(file, where, `has kind '${typeof kind === 'string' ? kind : JSON.stringify(kind)}'; it must be one of ${ENTRY_KINDS.join(', ')}`);
  const texts = LANGUAGES.map((lang) => entryText(raw[lang], lang, file, where, problems));
  if (problems.count > before || id === undefined) return undefined;
  const [es, en, fr] = texts as [EntryText, EntryText, EntryText];
  // Question n says the same in every language, so a question routes alike whatever the language.
  if (es.questions.length !== en.questions.length || es.questions.length !== fr.questions.length) {
    problems.add(file, where, `has ${es.questions.length} Spanish, ${en.questions.length} English and ${fr.questions.length} French questions; keep the lists parallel (question n is the same question in each language)`);
    return undefined;
  }
  return {
    id,
    kind: kind as EntryKind,
    section: (raw.section as string).trim(),
    reviewed: reviewed as string,
    followUps: followUps as string[],
    text: { es, en, fr },
    file,
  };
}

/** Checks what only the whole set can show: follow-ups that point nowhere. */
export function validateLinks(entries: ReadonlyMap<string, Entry>, problems: Problems): void {
  for (const entry of entries.values()) {
    for (const target of entry.followUps) {
      if (!entries.has(target)) problems.add(entry.file, `entry '${entry.id}' `, `has follow-up '${target}', which is no entry`);
      if (target === entry.id) problems.add(entry.file, `entry '${entry.id}' `, 'lists itself as a follow-up');
    }
  }
}

function localizedList(raw: unknown, file: string, where: string, problems: Problems): Localized<string[]> | undefined {
  if (!isRecord(raw)) {
    problems.add(file, where, 'needs es, en and fr lists');
    return undefined;
  }
  const before = problems.count;
  for (const lang of LANGUAGES) {
    if (!stringList(raw[lang]) || (raw[lang]).length === 0)
      problems.add(file, where, `has no ${LANGUAGE_NAMES[lang]} list`);
  }
  if (problems.count > before) return undefined;
  return { es: raw.es as string[], en: raw.en as string[], fr: raw.fr as string[] };
}

/** What a per-language file lists, and how its items are checked (synonyms.yaml, out-of-scope.yaml). */
interface ListedPerLanguage<T> {
  /** "synonym groups", "messages" */
  readonly items: string;
  readonly example: string;
  /** "group", "message": how a problem names one item. */
  readonly item: string;
  /** The item, or the problem to report. */
  readonly check: (raw: unknown) => { readonly value: T } | { readonly problem: string };
}

function validatePerLanguage<T>(raw: unknown, file: string, problems: Problems, spec: ListedPerLanguage<T>): Localized<T[]> {
  const result: Record<Lang, T[]> = { es: [], en: [], fr: [] };
  if (raw === null || raw === undefined) return result;
  if (!isRecord(raw)) {
    problems.add(file, '', `must map es, en and fr to lists of ${spec.items}`);
    return result;
  }
  for (const lang of LANGUAGES) {
    const listed = raw[lang] ?? [];
    if (!Array.isArray(listed)) {
      problems.add(file, `${lang}: `, `must be a list of ${spec.items} such as ${spec.example}`);
      continue;
    }
    listed.forEach((item: unknown, index) => {
      const checked = spec.check(item);
      if ('problem' in checked) problems.add(file, `${lang} ${spec.item} ${index + 1} `, checked.problem);
      else result[lang].push(checked.value);
    });
  }
  return result;
}

export function validateSynonyms(raw: unknown, file: string, problems: Problems): Localized<string[][]> {
  return validatePerLanguage<string[]>(raw, file, problems, {
    items: 'synonym groups',
    example: '[experto, experta, especialista]',
    item: 'group',
    check: (group) => (stringList(group) && group.length >= 2 ? { value: group } : { problem: 'needs at least two words or phrases' }),
  });
}

/** out-of-scope.yaml: per language, a list of messages about something else. */
export function validateOutOfScope(raw: unknown, file: string, problems: Problems): Localized<string[]> {
  return validatePerLanguage<string>(raw, file, problems, {
    items: 'messages',
    example: '"¿qué tiempo hace en Lisboa?"',
    item: 'message',
    check: (message) => (typeof message === 'string' && message.trim() !== '' ? { value: message } : { problem: 'must be a non-empty text' }),
  });
}

/** A message about something else that is also a question of an entry would teach the bot to refuse that entry. */
export function validateOutOfScopeAgainstEntries(
  outOfScope: Localized<readonly string[]>,
  entries: ReadonlyMap<string, Entry>,
  file: string,
  problems: Problems,
): void {
  for (const lang of LANGUAGES) {
    const owners = new Map<string, string>();
    for (const entry of entries.values())
      for (const question of [entry.text[lang].title, ...entry.text[lang].questions]) owners.set(questionKey(question), entry.id);
    outOfScope[lang].forEach((message, index) => {
      const owner = owners.get(questionKey(message));
      if (owner) problems.add(file, `${lang} message ${index + 1} `, `is also a question of entry '${owner}'`);
    });
  }
}

/** Per language, a set of named word lists (`personalCase`, `handoff`). */
function cueLists<K extends string>(
  raw: unknown,
  keys: readonly K[],
  file: string,
  name: string,
  problems: Problems,
): Localized<Record<K, string[]>> | undefined {
  const section = isRecord(raw) ? raw : {};
  const result: Partial<Record<Lang, Record<K, string[]>>> = {};
  const before = problems.count;
  for (const lang of LANGUAGES) {
    const cues = section[lang];
    const where = `${name}.${lang} `;
    if (!isRecord(cues)) {
      problems.add(file, where, `needs ${keys.join(', ')} lists`);
      continue;
    }
    for (const key of keys) if (!stringList(cues[key])) problems.add(file, where, `needs a \`${key}\` list`);
    result[lang] = Object.fromEntries(keys.map((k) => [k, cues[k] as string[]])) as Record<K, string[]>;
  }
  return problems.count > before ? undefined : (result as Localized<Record<K, string[]>>);
}

type EntryRef = (value: unknown, key: string) => void;

function validateWhatWeDo(raw: unknown, file: string, entryRef: EntryRef, problems: Problems): ConversationData['whatWeDo'] {
  if (raw === undefined) return undefined;
  const section = isRecord(raw) ? raw : {};
  entryRef(section.entry, 'whatWeDo.entry');
  const phrases = localizedList(section, file, 'whatWeDo ', problems);
  return phrases && typeof section.entry === 'string' ? { entry: section.entry, phrases } : undefined;
}

function validateOutsiders(raw: unknown, file: string, entryRef: EntryRef, problems: Problems): ConversationData['outsiders'] {
  if (raw === undefined) return undefined;
  const section = isRecord(raw) ? raw : {};
  entryRef(section.entry, 'outsiders.entry');
  const questions = aboutAndPhrases(section, 'outsiders', file, entryRef, problems);
  const ofOneself = section.ofOneself === undefined ? undefined : aboutAndPhrases(section.ofOneself, 'outsiders.ofOneself', file, entryRef, problems);
  return questions && typeof section.entry === 'string' ? { entry: section.entry, ...questions, ...(ofOneself ? { ofOneself } : {}) } : undefined;
}

function validateCosts(raw: unknown, file: string, entryRef: EntryRef, problems: Problems): ConversationData['costs'] {
  if (raw === undefined) return undefined;
  const section = isRecord(raw) ? raw : {};
  entryRef(section.entry, 'costs.entry');
  const questions = aboutAndPhrases(section, 'costs', file, entryRef, problems);
  return questions && typeof section.entry === 'string' ? { entry: section.entry, ...questions } : undefined;
}

/** The entries a section's questions are about (`about`) and its phrases per language (costs, outsiders, outsiders.ofOneself). */
function aboutAndPhrases(
  raw: unknown,
  where: string,
  file: string,
  entryRef: EntryRef,
  problems: Problems,
): { about: string[]; phrases: Localized<string[]> } | undefined {
  const section = isRecord(raw) ? raw : {};
  if (!stringList(section.about) || section.about.length === 0) problems.add(file, `${where}.about `, 'needs a list of entry ids');
  else section.about.forEach((id) => entryRef(id, `${where}.about`));
  const phrases = localizedList(section, file, `${where} `, problems);
  return phrases && stringList(section.about) && section.about.length > 0 ? { about: section.about, phrases } : undefined;
}

function validateOverviews(raw: unknown, file: string, entryRef: EntryRef, problems: Problems): ConversationData['overviews'] {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    problems.add(file, 'overviews ', 'must map entry ids to lists of entry ids');
    return undefined;
  }
  const result: Record<string, string[]> = {};
  for (const [overview, parts] of Object.entries(raw)) {
    entryRef(overview, 'overviews');
    if (!stringList(parts) || parts.length === 0) problems.add(file, `overviews.${overview} `, 'needs a list of entry ids');
    else {
      parts.forEach((id) => entryRef(id, `overviews.${overview}`));
      result[overview] = parts;
    }
  }
  return result;
}

function validateOtherSubjects(raw: unknown, file: string, entryRef: EntryRef, problems: Problems): ConversationData['otherSubjects'] {
  if (raw === undefined) return undefined;
  const section = isRecord(raw) ? raw : {};
  if (!stringList(section.answers)) problems.add(file, 'otherSubjects.answers ', 'needs a list of entry ids');
  else section.answers.forEach((id) => entryRef(id, 'otherSubjects.answers'));
  const programmeWords = localizedList(section, file, 'otherSubjects ', problems);
  const names = section.names === undefined ? undefined : localizedList(section.names, file, 'otherSubjects.names ', problems);
  const countryFacts =
    section.countryFacts === undefined ? undefined : localizedList(section.countryFacts, file, 'otherSubjects.countryFacts ', problems);
  const memberStateAnswers = section.memberStateAnswers;
  if (memberStateAnswers !== undefined) {
    if (!stringList(memberStateAnswers)) problems.add(file, 'otherSubjects.memberStateAnswers ', 'needs a list of entry ids');
    else memberStateAnswers.forEach((id) => entryRef(id, 'otherSubjects.memberStateAnswers'));
  }
  return programmeWords && stringList(section.answers)
    ? {
        answers: section.answers,
        programmeWords,
        ...(names ? { names } : {}),
        ...(countryFacts ? { countryFacts } : {}),
        ...(stringList(memberStateAnswers) ? { memberStateAnswers } : {}),
      }
    : undefined;
}

export function validateConversation(
  raw: unknown,
  file: string,
  entries: ReadonlyMap<string, Entry>,
  problems: Problems,
): ConversationData | undefined {
  if (!isRecord(raw)) {
    problems.add(file, '', 'is missing or not a YAML mapping');
    return undefined;
  }
  const before = problems.count;
  const entryRef = (value: unknown, key: string): void => {
    if (typeof value !== 'string' || !entries.has(value)) problems.add(file, `${key} `, `names no entry ('${String(value)}')`);
  };
  if (!stringList(raw.mainTopics) || raw.mainTopics.length === 0) problems.add(file, 'mainTopics ', 'needs a list of entry ids');
  else raw.mainTopics.forEach((id) => entryRef(id, 'mainTopics'));
  entryRef(raw.personalCaseEntry, 'personalCaseEntry');
  entryRef(raw.contactEntry, 'contactEntry');

  const smallTalkRaw = isRecord(raw.smallTalk) ? raw.smallTalk : {};
  const smallTalk: Partial<Record<SmallTalkKind, Localized<string[]>>> = {};
  for (const kind of SMALL_TALK_KINDS) {
    const list = localizedList(smallTalkRaw[kind], file, `smallTalk.${kind} `, problems);
    if (list) smallTalk[kind] = list;
  }

  const personalCase = cueLists(raw.personalCase, ['self', 'matters', 'notWhen', 'own'] as const, file, 'personalCase', problems);
  const handoffAfter = raw.handoffAfter ?? [];
  if (!stringList(handoffAfter)) problems.add(file, 'handoffAfter ', 'must be a list of entry ids');
  else handoffAfter.forEach((id) => entryRef(id, 'handoffAfter'));
  const handoff = cueLists(raw.handoff, ['wish', 'action', 'direct', 'notWhen'] as const, file, 'handoff', problems);
  const cancel = localizedList(raw.cancel, file, 'cancel ', problems);
  const whatWeDo = validateWhatWeDo(raw.whatWeDo, file, entryRef, problems);
  const outsiders = validateOutsiders(raw.outsiders, file, entryRef, problems);
  const costs = validateCosts(raw.costs, file, entryRef, problems);
  const otherSubjects = validateOtherSubjects(raw.otherSubjects, file, entryRef, problems);
  const overviews = validateOverviews(raw.overviews, file, entryRef, problems);
  const tasks = raw.tasks === undefined ? undefined : localizedList(raw.tasks, file, 'tasks ', problems);
  const yes = localizedList(raw.yes, file, 'yes ', problems);
  const no = localizedList(raw.no, file, 'no ', problems);

  if (problems.count > before || !handoff || !cancel || !yes || !no || !personalCase) return undefined;
  return {
    ...(whatWeDo ? { whatWeDo } : {}),
    ...(outsiders ? { outsiders } : {}),
    ...(costs ? { costs } : {}),
    ...(otherSubjects ? { otherSubjects } : {}),
    ...(overviews ? { overviews } : {}),
    ...(tasks ? { tasks } : {}),
    yes,
    no,
    handoffAfter: handoffAfter as string[],
    handoff,
    cancel,
    mainTopics: raw.mainTopics as string[],
    personalCaseEntry: raw.personalCaseEntry as string,
    contactEntry: raw.contactEntry as string,
    smallTalk: smallTalk as Record<SmallTalkKind, Localized<string[]>>,
    personalCase,
  };
}
