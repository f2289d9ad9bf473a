import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { findRepeatedPhrases } from '../../../src/core/knowledge/repeatedPhrases';
import { conversation, entry, writeKnowledge } from '../../support/knowledgeFixture';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const texts = (questions: string[]) => ({ title: 'Sobre', questions, answer: 'a' });

describe('findRepeatedPhrases', () => {
  it.each([
    {
      name: 'the same phrase twice in a conversation list',
      files: { conversation: conversation({ cancel: { es: ['cancelar', 'para', 'cancelar'], en: ['cancel'], fr: ['annuler'] } }) },
      expected: ['conversation.yaml: cancel.es lists "cancelar" twice'],
    },
    {
      name: 'two spellings the bot reads alike, in a nested cue list',
      files: {
        conversation: conversation({
          handoff: {
            es: { wish: ['quiero'], action: ['participar'], direct: ['contactar'], notWhen: ['como'] },
            en: { wish: ['want'], action: ['take part'], direct: ['contact'], notWhen: ['how'] },
            fr: { wish: ['veux'], action: ['participer'], direct: ['Pouvez-vous me rappeler ?', 'pouvez vous me rappeler'], notWhen: ['comment'] },
          },
        }),
      },
      expected: [
        'conversation.yaml: handoff.fr.direct lists "pouvez vous me rappeler" and "Pouvez-vous me rappeler ?", the same once case, accents and punctuation are set aside',
      ],
    },
    {
      name: "a section's per-language list, named by its path in the file",
      files: {
        conversation: conversation({
          outsiders: { entry: 'about', about: ['about'], es: ['jubilado', 'Jubilado'], en: ['retired'], fr: ['retraité'] },
        }),
      },
      expected: ['conversation.yaml: outsiders.es lists "Jubilado" and "jubilado", the same once case, accents and punctuation are set aside'],
    },
    {
      name: 'an accent-less copy in a synonym group',
      files: { synonyms: { es: [['financiación', 'fondos', 'financiacion']], en: [], fr: [] } },
      expected: ['synonyms.yaml: es group 1 lists "financiacion" and "financiación", the same once case, accents and punctuation are set aside'],
    },
    {
      name: 'an out-of-scope message twice',
      files: { outOfScope: { es: [], en: ['What is the weather?', 'what is the weather'], fr: [] } },
      expected: ['out-of-scope.yaml: en lists "what is the weather" and "What is the weather?", the same once case, accents and punctuation are set aside'],
    },
    {
      name: "an entry's question twice in one language",
      files: {
        entries: {
          'about.yaml': entry('about', { fr: texts(['Qu’est-ce que MIEUX+ ?', "Qu'est-ce que MIEUX+ ?"]), es: texts(['a', 'b']), en: texts(['a', 'b']) }),
          'contact.yaml': entry('contact'),
        },
      },
      expected: [
        `entries/about.yaml: entry 'about' fr questions lists "Qu'est-ce que MIEUX+ ?" and "Qu’est-ce que MIEUX+ ?", the same once case, accents and punctuation are set aside`,
      ],
    },
    {
      name: 'nothing when the same phrase is in two different lists (a goodbye and a cancel)',
      files: { conversation: conversation({ cancel: { es: ['adios'], en: ['cancel'], fr: ['annuler'] } }) },
      expected: [],
    },
  ])('$name', ({ files, expected }) => {
    expect(findRepeatedPhrases(loadKnowledge(writeKnowledge(files)))).toEqual(expected);
  });

  it('finds none in the shipped knowledge base', () => {
    expect(findRepeatedPhrases(shippedKnowledge())).toEqual([]);
  });
});
