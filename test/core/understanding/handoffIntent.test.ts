import { STRINGS } from '../../../src/core/i18n/strings';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { LocalRecognizer } from '../../../src/core/understanding/localRecognizer';
import { FormCommands } from '../../../src/core/understanding/formCommands';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const recognizer = new LocalRecognizer(shippedKnowledge());
const kind = (text: string, lang: Lang) => recognizer.recognizeSync({ text, locale: lang, context: { lang } }).kind;

describe('a wish to contact the team starts the hand-off', () => {
  it.each<[string, Lang]>([
    ['Quiero participar como experta', 'es'],
    ['me gustaría ponerme en contacto con el equipo', 'es'],
    ['Póngame en contacto con MIEUX+, por favor', 'es'],
    [STRINGS['handoff.button'].es, 'es'],
    ['I want to take part as an expert', 'en'],
    ['I would like to get in touch with the team', 'en'],
    ['please put me in touch', 'en'],
    [STRINGS['handoff.button'].en, 'en'],
    ['Je souhaite participer en tant qu’experte', 'fr'],
    ['mettez-moi en contact avec l’équipe', 'fr'],
    [STRINGS['handoff.button'].fr, 'fr'],
  ])('%j', (text, lang) => {
    expect(kind(text, lang)).toBe('handoff');
  });
});

describe('a question about taking part gets the answer instead', () => {
  it.each<[string, Lang]>([
    ['¿Cómo puedo participar como experto?', 'es'],
    ['quiero saber cómo participar', 'es'],
    ['How can I become an expert?', 'en'],
    ['how do I contact the team?', 'en'],
    ["Comment contacter l'équipe ?", 'fr'],
    ['je voudrais savoir comment participer', 'fr'],
  ])('%j', (text, lang) => {
    expect(kind(text, lang)).not.toBe('handoff');
  });
});

describe('FormCommands', () => {
  const commands = new FormCommands(shippedKnowledge().conversation);
  it.each([
    ['cancelar', 'cancel'],
    ['Cancel!', 'cancel'],
    ['annuler', 'cancel'],
    ['stop', 'cancel'],
    ['ayuda', 'help'],
    ['help', 'help'],
    ['aide', 'help'],
    ['Ana García', undefined],
    ['cancel my appointment at the consulate please', undefined],
    ['', undefined],
  ])('%j → %s', (text, command) => {
    expect(commands.detect(text)).toBe(command);
  });
});
