import { describe, expect, it } from 'vitest';
import { YesNoDetector, type YesNo } from '../../../src/core/understanding/yesNo';
import { conversation, writeKnowledge } from '../../support/knowledgeFixture';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const detector = new YesNoDetector(shippedKnowledge().conversation);

describe('yes or no typed at a form step, in any of the three languages', () => {
  it.each<[string, YesNo | undefined]>([
    ['sí', 'yes'],
    ['si', 'yes'],
    ['Sí, claro', 'yes'],
    ['vale', 'yes'],
    ['claro', 'yes'],
    ['de acuerdo', 'yes'],
    ['sí, gracias', 'yes'],
    ['OK!', 'yes'],
    ['yes', 'yes'],
    ['yes please', 'yes'],
    ['sure', 'yes'],
    ['Okay, thanks', 'yes'],
    ['oui', 'yes'],
    ["d'accord", 'yes'],
    ['oui, merci beaucoup', 'yes'],
    ['bien sûr', 'yes'],
    ['no', 'no'],
    ['No, gracias', 'no'],
    ['no estoy de acuerdo', 'no'],
    ['nope', 'no'],
    ['no thanks', 'no'],
    ['non', 'no'],
    ['non merci', 'no'],
    ['pas d’accord', 'no'],
    // Anything more than a yes or a no is not taken as one.
    ['sí, pero ¿qué es MIEUX+?', undefined],
    ['no sé', undefined],
    ['yes and no', undefined],
    ['gracias', undefined],
    ['Ana García', undefined],
    ['', undefined],
  ])('%j → %s', (text, answer) => {
    expect(detector.detect(text)).toBe(answer);
  });

  it('refuses a knowledge base that lists one phrase as both yes and no', () => {
    const kb = loadKnowledge(
      writeKnowledge({
        conversation: conversation({ yes: { es: ['vale'], en: ['ok'], fr: ['oui'] }, no: { es: ['vale'], en: ['no'], fr: ['non'] } }),
      }),
    );
    expect(() => new YesNoDetector(kb.conversation)).toThrow(/'vale' is listed as both yes and no/);
  });
});
