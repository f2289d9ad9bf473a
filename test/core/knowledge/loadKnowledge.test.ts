import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { KnowledgeError } from '../../../src/errors';
import { LANGUAGES } from '../../../src/core/language/languages';
import { conversation, entry, writeKnowledge, type FixtureFiles } from '../../support/knowledgeFixture';

const list = <T>(value: T) => ({ es: value, en: value, fr: value });

function problemsOf(files: FixtureFiles): readonly string[] {
  try {
    loadKnowledge(writeKnowledge(files));
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as Error).message).toMatch(/^KnowledgeBase\.load\(\)/);
    return (error as KnowledgeError).problems;
  }
  throw new Error('expected loadKnowledge to fail');
}

const withoutFrench = (() => {
  const e = entry('about');
  delete e.fr;
  return e;
})();

describe('loadKnowledge', () => {
  it('loads a valid folder', () => {
    const kb = loadKnowledge(writeKnowledge({ synonyms: { es: [['experto', 'experta']] } }));
    expect([...kb.entries.keys()]).toEqual(['about', 'contact']);
    expect(kb.entries.get('about')!.text.fr.answer).toBe('answer about about in fr');
    expect(kb.entries.get('about')!.file).toBe('entries/about.yaml');
    expect(kb.synonyms.es).toEqual([['experto', 'experta']]);
    expect(kb.synonyms.en).toEqual([]);
    // out-of-scope.yaml is optional: without it there is nothing to learn "none of the entries" from.
    expect(kb.outOfScope).toEqual({ es: [], en: [], fr: [] });
  });

  it('reads the messages about something else, per language', () => {
    const kb = loadKnowledge(writeKnowledge({ outOfScope: { es: ['¿qué tiempo hace?'], en: ['weather in Rome', 'fix my code'] } }));
    expect(kb.outOfScope).toEqual({ es: ['¿qué tiempo hace?'], en: ['weather in Rome', 'fix my code'], fr: [] });
  });

  it.each<[string, FixtureFiles, RegExp]>([
    ['a missing language', { entries: { 'about.yaml': withoutFrench, 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: entry 'about' has no French text/],
    ['an empty answer', { entries: { 'about.yaml': entry('about', { en: { title: 't', questions: ['q'], answer: '  ' } }), 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: entry 'about' has no English answer/],
    ['no questions', { entries: { 'about.yaml': entry('about', { es: { title: 't', questions: [], answer: 'a' } }), 'contact.yaml': entry('contact') } }, /entry 'about' has no Spanish questions/],
    ['a title too long for a button', { entries: { 'about.yaml': entry('about', { es: { title: 'x'.repeat(41), questions: ['q'], answer: 'a' } }), 'contact.yaml': entry('contact') } }, /entry 'about' Spanish title is longer than 40/],
    ['a duplicate id', { entries: { 'about.yaml': entry('about'), 'about.yml': entry('about'), 'contact.yaml': entry('contact') } }, /entries\/about\.yml: entry 'about' duplicates the id of entries\/about\.yaml/],
    ['an id that differs from the file name', { entries: { 'about.yaml': entry('acerca'), 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: entry 'acerca' has id 'acerca' but the file is named 'about\.yaml'/],
    ['a dangling follow-up', { entries: { 'about.yaml': entry('about', { followUps: ['nowhere'] }), 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: entry 'about' has follow-up 'nowhere', which is no entry/],
    ['a missing reviewed date', { entries: { 'about.yaml': entry('about', { reviewed: 'last week' }), 'contact.yaml': entry('contact') } }, /entry 'about' needs a `reviewed` date/],
    ['a missing section', { entries: { 'about.yaml': entry('about', { section: '' }), 'contact.yaml': entry('contact') } }, /entry 'about' has no `section`/],
    ['invalid YAML', { entries: { 'about.yaml': 'id: about\nes: [unclosed\n', 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: line \d+, column \d+: is not valid YAML/],
    ['a file that is not a mapping', { entries: { 'about.yaml': '- just\n- a list\n', 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: is not a YAML mapping/],
    ['no conversation file', { conversation: null }, /conversation\.yaml: cannot be read \(ENOENT\)/],
    ['a main topic that is no entry', { conversation: conversation({ mainTopics: ['about', 'ghost'] }) }, /conversation\.yaml: mainTopics names no entry \('ghost'\)/],
    ['small talk missing a language', { conversation: conversation({ smallTalk: { ...(conversation().smallTalk as object), thanks: { es: ['gracias'], en: ['thanks'] } } }) }, /conversation\.yaml: smallTalk\.thanks has no French list/],
    [
      'outsiders asking of themselves about no entry',
      {
        conversation: conversation({
          outsiders: { entry: 'about', about: ['about'], es: ['jubilado'], en: ['retired'], fr: ['retraité'], ofOneself: { about: ['ghost'], es: ['puedo'], en: ['can i'], fr: ['puis je'] } },
        }),
      },
      /conversation\.yaml: outsiders\.ofOneself\.about names no entry \('ghost'\)/,
    ],
    [
      'outsiders asking of themselves without a French list',
      { conversation: conversation({ outsiders: { entry: 'about', about: ['about'], es: ['jubilado'], en: ['retired'], fr: ['retraité'], ofOneself: { about: ['about'], es: ['puedo'], en: ['can i'] } } }) },
      /conversation\.yaml: outsiders\.ofOneself has no French list/,
    ],
    [
      'personal-case cues without the list of own documents',
      { conversation: conversation({ personalCase: list({ self: ['yo'], matters: ['visado'], notWhen: ['experto'] }) }) },
      /conversation\.yaml: personalCase\.es needs a `own` list/,
    ],
    ['a synonym group of one word', { synonyms: { fr: [['seul']] } }, /synonyms\.yaml: fr group 1 needs at least two words/],
    ['out-of-scope messages that are not a mapping', { outOfScope: '- weather\n' }, /out-of-scope\.yaml: must map es, en and fr to lists of messages/],
    ['out-of-scope messages that are not a list', { outOfScope: { en: 'weather in Rome' } }, /out-of-scope\.yaml: en: must be a list of messages/],
    ['an empty out-of-scope message', { outOfScope: { fr: ['quel temps fait-il ?', ' '] } }, /out-of-scope\.yaml: fr message 2 must be a non-empty text/],
    ['an out-of-scope message that is a question of an entry', { outOfScope: { es: ['¿Qué tiempo hace?', 'Question about about in es'] } }, /out-of-scope\.yaml: es message 2 is also a question of entry 'about'/],
    ['an unknown kind', { entries: { 'about.yaml': entry('about', { kind: 'rumour' }), 'contact.yaml': entry('contact') } }, /entries\/about\.yaml: entry 'about' has kind 'rumour'; it must be one of brochure, not-in-brochure, guidance/],
    [
      'question lists that are not parallel',
      { entries: { 'about.yaml': entry('about', { en: { title: 't', questions: ['q1', 'q2'], answer: 'a' } }), 'contact.yaml': entry('contact') } },
      /entries\/about\.yaml: entry 'about' has 1 Spanish, 2 English and 1 French questions; keep the lists parallel/,
    ],
    [
      'names of other organisations with no Spanish list',
      { conversation: conversation({ otherSubjects: { answers: ['about'], es: ['mieux'], en: ['mieux'], fr: ['mieux'], names: { en: ['iom'], fr: ['oim'] } } }) },
      /conversation\.yaml: otherSubjects\.names has no Spanish list/,
    ],
    [
      'facts of a country with no English list',
      {
        conversation: conversation({
          otherSubjects: { answers: ['about'], es: ['mieux'], en: ['mieux'], fr: ['mieux'], countryFacts: { es: ['capital'], fr: ['capitale'] } },
        }),
      },
      /conversation\.yaml: otherSubjects\.countryFacts has no English list/,
    ],
    [
      "a Member State's answers that name no entry",
      {
        conversation: conversation({
          otherSubjects: { answers: ['about'], es: ['mieux'], en: ['mieux'], fr: ['mieux'], memberStateAnswers: ['about', 'ghost'] },
        }),
      },
      /conversation\.yaml: otherSubjects\.memberStateAnswers names no entry \('ghost'\)/,
    ],
    [
      "a Member State's answers that are no list",
      { conversation: conversation({ otherSubjects: { answers: ['about'], es: ['mieux'], en: ['mieux'], fr: ['mieux'], memberStateAnswers: 'about' } }) },
      /conversation\.yaml: otherSubjects\.memberStateAnswers needs a list of entry ids/,
    ],
    ['tasks with no French list', { conversation: conversation({ tasks: { es: ['poema'], en: ['poem'] } }) }, /conversation\.yaml: tasks has no French list/],
    ['a "what we do" entry that is no entry', { conversation: conversation({ whatWeDo: { entry: 'ghost', es: ['qué hacen'], en: ['what do you do'], fr: ['vous faites quoi'] } }) }, /conversation\.yaml: whatWeDo\.entry names no entry \('ghost'\)/],
    [
      'outsiders answered by no entry',
      { conversation: conversation({ outsiders: { entry: 'ghost', about: ['about'], es: ['jubilado'], en: ['retired'], fr: ['retraité'] } }) },
      /conversation\.yaml: outsiders\.entry names no entry \('ghost'\)/,
    ],
    [
      'outsiders with no question to change',
      { conversation: conversation({ outsiders: { entry: 'about', about: [], es: ['jubilado'], en: ['retired'], fr: ['retraité'] } }) },
      /conversation\.yaml: outsiders\.about needs a list of entry ids/,
    ],
    [
      'costs answered by no entry',
      { conversation: conversation({ costs: { entry: 'ghost', about: ['about'], es: ['cuesta'], en: ['cost'], fr: ['coût'] } }) },
      /conversation\.yaml: costs\.entry names no entry \('ghost'\)/,
    ],
    [
      'costs with no French cost words',
      { conversation: conversation({ costs: { entry: 'about', about: ['contact'], es: ['cuesta'], en: ['cost'] } }) },
      /conversation\.yaml: costs has no French list/,
    ],
    [
      'outsiders with no French phrases',
      { conversation: conversation({ outsiders: { entry: 'about', about: ['contact'], es: ['jubilado'], en: ['retired'] } }) },
      /conversation\.yaml: outsiders has no French list/,
    ],
    [
      'other subjects answered by no entry',
      { conversation: conversation({ otherSubjects: { answers: ['ghost'], es: ['acción'], en: ['action'], fr: ['action'] } }) },
      /conversation\.yaml: otherSubjects\.answers names no entry \('ghost'\)/,
    ],
    [
      'other subjects with no Spanish words',
      { conversation: conversation({ otherSubjects: { answers: [], en: ['action'], fr: ['action'] } }) },
      /conversation\.yaml: otherSubjects has no Spanish list/,
    ],
    [
      'an overview whose part is no entry',
      { conversation: conversation({ overviews: { about: ['ghost'] } }) },
      /conversation\.yaml: overviews\.about names no entry \('ghost'\)/,
    ],
    ['no yes words', { conversation: conversation({ yes: undefined }) }, /conversation\.yaml: yes needs es, en and fr lists/],
  ])('rejects %s, naming the file and entry', (_name, files, expected) => {
    const problems = problemsOf(files);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({
      entries: { 'about.yaml': entry('about', { followUps: ['x'] }), 'contact.yaml': withoutFrench },
    });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('fails on a folder with no entries folder', () => {
    expect(() => loadKnowledge(join(writeKnowledge(), 'nope'))).toThrow(/has no 'entries\/' folder/);
  });
});

describe('the shipped knowledge base', () => {
  const kb = loadKnowledge(join(__dirname, '..', '..', '..', 'knowledge'));

  it('covers every topic the brochure answers, in three languages', () => {
    const ids = [
      'about', 'objectives', 'european-expertise', 'funding', 'regions', 'areas',
      'area-irregular-migration', 'area-legal-migration', 'area-migration-development',
      'area-international-protection', 'area-horizontal', 'figures', 'work-with-mieux', 'become-expert',
      'institutional-cooperation', 'partner-countries', 'benefits', 'impact', 'mutual-learning',
      'team-europe', 'testimonial', 'contact', 'personal-cases',
    ];
    for (const id of ids) expect(kb.entries.has(id), id).toBe(true);
  });

  it('attributes the figures to the brochure in every language', () => {
    const figures = kb.entries.get('figures')!.text;
    expect(figures.es.answer).toMatch(/folleto de MIEUX\+/);
    expect(figures.en.answer).toMatch(/according to the MIEUX\+ brochure/i);
    expect(figures.fr.answer).toMatch(/brochure de MIEUX\+/);
    for (const lang of LANGUAGES) for (const n of ['340', '100', '176', '21']) expect(figures[lang].answer).toContain(n);
  });

  it('gives the team address in the contact entry', () => {
    for (const lang of LANGUAGES) expect(kb.entries.get('contact')!.text[lang].answer).toContain('mieux-initiative@icmpd.org');
  });
});
