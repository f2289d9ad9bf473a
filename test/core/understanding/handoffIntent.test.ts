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
    // Other ways people ask for it.
    ['¿Alguien del equipo me puede llamar?', 'es'],
    ['¿Pueden pasar mi solicitud al equipo de MIEUX+?', 'es'],
    ['que alguien del equipo se ponga en contacto conmigo', 'es'],
    ['could you put me in contact with the team', 'en'],
    ['please connect us with the MIEUX+ team', 'en'],
    ['can you forward our request to the team?', 'en'],
    ['please ask the team to get in touch with us', 'en'],
    ["Je souhaiterais être mise en relation avec l'équipe", 'fr'],
    ["merci de me faire contacter par l'équipe", 'fr'],
    ["pouvez-vous transmettre ma demande à l'équipe ?", 'fr'],
    ['pásale mi contacto al equipo, porfa', 'es'],
    ['could you pass my details on to someone in the team?', 'en'],
    ['vous pouvez me mettre en relation avec quelqu’un ?', 'fr'],
    // More ways to ask, and their typos.
    ['Decidle al equipo que me escriba', 'es'],
    ['Por favor, que el equipo me llame esta semana', 'es'],
    ['Please have the team call me tomorrow', 'en'], // a guard: "call me" was a cue already
    ['plz conect us with the team', 'en'],
    ['could someone get in tuch with me', 'en'],
    ["Quelqu'un pourrait m'appeler cette semaine ?", 'fr'],
    ["Est-ce que l'un de vous peut me rappeler ?", 'fr'],
    ["J'aimerais parler à un membre de l'équipe", 'fr'],
    ["Pouvez-vous transmettre mon profil à l'équipe MIEUX+ ?", 'fr'],
    // Chat spelling ("jvoudrais"), and being written to or called as the action.
    ["jvoudrais que qqn de l'équipe me contacte", 'fr'],
    ['jvoudrai participer à une action', 'fr'],
    ["je voudrais que quelqu'un de l'équipe m'écrive", 'fr'],
    ["Un membre de l'équipe pourrait-il m'écrire ?", 'fr'],
    ["J'aimerais qu'on m'appelle demain", 'fr'],
    // A real person, a message forwarded, interest passed on, someone in charge.
    ['Could I speak to an actual person, please?', 'en'],
    ['Please forward my message to the team.', 'en'],
    ['¿Me pasas con una persona de verdad?', 'es'],
    ['pásame con un humano porfa', 'es'],
    ['¿Podrían hacerle llegar mi interés al equipo?', 'es'],
    ['Quisiera hablar con un responsable de MIEUX+.', 'es'],
    ['Je voudrais parler à une vraie personne.', 'fr'],
    ["Merci de transmettre mon message à l'équipe.", 'fr'],
    ['We would like to be connected with the team to discuss cooperation.', 'en'], // a guard: the same before
    ["Quelqu'un de chez vous peut me contacter pour une demande ?", 'fr'],
    ['Merci de me faire recontacter par votre équipe.', 'fr'],
    ['me gustaría hablar con un asesor', 'es'],
    // Guards (the same before): "nous recontacter" after a wish, and "de me recontacter", were cues already.
    ['Nous souhaitons collaborer avec vous : merci de bien vouloir nous recontacter.', 'fr'],
    ['Merci de me recontacter rapidement.', 'fr'],
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
    // A wish to understand or to ask, with a word of taking part in it.
    ['Quería preguntar qué gana un Estado miembro al participar', 'es'],
    ['Me gustaría entender cómo colabora un Estado miembro con MIEUX+', 'es'],
    ['I would like to understand how Member States take part', 'en'],
    ['Je voudrais comprendre comment un État membre peut participer', 'fr'],
    // "Me apunto" is no request to start: "¿cómo me apunto?" asks how ("como" also means "as", so it cannot tell).
    ['como me apunto de experto', 'es'], // a guard
    // Nor is "can someone contact me" when it asks how (guards: "escríbeme" and "me apunto" were left out for this).
    ['Comment peut-on vous contacter ?', 'fr'],
    ['escríbeme un poema sobre el mar', 'es'],
    ['¿Cómo me apunto al Erasmus?', 'es'],
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

// The person's own institution after "our" is "us" in a request to be contacted (ourInstitution.ts); a
// question whether it may contact the team stays a question.
describe('a request to contact "our department" starts the hand-off', () => {
  it.each<[string, Lang, string]>([
    ['We would like to start working with you. Could a team member get in touch with our unit?', 'en', 'handoff'],
    ['¿Pueden ponerse en contacto con nuestra oficina?', 'es', 'handoff'],
    ['Pouvez-vous contacter notre direction ?', 'fr', 'handoff'],
    // Guards (the same on main).
    ['Can our ministry contact the team?', 'en', 'answer'],
    ['How can our department get in touch with the team?', 'en', 'answer'],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(kind(text, lang)).toBe(expected);
  });
});

// "Could you call me" or « peut-on m'écrire ? », said with a conditional, an inverted pronoun or "phone" (none of them was a cue).
describe('asking to be called or written to, in any order of its words, starts the hand-off', () => {
  it.each<[string, Lang, string]>([
    ['¿alguien me podría llamar por teléfono?', 'es', 'handoff'],
    ['¿Podrían llamarme el lunes por la mañana?', 'es', 'handoff'],
    ['can someone phone me this week', 'en', 'handoff'],
    ["quelqu'un pourrait-il m'appeler cet après-midi ?", 'fr', 'handoff'],
    ['Pourriez-vous me téléphoner demain ?', 'fr', 'handoff'],
    ["Une personne de votre équipe peut-elle m'écrire pour démarrer ?", 'fr', 'handoff'],
    ['Peut-on me contacter par mail pour la suite ?', 'fr', 'handoff'],
    ['Comment peut-on vous écrire ?', 'fr', 'answer'], // a guard (the same on main): asked how, it is answered
    // Guards (the same on main): asking how to reach the team is a question.
    ['how do I phone the team?', 'en', 'notFound'],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(kind(text, lang)).toBe(expected);
  });
});

// "Could you arrange that?" after asking to be contacted asks for what was just said ("arrange" is a stop word).
describe('asking to be contacted, then "could you arrange that?", starts the hand-off', () => {
  it.each<[string, Lang, string]>([
    ["I'd be glad if one of your colleagues could email me. Could you arrange that?", 'en', 'handoff'],
    ['I want someone from the team to phone me. Can you arrange it?', 'en', 'handoff'],
    // A guard (the same on main).
    ['What travel arrangements are made for experts?', 'en', 'answer'],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(kind(text, lang)).toBe(expected);
  });
});
