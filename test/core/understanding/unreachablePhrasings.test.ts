import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { findUnreachablePhrasings } from '../../../src/core/understanding/unreachablePhrasings';
import { conversation, entry, writeKnowledge } from '../../support/knowledgeFixture';
import { shippedKnowledge } from '../../support/shippedKnowledge';

describe('findUnreachablePhrasings', () => {
  it('names a phrasing the hand-off cues take before its entry can answer it', () => {
    const texts = (q: string) => ({ title: 'Participar', questions: [q, 'otra pregunta sobre participar'], answer: 'a' });
    const kb = loadKnowledge(
      writeKnowledge({
        entries: {
          'about.yaml': entry('about'),
          'contact.yaml': entry('contact'),
          'take-part.yaml': entry('take-part', {
            es: texts('Quiero participar'),
            en: texts('¿Cómo participo?'),
            fr: texts('¿Cómo participo?'),
          }),
        },
        conversation: conversation(),
      }),
    );
    const warnings = findUnreachablePhrasings(kb, new LocalRecognizer(kb));
    expect(warnings).toEqual([
      `entries/take-part.yaml: es question "Quiero participar" is understood as a wish to contact the team (the hand-off form starts), so it never reaches entry 'take-part'`,
    ]);
  });

  it('finds none in the shipped knowledge base', () => {
    const kb = shippedKnowledge();
    expect(findUnreachablePhrasings(kb, new LocalRecognizer(kb))).toEqual([]);
  });
});
