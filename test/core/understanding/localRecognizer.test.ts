import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/language/languages';
import { LocalRecognizer, MAX_UNDERSTOOD_CHARS } from '../../../src/core/understanding/localRecognizer';
import { DEFAULT_TUNING } from '../../../src/core/understanding/tuning';
import type { ConversationContext, Recognition } from '../../../src/core/understanding/recognizer';
import { shippedKnowledge } from '../../support/shippedKnowledge';

const recognizer = new LocalRecognizer(shippedKnowledge());
const recognize = (text: string, context: ConversationContext = {}, locale?: string): Recognition =>
  recognizer.recognizeSync({ text, locale, context });

describe('language detection from the text', () => {
  it.each<[string, Lang]>([
    ['¿Qué es MIEUX+?', 'es'],
    ['quien financia la iniciativa', 'es'],
    ['¿En qué regiones trabaja?', 'es'],
    ['Who funds MIEUX+?', 'en'],
    ['which regions does it cover', 'en'],
    ['how can I become an expert', 'en'],
    ['Qui finance MIEUX+ ?', 'fr'],
    ['dans quelles régions travaille-t-elle', 'fr'],
    ['comment devenir expert', 'fr'],
    ['gracias', 'es'],
    ['thank you', 'en'],
    ['merci beaucoup', 'fr'],
    // English words in a Spanish or French synonym group become that language's words: "figures",
    // "benefits", "deadline" there made these Spanish or French.
    ['MIEUX+ in figures', 'en'],
    ['key figures?', 'en'],
    ['deadline?', 'en'],
  ])('%j is %s', (text, lang) => {
    const r = recognize(text, { lang: lang === 'es' ? 'en' : 'es' }, lang === 'fr' ? 'en-US' : 'fr-FR');
    expect(r.lang).toBe(lang);
    expect(r.langFromText).toBe(true);
  });

  it.each<[string, ConversationContext, string | undefined, Lang]>([
    ['MIEUX+', {}, 'fr-FR', 'fr'],
    ['MIEUX+', {}, 'en', 'en'],
    ['MIEUX+', {}, undefined, 'es'],
    ['MIEUX+', { lang: 'en' }, 'fr-FR', 'en'],
    ['ICMPD', { lang: 'fr' }, undefined, 'fr'],
    ['ICMPD', {}, 'de-DE', 'es'],
  ])('too short to tell: %j with context %j and locale %s falls back to %s', (text, context, locale, lang) => {
    const r = recognize(text, context, locale);
    expect(r.lang).toBe(lang);
    expect(r.langFromText).toBe(false);
  });
});

describe('answers', () => {
  it.each<[string, string]>([
    ['¿Qué es MIEUX+?', 'about'],
    ['¿Quién financia MIEUX+?', 'funding'],
    ['¿En qué áreas trabaja MIEUX+?', 'areas'],
    ['remesas y diáspora', 'area-migration-development'],
    ['Who funds MIEUX+?', 'funding'],
    ['how do I become an expert?', 'become-expert'],
    ['What are the benefits for EU Member States?', 'benefits'],
    ['Qui finance MIEUX+ ?', 'funding'],
    ['Quels sont les chiffres de MIEUX+ ?', 'figures'],
    ["Comment contacter l'équipe ?", 'contact'],
  ])('%j → %s', (text, entryId) => {
    const r = recognize(text);
    expect(r.kind).toBe('answer');
    expect(r.kind === 'answer' && r.entryId).toBe(entryId);
  });

  it('answers a button title exactly, in the language it was shown in', () => {
    const kb = shippedKnowledge();
    for (const lang of ['es', 'en', 'fr'] as const) {
      for (const entry of kb.entries.values()) {
        const r = recognize(entry.text[lang].title, { lang });
        expect(r.kind === 'answer' || r.kind === 'personalCase' ? r.entryId : r.kind, `${lang}: ${entry.text[lang].title}`).toBe(entry.id);
      }
    }
  });
});

describe('questions the knowledge base does not cover are never answered from it', () => {
  it.each([
    '¿Cuál es la capital de Francia?',
    'dame una receta de gazpacho',
    'cuéntame un chiste',
    'What is the capital of France?',
    'tell me a joke',
    'how do I bake bread',
    'Quelle est la capitale de la France ?',
    'une recette de crêpes',
    'raconte-moi une blague',
    'asdfgh qwerty',
  ])('%j', (text) => {
    expect(recognize(text).kind).toBe('notFound');
  });
});

describe('small talk', () => {
  it.each<[string, string, Lang]>([
    ['hola', 'greeting', 'es'],
    ['¡Buenos días!', 'greeting', 'es'],
    ['hello there', 'greeting', 'en'],
    ['bonjour', 'greeting', 'fr'],
    ['muchas gracias', 'thanks', 'es'],
    ['thanks a lot!', 'thanks', 'en'],
    ['merci', 'thanks', 'fr'],
    ['adiós', 'goodbye', 'es'],
    ['goodbye', 'goodbye', 'en'],
    ['au revoir', 'goodbye', 'fr'],
    ['¿qué puedes hacer?', 'help', 'es'],
    ['what can you do?', 'help', 'en'],
    // Which questions one may ask, « genre » being "kind", not gender (conversation.yaml smallTalk help).
    ['Quelles questions puis-je te poser ?', 'help', 'fr'],
    ['Quel type de questions puis-je vous poser ?', 'help', 'fr'],
    ['aide', 'help', 'fr'],
    // With the words people add to it.
    // Thanks for the explanations, and a Caribbean goodbye.
    ['Je vous remercie infiniment pour vos explications.', 'thanks', 'fr'],
    ['muchas gracias por las aclaraciones', 'thanks', 'es'],
    ['thank you so much for the clarification', 'thanks', 'en'],
    ['chao pescao', 'goodbye', 'es'],
    // Goodbyes for the night, and wishing a good rest.
    ['ok good night', 'goodbye', 'en'],
    ['bonne nuit !', 'goodbye', 'fr'],
    ['bueno, que descanses', 'goodbye', 'es'],
    // With where they write from.
    ['Good morning from Kampala!', 'greeting', 'en'],
    ['hola desde Quito', 'greeting', 'es'],
    ['bonjour depuis Abidjan !', 'greeting', 'fr'],
    ['Good morning from Ghana', 'greeting', 'en'],
    ['gracias crack', 'thanks', 'es'],
    ['cheers mate', 'thanks', 'en'],
    ['slt', 'greeting', 'fr'],
    // Praise and forms of address carry no topic.
    ['gracias pana, muy chévere', 'thanks', 'es'],
    ['thanks, that was brilliant', 'thanks', 'en'],
    ['Good afternoon, madam', 'greeting', 'en'],
    ['merci beaucoup, nickel', 'thanks', 'fr'],
    ["ok that's all for now, bye", 'goodbye', 'en'],
    ['à quel genre de questions réponds-tu ?', 'help', 'fr'],
    ["that's all for today, see you", 'goodbye', 'en'],
    ['hasta luego, que tengas buen día', 'goodbye', 'es'],
    ['¿Para qué sirves?', 'help', 'es'],
    ['¿qué puedes hacer exactamente?', 'help', 'es'],
    ['what kind of questions do you answer?', 'help', 'en'], // a guard: the same on main
    ['ok thats all', 'goodbye', 'en'],
    ['vous servez à quoi ?', 'help', 'fr'],
    ["Qu'est-ce que vous pouvez faire ?", 'help', 'fr'],
    // Thanks for one's time or for the information, goodbyes and greetings of more places, and "what things".
    ['thanks so much for your time', 'thanks', 'en'],
    ['gracias por tu tiempo', 'thanks', 'es'],
    ['merci pour les infos, très clair', 'thanks', 'fr'],
    ['adiós, que te vaya bien', 'goodbye', 'es'],
    ['à tantôt', 'goodbye', 'fr'],
    ['salam alaykoum', 'greeting', 'fr'],
    ['what kind of things can I ask you?', 'help', 'en'],
    ['¿qué cosas puedo preguntarte?', 'help', 'es'],
    ['Many thanks for your kind assistance.', 'thanks', 'en'],
    // Calling the bot a bot adds no topic.
    ['Tu sers à quoi, toi, le bot ?', 'help', 'fr'],
    ['what can you do, bot?', 'help', 'en'],
    ['qué más, ¿cómo va?', 'greeting', 'es'],
    ['gracias parce', 'thanks', 'es'],
    ['merci, que Dieu vous bénisse', 'thanks', 'fr'],
    ['bueno, chao, que estés bien', 'goodbye', 'es'],
    ["that's all I needed, bye", 'goodbye', 'en'],
    ['vous savez répondre à quoi ?', 'help', 'fr'],
    // Stretched words are the word ("holaaa"); a list word is taken as it is (guards: "good", "cheers").
    ['holaaa', 'greeting', 'es'],
    ['merciiii', 'thanks', 'fr'],
    ['byeee', 'goodbye', 'en'],
    ['good morning', 'greeting', 'en'],
    ['cheers', 'thanks', 'en'],
    // More goodbyes, greetings and requests for help; "vos" and "oh" are fillers.
    ['hasta luego, cuídense', 'goodbye', 'es'],
    ['vos, ¿en qué me podés ayudar?', 'help', 'es'],
    ['Good evening, salam aleikum', 'greeting', 'en'],
    ["ta-ra, that's me done", 'goodbye', 'en'],
    ['bonjour oh, ça va ?', 'greeting', 'fr'],
    ["qu'est-ce que vous savez faire ?", 'help', 'fr'],
    ['je peux vous demander quoi ?', 'help', 'fr'],
    ['Comment ça marche ce chat ?', 'help', 'fr'],
    ['vous savez répondre à quoi comme questions ?', 'help', 'fr'],
    ['¿qué preguntas puedo hacerte?', 'help', 'es'],
    ['qué tipo de preguntas te puedo hacer?', 'help', 'es'],
    ['thanks a million', 'thanks', 'en'],
    ["that's grand, thanks", 'thanks', 'en'],
    ['bye now', 'goodbye', 'en'],
    ['thanks po', 'thanks', 'en'],
    ['aslema', 'greeting', 'fr'],
    ['merci hein', 'thanks', 'fr'],
    ['Le agradezco mucho la información.', 'thanks', 'es'],
    ['Bueno, me despido, gracias.', 'goodbye', 'es'],
    // Asking whether anyone is there greets; more greetings and goodbyes.
    ['Hola, ¿hay alguien ahí?', 'greeting', 'es'],
    ['is anybody there?', 'greeting', 'en'],
    ["Bonjour, y a quelqu'un ?", 'greeting', 'fr'],
    ['Assalam alaikum, is anyone there?', 'greeting', 'en'],
    ['chao chao, que estéis bien', 'goodbye', 'es'],
    // Basque "kaixo"; what can you do for me; a thanks that says "you helped me" is no request for help.
    ['Kaixo!', 'greeting', 'es'],
    ['vous pouvez faire quoi pour moi ?', 'help', 'fr'],
    // "a+" is "à plus" (typedSigns.ts).
    ['a+', 'goodbye', 'fr'],
    ['allez, à+ !', 'goodbye', 'fr'],
  ])('%j is %s in %s', (text, kind, lang) => {
    const r = recognize(text);
    expect(r.kind).toBe('smallTalk');
    expect(r.kind === 'smallTalk' && r.smallTalk).toBe(kind);
    expect(r.lang).toBe(lang);
  });

  it('answers the question when a greeting comes with one', () => {
    const r = recognize('hola, ¿quién financia MIEUX+?');
    expect(r.kind === 'answer' && r.entryId).toBe('funding');
  });
});

describe('personal cases get the dedicated answer', () => {
  it.each([
    // One's own procedure or file to speed up (conversation.yaml personalCase own).
    'Mon dossier est à la préfecture depuis six mois, MIEUX+ peut-il accélérer ma procédure ?',
    'Mi expediente lleva un año parado, ¿MIEUX+ puede acelerar mi trámite?',
    'My file has been stuck for a year, can MIEUX+ speed up my case?',
    // Misspelt: the cues are read with the typos corrected.
    'my asilum claim is stuck, what can i do',
    'se me venció el permiso de recidencia, qué hago',
    'mon titre de sejuor a expiré, je fais comment',
    'necesito un visado para ir a España',
    '¿Cómo pido asilo?',
    'quiero un permiso de residencia',
    'I need a visa for Germany',
    'how can I apply for asylum?',
    'my residence permit expired',
    'je veux demander l’asile en France',
    'comment obtenir mon titre de séjour',
    // The words that name the matter are not the notWhen words inside them ("estudiante", "student", "étudiant").
    'quiero sacar un visado de estudiante para Italia',
    'can I get a student visa through MIEUX+?',
    "j'ai besoin d'un visa étudiant pour le Canada",
    // How long one's own procedure takes, without "my"; a relative to bring, named by a pronoun; "jai" typed without its apostrophe.
    '¿Cuánto tarda en resolverse una solicitud de asilo?',
    'How long does it take to get a residence permit?', // a guard: "get a" was a cue already
    'My husband is in Turkey, how can I bring him here?',
    'Ma mère est au Maroc, comment la faire venir ?',
    'jai un titre de séjour qui expire bientôt',
    // A person's own status, not only a document.
    'I am a refugee in Malta, can you help me?',
    'soy refugiado en Chipre, ¿me pueden ayudar?',
    'how can I bring my wife to Belgium?',
    // Travel documents and the préfecture's receipt are one's own papers too.
    'I lost my travel document, what should I do?',
    'Mon récépissé expire demain, que faire ?',
    // Resettlement and the EU Blue Card are one's own matters too.
    'I am refugee in Jakarta, please help us to be resettled',
    'Has my EU blue card application been approved?',
    'Quiero pedir la tarjeta azul para trabajar en Alemania',
    'Ma demande de carte bleue européenne a-t-elle été acceptée ?',
    // The Peruvian foreigner's card, and a visa one needs, even when one is a student.
    'Soy venezolano en Lima, ¿cómo saco el carné de extranjería?',
    'Soy estudiante y necesito un visado para Italia, ¿cómo lo pido?',
    "I'm a student and I need a visa for Spain, how do I apply?",
    "Je suis étudiant et j'ai besoin d'un visa pour la France.",
    // One's own document outweighs who one is (a student, a researcher, a journalist).
    "I'm a researcher at a university and my residence permit expires next month, what do I do?",
    "I'm a journalist, my visa application for Spain was refused",
    'Soy estudiante y mi permiso de residencia caduca, ¿qué hago?',
    'Je suis étudiante à Lyon et mon titre de séjour expire, que faire ?',
    // A student's stay permit, an appointment at the asylum office, a removal order, a way to Europe.
    'Se me vence la estancia por estudios en Valencia, ¿qué trámite hago?',
    'Tengo cita en la oficina de asilo la semana que viene, ¿qué llevo?',
    "J'ai reçu une OQTF hier, que dois-je faire ?",
    'I am refugee in Lebanon, how can I get to Europe?',
    // One's own asylum interview, even beside "experts" (notWhen).
    'My asylum interview is on Monday. Can one of your experts coach me?',
    'Mi entrevista de asilo es el lunes. ¿Alguno de sus expertos me puede preparar?',
    "Mon entretien d'asile est lundi. Un de vos experts peut-il me préparer ?",
  ])('%j', (text) => {
    const r = recognize(text);
    expect(r.kind).toBe('personalCase');
    expect(r.kind === 'personalCase' && r.entryId).toBe(shippedKnowledge().conversation.personalCaseEntry);
  });

  it.each([
    ['¿Puedo participar como experto en asilo?', 'become-expert'],
    ['What does MIEUX+ do on visa policy?', 'area-irregular-migration'],
    // A bank card named Visa stays a bank card, inside the longer phrase.
    ['Han rechazado mi tarjeta Visa, ¿qué hago?', 'none'],
    ['my Visa card was refused, what can I do?', 'none'],
    // Someone whose job is asylum, asking about the programme.
    ['Soy redactora y escribo sobre asilo. ¿Quién financia MIEUX+?', 'funding'],
    // An appointment with someone else is no case (a guard: the same on main).
    ['Tengo cita con mi jefe para hablar de MIEUX+: ¿quién lo financia?', 'funding'],
    ["Je suis attachée et je traite des demandes d'asile. Qui finance MIEUX+ ?", 'funding'],
    // How long something of the programme takes is no procedure of one's own (a guard).
    ['¿Cuánto tarda una Acción de MIEUX+?', 'action-duration'],
    // Someone whose work is with asylum seekers or on asylum.
    ['I work with asylum seekers. Who funds MIEUX+?', 'funding'],
    ['Trabajo con solicitantes de asilo. ¿Quién financia MIEUX+?', 'funding'], // a guard
    ["Je travaille sur l'asile. Qui finance MIEUX+ ?", 'funding'],
    // Governments' visa systems are a programme topic, even asked in the first person.
    ['Quisiera saber si asesoráis a las administraciones en materia de visados', 'area-irregular-migration'],
    ['I want to know whether you help governments with their visa systems', 'area-irregular-migration'],
    ['Je voudrais savoir si vous aidez les gouvernements sur les visas', 'area-irregular-migration'],
    // "Carte bleue" alone is a French bank card (a guard: only the European one is a permit).
    ['Ma carte bleue est-elle acceptée au guichet ?', 'none'],
    // One's research is not one's papers.
    ["I'm a researcher; my papers are on asylum. Who funds MIEUX+?", 'funding'],
    ['Mi tesis es sobre el asilo. ¿Quién financia MIEUX+?', 'funding'],
    ["Ma thèse porte sur l'asile. Qui finance MIEUX+ ?", 'funding'],
  ])('but not %j', (text) => {
    expect(recognize(text).kind).not.toBe('personalCase');
  });
});

describe('context', () => {
  it('follows up on what the bot just offered', () => {
    const areas = shippedKnowledge().entries.get('areas')!;
    const offered = [
      'area-irregular-migration',
      'area-legal-migration',
      'area-migration-development',
      'area-international-protection',
      'area-horizontal',
    ];
    expect(areas).toBeDefined();
    const r = recognize('tell me more about the asylum one', { lang: 'en', offered });
    expect(r.kind === 'answer' && r.entryId).toBe('area-international-protection');
  });

  it('answers "and who funds it?" after "what is MIEUX+?"', () => {
    const r = recognize('¿Y quién lo financia?', { lang: 'es', offered: [...shippedKnowledge().entries.get('about')!.followUps] });
    expect(r.kind === 'answer' && r.entryId).toBe('funding');
  });
});

describe('robustness', () => {
  it('says nothing is there for an empty or symbol-only message', () => {
    expect(recognize('').kind).toBe('empty');
    expect(recognize('🙂 ?!').kind).toBe('empty');
  });

  it('understands a very long message from its beginning', () => {
    const r = recognize(`¿Quién financia MIEUX+? ${'bla '.repeat(50_000)}`);
    expect(r.kind === 'answer' && r.entryId).toBe('funding');
    expect(MAX_UNDERSTOOD_CHARS).toBeLessThan(1000);
  });

  it('ignores Teams mentions', () => {
    const r = recognize('<at>MIEUX+</at> Who funds MIEUX+?');
    expect(r.kind === 'answer' && r.entryId).toBe('funding');
  });

  it('answers a lone "experts" with how to become one: that entry leads the others by far', () => {
    const r = recognize('experts');
    expect(r.kind).toBe('answer');
    expect(r.kind === 'answer' && r.entryId).toBe('become-expert');
  });

  it('offers close calls as options: "expertise" is the European expertise or becoming an expert', () => {
    const r = recognize('expertise', {}, 'en-US');
    expect(r.kind).toBe('clarify');
    const options = r.kind === 'clarify' ? r.options : [];
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.length).toBeLessThanOrEqual(3);
    expect(options).toEqual(expect.arrayContaining(['european-expertise', 'become-expert']));
  });
});

/** One case per utterance: each message, its language, and what the recognizer must make of it (see label()). */
function itLabels(cases: readonly (readonly [string, Lang, string])[]): void {
  it.each(cases)('%j (%s) → %s', (text, lang, expected) => {
    expect(label(text, lang)).toBe(expected);
  });
}

/** What the recognizer does with a message, in the evaluation's labels ("entry", "entry+second", none, handoff, …). */
function label(text: string, lang: Lang): string {
  const r = recognize(text, { lang }, lang);
  switch (r.kind) {
    case 'answer':
      return [r.entryId, ...(r.also ?? [])].join('+');
    case 'personalCase':
      return 'personal';
    case 'clarify':
      return 'clarify';
    case 'notFound':
    case 'empty':
      return 'none';
    default:
      return r.kind;
  }
}

describe('pay words are no funding claim: questions about pay get the honest "the brochure does not say"', () => {
  itLabels([
    ['¿Cuánto cobra un experto?', 'es', 'expert-pay'],
    ['¿Les pagan a los expertos?', 'es', 'expert-pay'],
    ['Are experts paid?', 'en', 'expert-pay'],
    ['Do experts get a fee?', 'en', 'expert-pay'],
    ['Les experts sont-ils rémunérés ?', 'fr', 'expert-pay'],
    // Who pays for the initiative is the funding answer.
    ['¿Quién financia la iniciativa?', 'es', 'funding'],
    ['Who funds the initiative?', 'en', 'funding'],
  ]);
});

describe('what the brochure does not say gets its honest answer, never an implied one', () => {
  itLabels([
    ['¿MIEUX+ sigue activo?', 'es', 'current-status'],
    ['Is MIEUX+ still running?', 'en', 'current-status'],
    ['MIEUX+ existe-t-il encore ?', 'fr', 'current-status'],
    ['¿Cuánto dura una Acción?', 'es', 'action-duration'],
    ['Do experts need to speak French?', 'en', 'languages-required'],
    ['Peut-on travailler à distance ?', 'fr', 'remote-work'],
    ['¿Pueden participar las ONG?', 'es', 'other-participants'],
    ['Is there a deadline to apply?', 'en', 'application-process'],
    ['Quel est le budget de l’initiative ?', 'fr', 'budget'],
    ['¿Trabaja MIEUX+ en Bolivia?', 'es', 'country-list'],
    ['Does MIEUX+ work in Kenya?', 'en', 'country-list'],
  ]);
});

describe('programme questions with "apply", "request", "solicitar", "demander" are not personal cases', () => {
  itLabels([
    ['¿Quién puede solicitar una Acción?', 'es', 'institutional-cooperation'],
    ['Who can request an Action?', 'en', 'institutional-cooperation'],
    ['Qui peut demander une Action ?', 'fr', 'institutional-cooperation'],
    ['How do I apply to be an expert?', 'en', 'application-process'],
  ]);

  it.each<[string, Lang]>([
    ['Me han denegado el visado. ¿Qué puedo hacer?', 'es'],
    ['I want to claim asylum, where do I go?', 'en'],
    ['Ma demande d’asile a été rejetée, que faire ?', 'fr'],
  ])("while a person's own case is: %j (%s)", (text, lang) => {
    expect(label(text, lang)).toBe('personal');
  });
});

describe('long messages: the answer follows the question, not the introduction', () => {
  itLabels([
    [
      'Buenas tardes, trabajo en la Subdirección General de Protección Internacional. Mi jefe me ha hablado de MIEUX+. ¿Me podrías decir quién la financia?',
      'es',
      'funding',
    ],
    [
      'Hello, I work on asylum appeals at a national immigration office and a colleague mentioned MIEUX+. Which regions does it work in?',
      'en',
      'regions',
    ],
    [
      'Bonjour, je suis journaliste et j’écris sur la traite des êtres humains en Méditerranée. Quels sont les objectifs de MIEUX+ ?',
      'fr',
      'objectives',
    ],
  ]);
});

describe('a message that asks two things gets both', () => {
  itLabels([
    ['¿Qué es MIEUX+ y quién la financia?', 'es', 'about+funding'],
    ['Which regions do you cover, and who funds MIEUX+?', 'en', 'regions+funding'],
    ['Qui finance MIEUX+ et dans quelles régions travaille-t-il ?', 'fr', 'funding+regions'],
    // The second question is short, and the whole message alone goes to it.
    ['¿Qué hace un experto y hay que saber idiomas?', 'es', 'become-expert+languages-required'],
    ['What does an expert do, and do they need to speak French?', 'en', 'become-expert+languages-required'],
    ['Que fait un expert et faut-il parler anglais ?', 'fr', 'become-expert+languages-required'],
  ]);
});

// The messages about something else in knowledge/out-of-scope.yaml teach the classifier what "none of
// the entries" looks like; these are not in that file. Each was answered or offered as "did you mean" before.
// Asked right after MIEUX+ was named, "what is it?" is about MIEUX+, not about the person's own work
// told before it; when a topic comes after the name, the question is about that topic (a guard below).
describe('"what is it?" right after MIEUX+ was named asks what MIEUX+ is', () => {
  itLabels([
    ['Trabajo con personas refugiadas y una compañera me habló de MIEUX+. ¿Me explicas qué es?', 'es', 'about'],
    ['I work with asylum seekers and a colleague mentioned MIEUX+. Could you tell me what it is?', 'en', 'about'],
    ["Je travaille sur l'asile et on m'a parlé de MIEUX+. C'est quoi au juste ?", 'fr', 'about'],
    ["J'ai lu que MIEUX+ soutient l'approche Équipe Europe. C'est quoi ?", 'fr', 'team-europe'],
  ]);
});

// A four-letter typo with a letter missing or two neighbours swapped is corrected ("duar" → "durar",
// "mnay" → "many"); a letter changed is not ("code" stays code).
describe('a four-letter word with a letter missing or two letters swapped is read as the word', () => {
  itLabels([
    ['las misiones de los expertos cuanto duar', 'es', 'action-duration'],
    ['how mnay experts are there', 'en', 'figures'],
    ['how lnog is an action', 'en', 'action-duration'],
    ['Can you help me debug my Python code?', 'en', 'none'], // a guard
  ]);
});

// "Truc", "stuff", "cosa" stand for anything: they are no sign that a question is about something else.
describe('everyday words that stand for anything do not make a question about something else', () => {
  itLabels([
    ['qui gère ce truc ?', 'fr', 'funding'],
    ["c'est quoi le budget de ce machin", 'fr', 'budget'],
    // Guards: the same on main.
    ['¿y quién gestiona todo este rollo?', 'es', 'funding'],
    ['who is behind this stuff', 'en', 'funding'],
  ]);
});

// Words that name no topic: "chez" (at), "ahí" (there), "tbh". Known from a phrasing or two, they pulled a
// question towards an entry that happened to use them ("chez MIEUX+, remboursez-vous…" is about pay).
describe('words that name no topic are not read as one', () => {
  itLabels([
    ['qui peut être expert chez vous', 'fr', 'become-expert'],
    ['¿Y ahí qué hacen los expertos?', 'es', 'become-expert'],
    // A guard: the same on main.
    ['who funds mieux tbh', 'en', 'funding'],
    // "Une chose" is "one thing": it was the costs' "quelque chose" ("doit-on payer quelque chose ?").
    ["j'aimerais savoir une chose", 'fr', 'none'],
    ['Mon ministère doit-il payer quelque chose ?', 'fr', 'institution-costs'], // a guard
  ]);
});

// A second question with no subject of its own ("does it have to pay?") is about the first one's:
// read alone it was funding's ("who pays for MIEUX+?"), or the whole went to one half only.
describe("a joined second question without a subject of its own takes the first one's", () => {
  itLabels([
    ['How does a partner country ask for support, and does it have to pay for it?', 'en', 'partner-countries+institution-costs'],
    ['¿Cómo pide apoyo un país socio y tiene que pagar algo?', 'es', 'partner-countries+institution-costs'],
    ["Comment un pays partenaire demande-t-il un appui, et est-ce qu'il doit payer ?", 'fr', 'partner-countries+institution-costs'],
    // A guard: the same on main.
    ['How do I become an expert and do I get paid for it?', 'en', 'become-expert+expert-pay'],
    // Alone the second half is a "did you mean" between who pays what; the first half's words choose.
    ["Comment devenir experte, et est-ce que c'est payé ?", 'fr', 'become-expert+expert-pay'],
    ['¿Qué ofrece MIEUX+ a los países socios y tienen que pagar?', 'es', 'partner-countries+institution-costs'],
    // So does it when alone it is an answer whose runner-up nearly ties: whose fees, the experts' or the countries'.
    ["Qu'offre MIEUX+ aux pays partenaires, et y a-t-il des frais pour eux ?", 'fr', 'partner-countries+institution-costs'],
    ['What does MIEUX+ offer partner countries, and are there fees for them?', 'en', 'partner-countries+institution-costs'], // a guard
  ]);
});

// "c'est" is "c" + "est": read as a shortening of "c'est" it became "c est est", and "ce" became "c est",
// so "c'est quoi ce truc ?" matched no phrase. Now that it does, "this thing" is the topic named before it.
describe('"what is this thing?" after a topic asks about that topic', () => {
  itLabels([
    ["c'est quoi ce truc ?", 'fr', 'about'],
    ["l'approche Équipe Europe, c'est quoi ce truc ?", 'fr', 'team-europe'],
    ["la fuite des cerveaux c'est quoi ce truc", 'fr', 'area-migration-development'],
    // A guard (none on main too, where the phrase never matched): a topic the knowledge base does not know.
    ["la pétanque c'est quoi ça", 'fr', 'none'],
  ]);
});

describe('a message that looks like the curated messages about something else is not answered', () => {
  itLabels([
    ['¿Quién ganó la Eurocopa de 2012?', 'es', 'none'],
    ['How many people live in the European Union altogether?', 'en', 'none'],
    ['Qui a gagné la coupe du monde 2018 ?', 'fr', 'none'],
    ['comment déployer mon appli react', 'fr', 'none'],
  ]);
});

// …unless the classifier is fairly sure of an entry: words of other EU programmes in a question about MIEUX+'s figures.
describe('a question the classifier is fairly sure of is answered, though it shares words with messages about something else', () => {
  itLabels([
    ['¿Cuántas funcionarias públicas de la UE colaboran en el programa?', 'es', 'figures'],
    ['How many European Union Member States are represented in the programme?', 'en', 'figures'],
    ['Combien de fonctionnaires européennes collaborent au programme ?', 'fr', 'figures'], // a guard
  ]);
});

describe('questions about something else that share a word with MIEUX+ are not answered', () => {
  it.each<[string, Lang]>([
    ['Can you help me debug my Python code?', 'en'],
    ['¿Qué tiempo hace mañana en Bruselas?', 'es'],
    ['Who funds Wikipedia?', 'en'],
    ['Quel est le cours de l’action Airbus ?', 'fr'],
    ['How do I become a Microsoft certified expert?', 'en'],
    // A country or a name the knowledge base never uses, and no word of the programme or of a person.
    ['¿Qué idiomas se hablan en Bélgica?', 'es'],
    ['Which languages do people speak in Canada?', 'en'],
    ['Quelles langues parle-t-on au Luxembourg ?', 'fr'],
    ['¿Cuánto gana un experto en Alemania?', 'es'],
    ['How much do experts earn at Deloitte?', 'en'],
    // "Action" and "programme" are everyday words too: they tie nothing to MIEUX+.
    ['¿A cuánto está hoy una acción de Inditex?', 'es'],
    ["Quel est le prix d'une action Danone ?", 'fr'],
  ])('%j (%s)', (text, lang) => {
    expect(label(text, lang)).toBe('none');
  });

  it.each<[string, Lang, string]>([
    // A country the question is about, where a country is the subject.
    ['¿Trabaja MIEUX+ en Marruecos?', 'es', 'country-list'],
    ['Is Italy one of the Member States?', 'en', 'country-list'],
    // The asker's own country, and names the knowledge base uses.
    ['Our ministry in Ghana needs support, how do we get it?', 'en', 'partner-countries'],
    ['¿Tenéis cuenta en LinkedIn?', 'es', 'contact'],
    ["Qu'est-ce que l'approche Équipe Europe ?", 'fr', 'team-europe'],
  ])('but %j (%s) is still answered: %s', (text, lang, expected) => {
    expect(label(text, lang)).toBe(expected);
  });
});

describe('colloquial and misspelt requests to be contacted start the hand-off', () => {
  it.each<[string, Lang]>([
    // Being up for it and starting one's participation (conversation.yaml handoff wish « je suis partante »).
    ['ok je suis partante, on lance ma participation ?', 'fr'],
    // Who may call us back is asked to be called back (conversation.yaml handoff direct « peut nous rappeler »).
    ['Nous voulons commencer une coopération : qui peut nous rappeler ?', 'fr'],
    // Someone of the team named with MIEUX+, one's own e-mail, "register me" (conversation.yaml handoff direct).
    ['Por favor, que alguien del equipo de MIEUX+ me escriba hoy.', 'es'],
    ['Quiero empezar ya: que me escriban a mi correo.', 'es'], // a guard (the same on main)
    ["alright, I'm interested, register me", 'en'],
    // Asking for a call with the team (conversation.yaml handoff direct).
    ['Could we book a call with your team about a possible Action?', 'en'],
    ["Est-ce qu'on peut organiser un appel avec votre équipe ?", 'fr'],
    ['¿Podríamos tener una llamada con su equipo la semana que viene?', 'es'],
    // Asking to pass a request on, to sign a unit up, to be given a sign (conversation.yaml handoff direct).
    ['Inscrivez notre service à la prochaine Action, svp.', 'fr'],
    ['Bon, faites-moi signe, on est partants.', 'fr'],
    ['Please pass this on to the team, we would like support.', 'en'],
    ["Drop me a line, I'm interested.", 'en'],
    ['Por favor transmitan al equipo nuestra petición.', 'es'],
    ['oye quiero q me contacte alguien del equipo', 'es'],
    ['¿me pueden contactar?', 'es'],
    ['can someone from the team get back to me', 'en'],
    ['plz have someone conatct me', 'en'],
    ['recontactez-moi svp', 'fr'],
    ['pásame con alguien del equipo porfa', 'es'],
    ['¿podrían ponerse en contacto conmigo?', 'es'],
    ['¿me podéis apuntar como experta?', 'es'],
    ['id like to register my interest as an expert', 'en'],
    ["I'm keen to get involved as an expert", 'en'],
    ['can you pass my name on to the team?', 'en'],
    ['pouvez-vous me faire rappeler demain ?', 'fr'],
    ['¿Me pueden poner en contacto con alguien del equipo?', 'es'],
    ['comuniqueme con alguien por favor', 'es'],
    ['anótame para la próxima Acción', 'es'],
    ['Notre direction souhaite être recontactée pour une coopération.', 'fr'],
    ['can I please talk to a real person?', 'en'],
    ['put me through to someone from MIEUX+', 'en'],
    ['could somebody give me a call?', 'en'],
    ['Por favor, que alguien se comunique conmigo.', 'es'],
    ['Pouvez-vous me rappeler cet après-midi ?', 'fr'],
    ['Apúntenme en la lista de expertos, por favor.', 'es'],
    ['Queremos colaborar cuanto antes: que alguien nos contacte.', 'es'],
    ['Les agradecería que alguien se pusiera en contacto conmigo.', 'es'],
    ['Happy to help as an expert, please take my details.', 'en'],
    ["Je me permets de vous solliciter afin d'être mis en contact avec l'équipe.", 'fr'],
    ['Pourriez-vous transmettre ma demande de rendez-vous ?', 'fr'],
    ['notre ministère veut lancer une coopération, quelqu un peut nous rappeler ?', 'fr'],
    ['jveux rejoindre le réseau, ctc moi', 'fr'],
    ['pásenme con una persona del equipo, por favor', 'es'],
    ['could you have somebody get in touch with our unit?', 'en'],
    ['Pourriez-vous faire suivre ma demande à vos collègues ?', 'fr'],
    ['Pouvez-vous me faire appeler par un membre de MIEUX+ ?', 'fr'],
    ['Je souhaite proposer ma candidature comme expert.', 'fr'],
    ['Queremos empezar ya, ¿nos podéis escribir?', 'es'],
    ['¿Podemos agendar una llamada con alguien del equipo?', 'es'],
  ])('%j (%s)', (text, lang) => {
    expect(label(text, lang)).toBe('handoff');
  });
});

describe('a short question about what was just said is read with it', () => {
  it.each([
    ['I read that MIEUX+ supports Team Europe. What does that involve?', 'team-europe'],
    ["J'ai lu que MIEUX+ soutient l'approche Équipe Europe. De quoi s'agit-il ?", 'team-europe'],
  ])('%j', (text, entryId) => {
    const r = recognize(text);
    expect(r.kind === 'answer' && r.entryId).toBe(entryId);
  });
});

describe('the classifier learnt from the phrasings must agree before an answer is given', () => {
  const question = 'Who funds MIEUX+?';
  it('answers when it agrees', () => {
    const r = new LocalRecognizer(shippedKnowledge(), { ...DEFAULT_TUNING, classifierAgreementMin: 0 }).recognizeSync({
      text: question,
      locale: 'en',
      context: {},
    });
    expect(r.kind === 'answer' && r.entryId).toBe('funding');
  });

  it('offers "did you mean" when the winner is less likely than the minimum', () => {
    const r = new LocalRecognizer(shippedKnowledge(), { ...DEFAULT_TUNING, classifierAgreementMin: 1.01 }).recognizeSync({
      text: 'Which organisation funds the initiative?',
      locale: 'en',
      context: {},
    });
    expect(r.kind).toBe('clarify');
    expect(r.kind === 'clarify' && r.options).toContain('funding');
  });
});

describe('who asks changes the answer to "can I take part?" (conversation.yaml outsiders)', () => {
  itLabels([
    ["I'm a retired police officer. Can I become an expert?", 'en', 'other-participants'],
    ['Soy estudiante de doctorado. ¿Puedo participar en MIEUX+?', 'es', 'other-participants'],
    ['Je suis retraitée de la police. Puis-je devenir experte ?', 'fr', 'other-participants'],
    // Who they are does not change a question about something else.
    ['Soy estudiante y escribo un trabajo. ¿Quién financia MIEUX+?', 'es', 'funding'],
    ["I'm a researcher. Which regions does MIEUX+ work in?", 'en', 'regions'],
    // Nor does a public servant's question about becoming an expert.
    ['Je suis fonctionnaire au ministère. Puis-je devenir expert ?', 'fr', 'become-expert'],
    // A regional civil servant ("autonómico") is no self-employed person ("autónomo"): the cues compare stems.
    ['¿Un funcionario autonómico puede participar como experto?', 'es', 'become-expert'],
    ['Trabajo como autónoma, ¿puedo participar?', 'es', 'other-participants'], // a guard (the same on main)
    // "Still" pulls towards whether MIEUX+ still runs; taking part, the runner-up, is what a retired person asks.
    ["I've been retired for two years. Could I still be an expert?", 'en', 'other-participants'],
    // Who asks counts before the question is read with the statement before it, which loses the question's subject.
    ['Me encantaría aportar algo. ¿Puedo participar en MIEUX+ sin ser funcionario?', 'es', 'other-participants'],
    // Taking part as a far second to a clear answer is not what they ask: the figures, here.
    ["I'm a researcher at a think tank. How many experts has MIEUX+ sent out so far?", 'en', 'figures'],
    ['Soy estudiante de máster. ¿Cuántos expertos han participado?', 'es', 'figures'],
    // Guard (the same before): the runner-up was not taking part.
    ["Je suis chercheuse. Combien d'experts ont participé ?", 'fr', 'figures'],
    // Asked of oneself, "still" is whether they can still take part, not whether MIEUX+ still runs.
    ["I'm a retired customs officer. Could I still be involved?", 'en', 'other-participants'],
    ['Je suis à la retraite. On peut encore être expert à mon âge ?', 'fr', 'other-participants'],
    // Guards (the same before): whether MIEUX+ still runs, asked by someone retired.
    ["I'm retired. Is MIEUX+ still running?", 'en', 'current-status'],
    ['Soy jubilado. ¿MIEUX+ sigue funcionando?', 'es', 'current-status'],
    ['Je suis retraité. MIEUX+ existe encore ?', 'fr', 'current-status'],
  ]);
});

describe('the words people wrap a question in carry no topic', () => {
  itLabels([
    ['He leído que lo financia la UE, ¿es realmente así?', 'es', 'funding'],
    ['I heard the EU funds you, honestly is that so?', 'en', 'funding'],
    ['Franchement, vous êtes financés par qui ?', 'fr', 'funding'],
  ]);
});

// conversation.yaml whatWeDo: questions made only of everyday words, with the fillers people add.
describe('"what do you do?" asked in everyday words is about MIEUX+', () => {
  itLabels([
    // Guards (the same on main, where "exactamente" and "au juste" were already fillers).
    ['¿Ustedes qué hacen?', 'es', 'about'],
    ['¿Y qué hacéis exactamente?', 'es', 'about'],
    ['vous faites quoi au juste ?', 'fr', 'about'],
    // "exactly" inside the phrase, and "c'est quoi" with nothing else: not understood on main.
    ['ok but what exactly do you do?', 'en', 'about'],
    ["c'est quoi au juste ?", 'fr', 'about'],
  ]);
});

describe('colloquial words mean what the everyday ones do (synonyms.yaml)', () => {
  itLabels([
    ['¿En qué temas laburan ustedes?', 'es', 'areas'],
    ['¿Cuánta pasta tiene el programa?', 'es', 'budget'],
    // Interjections ("ostras", "caray", "órale") name no topic.
    ['Caray, ¿y esto desde cuándo existe?', 'es', 'about'],
    // Countries "metidos en esto" take part.
    ['¿cuántos Estados miembros están metidos?', 'es', 'figures'],
    // "En verdad" is "realmente": it asks nothing of the results.
    ['¿y los expertos qué hacen en verdad?', 'es', 'become-expert'],
    // Latin American "manejar" is "gestionar": who runs the programme.
    ['¿quién maneja MIEUX+?', 'es', 'funding'],
    // One's "professional development" is what one learns as an expert, not migration and development.
    ['What would it do for my professional development?', 'en', 'mutual-learning'],
    ['¿Qué aporta a mi desarrollo profesional ser experto?', 'es', 'mutual-learning'], // a guard (the same on main)
    // "¿Qué onda con MIEUX+?" is "about MIEUX+"; "alguien me explica" asks for no one; « les gars », "wena" carry no topic.
    ['oigan, ¿alguien me explica qué onda con MIEUX+?', 'es', 'about'],
    ['les gars du ministère apprennent quoi avec vos experts', 'fr', 'mutual-learning'],
    // "List" is a stop word ("list the areas"), but a list of the partner countries asks which they are.
    ['list of partner countries pls', 'en', 'country-list'],
    ['could you list the partner countries for me?', 'en', 'country-list'],
    // A programme that "applies to" a region covers it; nothing about applying.
    ['does it apply to Central Asia?', 'en', 'regions'],
    // "The big picture" is the overall view.
    ['big picture goals of this thing?', 'en', 'objectives'],
    // "When it's at home" asks what on earth something is; nothing about working from home.
    ["so what's MIEUX+ when it's at home?", 'en', 'about'],
    // A programme "still alive", "still kicking" is one still running.
    ['so is this thing still kicking', 'en', 'current-status'],
    ['¿el ICMPD es el que maneja todo esto?', 'es', 'funding'],
    ['how can we team up with MIEUX+?', 'en', 'work-with-mieux'],
    ["c'est gratos pour nos institutions ?", 'fr', 'institution-costs'],
    ['is it remote or do experts fly out?', 'en', 'remote-work'],
    ['comment on devient experte ?', 'fr', 'become-expert'],
    ['¿las ONGs pueden participar?', 'es', 'other-participants'],
    // "Poner en marcha" is starting; "iniciar" no longer shares its stem with "iniciativa".
    ['¿Quién puede poner en marcha una Acción?', 'es', 'institutional-cooperation'],
    ['who can initiate an action', 'en', 'institutional-cooperation'],
    ['qui peut initier une action', 'fr', 'institutional-cooperation'],
    // Social networks: the contact answer, which lists only the accounts the brochure gives.
    ['¿Tienen cuenta en LinkedIn o en Insta?', 'es', 'contact'],
    ['are you on insta', 'en', 'contact'],
    ['vous êtes sur les réseaux sociaux ?', 'fr', 'contact'], // a guard
    // The inflections of "quote".
    ["Que raconte l'experte citée dans la brochure ?", 'fr', 'testimonial'],
    ['What did the official quoted in the brochure say?', 'en', 'testimonial'],
    // Chat shortenings for "give me".
    ['file-moi votre site', 'fr', 'contact'],
    ['gimme ur email', 'en', 'contact'],
    // Units of time ask how long it lasts.
    ['¿Cuántos meses pasa fuera un experto?', 'es', 'action-duration'],
    ['How many weeks is an expert away?', 'en', 'action-duration'],
    // Modal and auxiliary verbs carry no topic ("poder", "tenéis").
    ['oye, ¿qué hay que hacer para poder ser experta?', 'es', 'become-expert'],
    // The French stemmer keeps "offrir" apart from "offre".
    ["Qu'est-ce que vous pouvez offrir à notre ministère ?", 'fr', 'partner-countries'],
    // "Indemnisé" has another stem than "indemnité".
    ['les expertes sont-elles indemnisées ?', 'fr', 'expert-pay'],
    // "Immigration" has another stem than "migration" ("l'immigration de travail" was read as irregular migration).
    ["Vous travaillez sur l'immigration de travail ?", 'fr', 'area-legal-migration'],
    ["Et l'immigration irrégulière, c'est un de vos thèmes ?", 'fr', 'area-irregular-migration'], // a guard
    // Deadlines in other words: the calls and deadlines the brochure does not mention.
    ['¿Hasta cuándo puedo presentarme?', 'es', 'application-process'],
    ['hasta cuando se aceptan candidaturas', 'es', 'application-process'],
    ["what's the cut-off date for experts?", 'en', 'application-process'],
    ["jusqu'à quand peut-on postuler ?", 'fr', 'application-process'], // a guard: the same on main
    ["Un appel pour les experts ? Jusqu'à quelle date ?", 'fr', 'application-process'],
  ]);
});

describe('a corrected typo of a synonym is rewritten like the synonym', () => {
  // "emial" → "email", which synonyms.yaml makes "contact": corrected after the synonyms were applied, it was a word the index never saw.
  it.each<[string, Lang]>([
    ['what is your emial?', 'en'],
    ['quel est votre emial', 'fr'],
  ])('%j (%s) → contact', (text, lang) => {
    expect(label(text, lang)).toBe('contact');
  });
});

// "protection internationale" is one phrase of synonyms.yaml: a typo in one of its words hid the phrase.
describe('a typo inside a phrase of synonyms is corrected before the phrase is read', () => {
  itLabels([
    ['vous faites de la protection internationalle ?', 'fr', 'area-international-protection'],
    ['¿la proteccion internacinal es uno de sus temas?', 'es', 'area-international-protection'],
    ['do you cover internatonal protection', 'en', 'area-international-protection'],
    ['chanmé, et combien de fonctionnaires vous envoyez ?', 'fr', 'figures'], // a guard: a stop word is no typo ("chanmé" is not "change")
  ]);
});

describe('a question that finds the overview, after a statement about one of its parts, is about that part', () => {
  itLabels([
    ['Our unit handles migration and health data. Is that an area MIEUX+ covers?', 'en', 'area-horizontal'],
    ['Trabajo en un observatorio de remesas y diáspora. ¿Es un tema que tratáis?', 'es', 'area-migration-development'],
  ]);
});

describe('"tratar" and "traiter" (to deal with) are not "trata" and "traite" (trafficking)', () => {
  itLabels([
    ['¿tratáis la migración y la salud?', 'es', 'area-horizontal'],
    ['Est-ce que vous traitez la migration et la santé ?', 'fr', 'area-horizontal'],
  ]);
});

describe('"allowed" is not "allowance": the Porter stem of both is "allow"', () => {
  it.each<[string, string]>([
    ['Who is allowed to be an expert?', 'become-expert'],
    ['Do experts get a daily allowance?', 'expert-pay'],
  ])('%j → %s', (text, expected) => {
    expect(label(text, 'en')).toBe(expected);
  });
});

// In French the programme's name is an everyday word ("mieux": better): "comment mieux dormir ?"
// was read as a question about MIEUX+, and a question that names MIEUX+ is always answered.
describe('"mieux" used as the French word for "better" does not name MIEUX+', () => {
  itLabels([
    ['Comment mieux dormir avec un bébé ?', 'fr', 'none'],
    ['comment mieux organiser mes vacances', 'fr', 'none'],
    // The name, typed in lower case as people do, still names the programme (a guard: the same on main).
    ['c quoi mieux', 'fr', 'about'],
    ['comment fonctionne mieux ?', 'fr', 'about'],
  ]);
});

// "O" and "or" offer an alternative: read with the first half's subject, the second half often asks
// the first question again ("…or do we have to pay?"), and gets no answer of its own.
describe('an alternative that asks the first question again is one question', () => {
  itLabels([
    ['¿Es gratis para nosotros o hay que poner dinero?', 'es', 'institution-costs'],
    ['¿es gratis o hay que poner plata?', 'es', 'institution-costs'],
    ['Is it free for our ministry, or is there money to put in?', 'en', 'institution-costs'],
    // Two different questions still get both (guards: the same on main).
    ['¿Trabajan en asilo o en migración laboral?', 'es', 'area-international-protection+area-legal-migration'],
    ['¿Quién financia MIEUX+ y en qué regiones trabaja?', 'es', 'funding+regions'],
  ]);
});

describe('"set up" is "start": when MIEUX+ was set up, and how a cooperation is set up', () => {
  itLabels([
    ['when did they set up MIEUX+?', 'en', 'about'],
    ['How does a Member State institution set up a cooperation with a partner country?', 'en', 'institutional-cooperation'],
  ]);
});

// "Conoces" (do you know someone?) had the stem of "conocimientos" (the know-how MIEUX+ shares), and
// "connaissez" that of "connaissances": "¿conoces alguno?" was a question about European expertise.
describe('"do you know…?" is not "knowledge"', () => {
  itLabels([
    ['¿conoces alguno?', 'es', 'none'],
    ['Busco una experta en jardinería en Sevilla. ¿Conoces a alguna?', 'es', 'none'],
    ['Je cherche un expert en plomberie à Lyon. Vous en connaissez un ?', 'fr', 'none'],
    // The nouns are still the know-how (guards: the same on main).
    ['¿Qué conocimientos aportan los expertos?', 'es', 'mutual-learning'],
    ['¿MIEUX+ da a conocer los estándares europeos?', 'es', 'european-expertise'],
  ]);
});

// "Someone" was a topic word: the testimonial's phrasings ask for "someone who did it", so "could
// someone like me be one of your experts" got the testimonial.
describe('"someone" names no topic', () => {
  itLabels([
    ['could somebody like me be one of your experts', 'en', 'become-expert'],
    ['can someone with my background become one of your experts?', 'en', 'become-expert'],
    ['Is there someone who was an expert and says how it went?', 'en', 'testimonial'], // a guard
  ]);
});

// "Le lien entre migration et climat" was cut at "et": "le lien entre migration" found the migration
// and development area ("le lien entre migration et développement"), "climat" the horizontal one.
describe('"between A and B" is one question', () => {
  itLabels([
    ['Est-ce que vous travaillez sur le lien entre migration et climat ?', 'fr', 'area-horizontal'],
    ['MIEUX+ travaille-t-il sur le lien entre migration et climat ?', 'fr', 'area-horizontal'],
    ['Do you work on the link between migration and climate change?', 'en', 'area-horizontal'], // a guard
  ]);
});

// "I" and "asylum" made a personal case, though the asylum is the programme's work, not the person's.
describe("what someone heard of MIEUX+'s work is no personal case", () => {
  itLabels([
    ['I read that you work on asylum. Is that right?', 'en', 'area-international-protection'],
    ['I heard you work on asylum, is that true?', 'en', 'area-international-protection'],
    ['Yo creía que MIEUX+ trabajaba en asilo, ¿no?', 'es', 'area-international-protection'],
    ["J'ai lu que vous travaillez sur l'asile. C'est vrai ?", 'fr', 'area-international-protection'],
    // One's own case still is (guards: the same on main).
    ['I need asylum, can you help me?', 'en', 'personal'],
    ["J'ai besoin d'un titre de séjour, vous pouvez m'aider ?", 'fr', 'personal'],
  ]);
});

// The French stemmer makes "donner" (give) and "données" (data) one word: "vous pouvez me les donner ?"
// asked for the data area. "Donner" is a request verb now, like English "give"; "chat" and "yo" carry no topic.
describe('French "donner" asks for what came before', () => {
  itLabels([
    ['Je cherche le site web et les réseaux sociaux de MIEUX+. Vous pouvez me les donner ?', 'fr', 'contact'],
    ['Vous travaillez sur les données migratoires ?', 'fr', 'area-horizontal'], // guards: the same before
    ['Donnez-moi des exemples de ce que MIEUX+ a accompli', 'fr', 'impact'],
    ['Comment transférer mes données vers un nouveau téléphone ?', 'fr', 'none'],
    ["yo, c'est qui qui coordonne MIEUX+ ?", 'fr', 'funding'],
  ]);
});

// "Coreo" is a real Spanish word, so typo tolerance kept it; three sets' writers typed it for "correo".
describe('"coreo" is "correo"', () => {
  itLabels([['me pasan el coreo de ustedes?', 'es', 'contact']]);
});

// Remittances in other words ("remises de fonds", "giros de dinero"); "en gros" and "questions" are fillers;
// "tout le monde" is "on" (everyone), which names no area either.
describe('remittances in other words; French fillers', () => {
  itLabels([
    ['Vous intervenez sur les remises de fonds ?', 'fr', 'area-migration-development'],
    ["les remises migratoires, c'est votre domaine ?", 'fr', 'area-migration-development'],
    ['¿Trabajan en giros de dinero?', 'es', 'area-migration-development'],
    ['Do you cover diaspora transfers?', 'en', 'area-migration-development'], // a guard: the same before
    ["MIEUX+ c'est quoi en gros ?", 'fr', 'about'],
    ['Est-ce que tout le monde peut devenir expert ?', 'fr', 'become-expert'], // a guard
  ]);
});

// An accountant ("expert-comptable", "experto contable") is a profession, not an expert of MIEUX+;
// "in plain English" asks for it simply, not about languages.
describe('an accountant is no MIEUX+ expert; "in plain English" is no language question', () => {
  itLabels([
    ['Je veux devenir expert-comptable, par où commencer ?', 'fr', 'none'],
    ['quiero ser experto contable, que estudio?', 'es', 'none'],
    ['¿Dónde puedo formarme como experta contable?', 'es', 'none'],
    ['so what does MIEUX+ do, in plain English?', 'en', 'about'],
    // Guards (the same before).
    ['Comment devenir expert MIEUX+ ?', 'fr', 'become-expert'],
    ['do experts need to speak English?', 'en', 'languages-required'],
  ]);
});

// "Which", "qué" and "quels" are stop words: "which Member States take part?" was a question about
// Member States taking part, read as what they gain or how to work with MIEUX+.
describe('"which Member States?" asks for the list the brochure does not give', () => {
  itLabels([
    ['Which Member States take part in MIEUX+?', 'en', 'country-list'],
    ['¿Qué Estados miembros participan?', 'es', 'country-list'],
    ['Quels États membres participent ?', 'fr', 'country-list'],
    // Guards (the same before): what they gain, and the list asked another way.
    ['What do Member States gain?', 'en', 'benefits'],
    ['¿Qué ganan los Estados miembros?', 'es', 'benefits'],
    ['Que gagnent les États membres ?', 'fr', 'benefits'],
    ['¿Cuáles son los Estados miembros que colaboran?', 'es', 'country-list'],
  ]);
});

// How long something has gone on asks since when MIEUX+ exists, not how long an Action lasts.
describe('"how long have you been…?" asks since when', () => {
  itLabels([
    ['how long have you guys been at this?', 'en', 'about'],
    ['how long has the initiative been going?', 'en', 'about'],
    ['¿cuánto tiempo llevan haciendo esto?', 'es', 'about'],
    // Guards (the same before): the duration of an Action, "since when" said outright, and "these days" with a topic.
    ['how long does an Action last?', 'en', 'action-duration'],
    ['¿cuánto tiempo dura una Acción?', 'es', 'action-duration'],
    // "¿Cuánto tiempo lleva…?" in the singular is also how long something takes (it was read as since when).
    ['¿Cuánto tiempo lleva una Acción?', 'es', 'action-duration'],
    ['¿cuántos años lleva funcionando MIEUX+?', 'es', 'about'],
    ['is it all online these days?', 'en', 'remote-work'],
  ]);

  it('no longer gives the duration of an Action to "how long has MIEUX+ been running?"', () => {
    expect(label('how long has MIEUX+ been running?', 'en')).not.toBe('action-duration');
  });
});

// "Instrument financier" is how the funding is named; "aye" and "eh" are fillers.
describe('the financial instrument is the funding', () => {
  itLabels([
    ["Par quel instrument financier l'UE soutient-elle cette initiative ?", 'fr', 'funding'],
    ['¿Con qué instrumento financiero apoya la UE esta iniciativa?', 'es', 'funding'],
    ['Through which financial instrument does the EU support it?', 'en', 'funding'],
    ["C'est quoi l'instrument financier derrière MIEUX+ ?", 'fr', 'funding'], // a guard: the same before
    ["who's behind it, eh?", 'en', 'funding'],
    ['aye, and who pays for it?', 'en', 'funding'],
  ]);
});

// Forms of "ir", "yeah", "nah", "yep" and the plural "yous" carry no topic; "ya" is French "il y a".
describe('fillers and the words of everyday speech carry no topic', () => {
  itLabels([
    ['¿de qué temas vais?', 'es', 'areas'],
    ['¿y vosotros de qué áreas vais?', 'es', 'areas'],
    ['oye, ¿qué temas van a tratar?', 'es', 'areas'], // a guard: the same before
    ['what do yous do?', 'en', 'about'],
    ['yeah nah, who funds it?', 'en', 'funding'],
    ['yep, and what has it achieved?', 'en', 'impact'],
    ["yo, do y'all work on asylum?", 'en', 'area-international-protection'],
    ["jsp trop ce que vous faites, vous m'expliquez vite fait ?", 'fr', 'about'],
    ['oe causa, ¿qué le ofrecen a un país socio pe?', 'es', 'partner-countries'], // a guard: the same before
    // "che" before "¿" and "andar" as an auxiliary ("andan trabajando": are working).
    ['che, ¿quién anda financiando esto?', 'es', 'funding'],
    ['che, ¿en qué temas andan?', 'es', 'areas'], // a guard: the same before
    // Rioplatense: "dale", "contame", "posta"; "laburo" is work.
    ['dale, contame qué lograron, posta', 'es', 'impact'],
    ['¿el laburo de experto se paga?', 'es', 'expert-pay'], // a guard: the same before
  ]);
});

// French "entre" was a content word ("quel est le lien entre…"), as Spanish "entre" never was.
describe('"entre" is a function word', () => {
  itLabels([
    ["Quel est le lien entre votre programme et les ODD de l'ONU ?", 'fr', 'objectives'],
    ["Il y a un lien entre MIEUX+ et l'ONU ?", 'fr', 'objectives'], // a guard: the same before
  ]);
});

// The French stemmer kept "rapporte" and "gagne(r)" apart from the benefits' and the pay's words.
describe('"ça rapporte quoi ?" asks what one gains', () => {
  itLabels([
    ['ça rapporte quoi à un État membre de participer ?', 'fr', 'benefits'],
    ['Combien ça rapporte à un expert ?', 'fr', 'expert-pay'],
    ['Un État membre gagnerait quoi à participer ?', 'fr', 'benefits'], // a guard: the same before
  ]);
});

// "Where" is a stop word, so "where does MIEUX+ work?" was a question with "work" alone: how to work with MIEUX+.
describe('"where does it work?" asks for the regions', () => {
  itLabels([
    ['Where does MIEUX+ work?', 'en', 'regions'],
    ['who funds it and where does it work?', 'en', 'funding+regions'],
    ['¿Dónde trabaja MIEUX+?', 'es', 'regions'],
    ['¿Y dónde trabajan ustedes?', 'es', 'regions'],
    ['Où travaille MIEUX+ ?', 'fr', 'regions'],
    ['Vous travaillez où exactement ?', 'fr', 'regions'],
  ]);
});

// A press piece, or a case the writer says is not theirs, is no personal case (conversation.yaml personalCase notWhen).
describe('a journalist writing on asylum, not asking about a case, is no personal case', () => {
  itLabels([
    ["I'm doing a piece on asylum backlogs, not asking about my own case. Who funds MIEUX+?", 'en', 'funding'],
    ['Escribo para un semanario sobre el asilo y los retrasos, no pregunto por mi caso. ¿Quién financia MIEUX+?', 'es', 'funding'],
    ["Je prépare un papier sur l'asile et les délais, pas pour mon cas. Qui finance MIEUX+ ?", 'fr', 'funding'],
  ]);
});

// "Read" was a word of another topic beside "website", so the question was not answered.
describe('"read", "lire", "leer" name no topic', () => {
  itLabels([
    ['Do you have a web site where I can read up on this?', 'en', 'contact'],
    ['Y a-t-il un site internet où lire davantage sur vous ?', 'fr', 'contact'],
    ['¿Tienen una web donde pueda leer más sobre ustedes?', 'es', 'contact'], // a guard: the same on main
  ]);
});

// Country names were not in the lexicon typos are corrected against: a misspelt one was a word of another topic.
describe('a misspelt country name is still a country', () => {
  itLabels([
    ['¿Trabajan en Guatemla?', 'es', 'country-list'],
    ['Are you active in Ethiopa?', 'en', 'country-list'],
    ['Travaillez-vous au Camerounn ?', 'fr', 'country-list'],
  ]);
});

// After a greeting and an introduction with a name, "what do you do?" was read with the name, which
// looked like another topic ("la météo"), and got nothing; "soy" did not speak of the person as "I'm" does.
describe('"what do you do?" after an introduction asks about MIEUX+', () => {
  itLabels([
    ['Hola, soy María, de Bolivia. ¿Ustedes qué hacen?', 'es', 'about'],
    ['Buenas, soy Julián. ¿Qué hacen?', 'es', 'about'], // a guard: the same on main
    ["Hi, I'm John from Ghana. What do you guys do?", 'en', 'about'],
  ]);
});

// "What does it do?" joined to a question about a name the knowledge base never uses asks about that name.
describe('"what does it do?" after another organisation is about that organisation', () => {
  itLabels([
    ['¿Qué es Frontex y qué hace?', 'es', 'none'], // a guard: the same on main
    ['What is the IOM and what does it do?', 'en', 'none'],
    ["C'est quoi l'OFII et ça fait quoi ?", 'fr', 'none'],
    // About MIEUX+ itself, it is still answered (guards: the same on main).
    ['¿Qué es MIEUX+ y qué hace?', 'es', 'about'],
    ['what is mieux and what do you do', 'en', 'about'],
  ]);
});

describe('a short question joined to one about another name is about that name', () => {
  itLabels([
    ['¿Qué es el programa Horizonte Europa y cómo me inscribo?', 'es', 'none'],
    ["What's Fulbright and how do I apply?", 'en', 'none'],
    ["C'est quoi Campus France et comment on postule ?", 'fr', 'none'],
    // Of MIEUX+ itself, both are answered (guards: the same on main).
    ['¿Qué es MIEUX+ y cómo participo?', 'es', 'about+work-with-mieux'],
    ['what is mieux and how can i join', 'en', 'about+work-with-mieux'],
  ]);
});

// A request for information without a question mark, mid-sentence, was read with the whole
// introduction ("I want to know" in two words did not open a question; "kindly", "inform" were unknown words).
describe('"quisiera saber", "kindly inform", "nous aimerions savoir" open the question in a long message', () => {
  itLabels([
    [
      'Trabajo en la oficina de asilo en Valencia y mi jefa quiere un resumen. Lo que necesito saber es qué gana un Estado miembro participando.',
      'es',
      'benefits',
    ],
    ['Mi unidad prepara un informe sobre cooperación y queremos saber en qué temas trabaja MIEUX+.', 'es', 'areas'],
    ['We handle labour migration at the department in Colombo. Kindly inform who is funding this initiative.', 'en', 'funding'],
    [
      'Bonjour, je travaille à la direction des étrangers à Dakar, nous préparons une stratégie et nous aimerions savoir sur quels thèmes travaille MIEUX+.',
      'fr',
      'areas',
    ],
    // "Kindly advise." closing a letter asks for an answer, not for advice; and it opens a question still (guards: the same on main).
    ['I am asked to find out what support MIEUX+ can offer to a partner country like ours. Kindly advise.', 'en', 'partner-countries'],
    ['Kindly advise whether experts are paid.', 'en', 'expert-pay'],
  ]);
});

describe('an assignment is a mission', () => {
  itLabels([
    ['what does an expert do during an assignment', 'en', 'become-expert'],
    ['How much is paid per assignment?', 'en', 'expert-pay'], // a guard: the same on main
  ]);
});

// Requests for work the bot does not do were answered from the words of their subject (conversation.yaml tasks).
describe('a request for a poem, a cover letter or a translation is not answered, whatever it names', () => {
  itLabels([
    ['tradúceme esto al francés: el equipo trabaja en asilo', 'es', 'none'],
    ['Can you write a cover letter for an expert position?', 'en', 'none'],
    ['traduis en anglais : les experts sont des fonctionnaires', 'fr', 'none'],
    ['Escríbeme un poema sobre la migración de las aves', 'es', 'none'], // a guard: the same on main
    // Matched word for word: a question about translated Actions is still one (guards: the same on main).
    ['Are the Actions translated into English?', 'en', 'languages-required'],
    ['Les Actions sont-elles traduites en anglais ?', 'fr', 'languages-required'],
  ]);
});

// Other organisations named in words the knowledge base uses, or in the answers' own words, got
// an answer about MIEUX+ (conversation.yaml otherSubjects.names).
describe('a question about another organisation is about it', () => {
  itLabels([
    ['¿En qué países trabaja el ACNUR?', 'es', 'none'],
    ['How is the International Organisation for Migration funded?', 'en', 'none'],
    ['Which regions does the UNHCR cover?', 'en', 'none'],
    ["Quels sont les domaines d'action de l'Organisation internationale pour les migrations ?", 'fr', 'none'],
    ['Le HCR travaille dans quelles régions ?', 'fr', 'none'],
    // "Estados miembros" ties other countries to the programme, but not another organisation.
    ['¿Cuántos estados miembros tiene la OTAN?', 'es', 'none'],
    // Named with MIEUX+, or a workplace of Member States' public servants, it is a question about MIEUX+ (guards: the same on main).
    ['Does MIEUX+ work with the IOM?', 'en', 'work-with-mieux'],
    ["Je travaille à l'OFII, puis-je être expert ?", 'fr', 'become-expert'],
  ]);
});

// "Who pays" without a payee was a "did you mean" between the three: with "this" or "it", it is the programme.
describe('who pays "this" asks who funds MIEUX+', () => {
  itLabels([
    ['¿Y al final quién lo paga?', 'es', 'funding'],
    ['qui paye pour ça ?', 'fr', 'funding'],
    // Who pays the experts is their pay (guards: the same on main).
    ['¿Quién paga a los expertos?', 'es', 'expert-pay'],
    ['Qui paie les experts ?', 'fr', 'expert-pay'],
  ]);
});

// "Hace unos años…" and "Il y a quelques années…" opened a question ("¿hace…?", "il y a…?"), and
// "perdí el contacto" in it asked for the contact details; "my director wants to know" opened none.
describe('"some years ago" is said, not asked; what someone else wants to know is the question', () => {
  itLabels([
    [
      'Soy de la policía de Quito. Hace unos años oí hablar de MIEUX+ en un curso pero perdí el contacto. ¿Sigue activo?',
      'es',
      'current-status',
    ],
    ["Il y a quelques années, un collègue m'a parlé de MIEUX+. Est-ce que ça existe encore ?", 'fr', 'current-status'],
    ['Trabajo en la Oficina de Asilo. Lo que mi directora quiere saber es qué gana un Estado miembro participando.', 'es', 'benefits'],
    ['I work at the border police and my director wants to know who funds MIEUX+.', 'en', 'funding'],
    ["Je suis à la direction de l'immigration, ma directrice veut savoir qui finance MIEUX+.", 'fr', 'funding'], // a guard: the same on main
  ]);
});

// "En total" made a count of experts the total budget.
describe('"en total" counts what is asked', () => {
  itLabels([
    ['¿y cuántos expertos mandaron en total?', 'es', 'figures'],
    ['¿Cuál es el presupuesto total?', 'es', 'budget'], // a guard: the same on main
  ]);
});

// A typo that is a word itself is never corrected by typo tolerance; "boarder" read as funding.
describe('real-word typos (realWordTypos.ts)', () => {
  itLabels([
    ['Does MIEUX+ work on boarder management?', 'en', 'area-irregular-migration'],
    ['¿ay que saber francés para ser experto?', 'es', 'languages-required'], // a guard: the same on main
  ]);
});

// "Done anything useful", "hecho algo concreto" ask what it achieved; "what in the world" names no region.
describe('everyday ways to ask what it achieved and what it is', () => {
  itLabels([
    ['has it done anything useful so far?', 'en', 'impact'],
    ['¿han hecho algo concreto?', 'es', 'impact'],
    ['What in the world is MIEUX+? My nephew mentioned it.', 'en', 'about'],
    ['What on earth is MIEUX+?', 'en', 'about'], // a guard: the same on main
    // "¿Qué rayos…?" is "what the heck", and "write me the e-mail" asks for the address (guards: the same on main).
    ['¿Qué rayos es MIEUX+?', 'es', 'about'],
    ['¿me pueden escribir el correo del equipo?', 'es', 'contact'],
    ['ok, how do we get in on this?', 'en', 'work-with-mieux'],
  ]);
});

// "Can our ministry contact the team?" asks whether an institution may: the institutional route, not a request to be contacted.
describe('whether an institution may contact the team is a question, not a hand-off', () => {
  itLabels([
    ['Can our ministry contact the MIEUX+ team to start a request?', 'en', 'institutional-cooperation'],
    ["Un ministère peut-il contacter l'équipe pour lancer une demande ?", 'fr', 'institutional-cooperation'],
    ['¿Puede un ministerio contactar al equipo para iniciar una solicitud?', 'es', 'institutional-cooperation'], // a guard: the same on main
  ]);
});

// "Which countries", even of one region, asks for countries: the regions' answer does not name any.
describe('which countries of a region asks for the country list', () => {
  itLabels([
    ['¿Con qué países africanos han trabajado?', 'es', 'country-list'],
    ['Which countries in Africa do you work with?', 'en', 'country-list'],
    ['Which countries in Latin America have had Actions?', 'en', 'country-list'],
    ['¿Qué países de Asia participan?', 'es', 'country-list'], // a guard: the same on main
    ['Which regions do you work in?', 'en', 'regions'], // a guard: the same on main
  ]);
});

// After a statement, "MIEUX+, c'est quoi au juste ?" was read with it: MIEUX+'s name counted as a topic
// of its own beside "c'est quoi", so the phrase did not ask only what MIEUX+ does.
describe('"MIEUX+, what is it?" after a statement asks what MIEUX+ is', () => {
  itLabels([["Je suis tombé sur votre page par hasard. MIEUX+, c'est quoi au juste?", 'fr', 'about']]);
});

// "Lors de" (during) is a function word.
describe('"lors" names no topic', () => {
  itLabels([["J'aimerais comprendre ce que les experts apprennent lors de ces missions.", 'fr', 'mutual-learning']]);
});

// "Tout le monde" is everyone, not the world: "le programme dont tout le monde parle" got the regions.
describe('French "tout le monde" is everyone, not the regions of the world', () => {
  it.each(["C'est quoi ce MIEUX+ dont tout le monde parle ?", 'tout le monde me parle de MIEUX+, vous faites quoi ?'])('%j', (text) => {
    expect(label(text, 'fr')).not.toBe('regions');
  });
  itLabels([['Dans quelles régions du monde travaillez-vous ?', 'fr', 'regions']]); // a guard: the same on main
});

// A topic named on its own, then a question of a word or two: "is that something you work on" alone
// is a question about working with MIEUX+.
describe('a short question after a topic named on its own is about that topic', () => {
  itLabels([
    ['Brain drain. Is that something you work on?', 'en', 'area-migration-development'],
    ['La fuga de cerebros. ¿Eso lo trabajan?', 'es', 'area-migration-development'],
    ['Remittances. Do you cover that?', 'en', 'area-migration-development'], // a guard: the same on main
  ]);
});

// "Mobilisés" was a word of becoming an expert only ("comment les experts sont-ils mobilisés ?"):
// the figures entry has a phrasing with it now.
describe('how many experts were mobilised is a figure', () => {
  itLabels([["combien d'experts vous avez mobilisé", 'fr', 'figures']]);
});

// "Traite" after its subject is "deals with", not trafficking ("la traite des êtres humains").
describe('French "traite" after its subject is "deals with"', () => {
  itLabels([
    ['MIEUX+ traite-t-il des migrations de travail ?', 'fr', 'area-legal-migration'],
    ['La traite des êtres humains, vous travaillez dessus ?', 'fr', 'area-irregular-migration'], // a guard: the same on main
  ]);
});

describe('"what\'s in it for us" asks what one gains', () => {
  itLabels([
    ["what's in it for my ministry?", 'en', 'benefits'],
    ['whats in it for us if we join', 'en', 'benefits'],
  ]);
});

// Chat shortenings and idioms: "asso" is an association (outside public administration), "all day" no duration.
describe('"asso" is an association; "all day", "day job", "at the moment" are no durations', () => {
  itLabels([
    ['les assos peuvent-elles participer ?', 'fr', 'other-participants'],
    ['mon asso peut devenir partenaire ?', 'fr', 'other-participants'],
    ['what does an expert do all day?', 'en', 'become-expert'],
    // "At the moment" is now, no duration.
    ['are there any Actions happening at the moment?', 'en', 'current-status'],
    ['Is MIEUX+ active at the moment?', 'en', 'current-status'],
    ['¿Hay Acciones en este momento?', 'es', 'current-status'],
    // "The day job" is one's regular work.
    ['Would experts get paid, or is it part of the day job?', 'en', 'expert-pay'],
    ['Is the expert work done on top of the day job?', 'en', 'become-expert'],
  ]);
});

// A letter's request for information ("solicitar información acerca de…", "we would be grateful if you
// could outline…") did not open a question: the whole letter was read, and "solicitar" read as requesting an Action.
describe('a formal letter asks where it requests information', () => {
  itLabels([
    [
      'Estimados señores: en nombre de la Dirección de Migraciones de Lima me dirijo a ustedes a fin de solicitar información sobre quién financia la iniciativa MIEUX+. Sin otro particular, les saluda atentamente.',
      'es',
      'funding',
    ],
    ['Solicito información sobre las áreas de MIEUX+.', 'es', 'areas'],
    ['Quisiera solicitar información acerca de cómo participar en MIEUX+.', 'es', 'work-with-mieux'],
    [
      'Dear Sir or Madam, on behalf of the Department of Labour in Amman, we would be grateful if you could outline which regions MIEUX+ works in. Yours sincerely.',
      'en',
      'regions',
    ],
    [
      "Madame, Monsieur, la direction de l'émigration de Tunis a l'honneur de solliciter des informations sur les sources de financement de MIEUX+. Veuillez agréer nos salutations distinguées.",
      'fr',
      'funding',
    ],
    [
      'Muy señores míos: desde la Dirección de Extranjería les ruego tengan a bien indicarme si los expertos reciben alguna retribución.',
      'es',
      'expert-pay',
    ],
    [
      'Estimada señora: le agradecería que me indicara en qué regiones opera MIEUX+, dado el interés de nuestra consejería por el Sahel.',
      'es',
      'regions',
    ],
    [
      'Dear colleagues, I am a director at the Ministry of Home Affairs in Lusaka, handling border posts along the Zambezi. I wish to know whether our Ministry would pay anything for MIEUX+ support. Kindly do the needful.',
      'en',
      'institution-costs',
    ],
    // Not being clear on something asks it (a guard: the same on main).
    [
      'Hola, trabajo en la Junta. No me queda claro quién financia MIEUX+, con tantos nombres de organismos en el folleto.',
      'es',
      'funding',
    ],
    // Requesting an Action is still institutional cooperation (a guard: the same on main).
    ['¿Cómo puede un ministerio solicitar una Acción?', 'es', 'institutional-cooperation'],
  ]);
});

// The reason given after a question ("…, ya que estamos revisando nuestra ley") was read with it and
// made its answer fall below the bar.
describe('the reason given after a question is said, not asked', () => {
  itLabels([
    [
      '¿Trabajan en migración laboral, puesto que estamos redactando un decreto sobre temporeros agrícolas y cosechas?',
      'es',
      'area-legal-migration',
    ],
    [
      'Me gustaría saber si cubren la trata, ya que preparamos una reforma del código penal sobre explotación laboral.',
      'es',
      'area-irregular-migration',
    ],
    // What the reason says of the person still counts (a guard: the same on main).
    ['¿Puedo ser experto ya que estoy jubilado?', 'es', 'other-participants'],
  ]);
});

// "plus" joins two questions in English, so "MIEUX plus" was cut in two: "what MIEUX" (what it is) and the rest.
describe('"MIEUX plus" is the name', () => {
  itLabels([
    ['tell me what MIEUX plus has done so far', 'en', 'impact'],
    ['how does MIEUX plus share european know how', 'en', 'european-expertise'],
  ]);
});

describe('"contempla" asks whether it covers a topic', () => {
  itLabels([['¿El programa contempla la trata de personas?', 'es', 'area-irregular-migration']]);
});

// Organisations named with words of the knowledge base ("fronteras", "borders") were answered about MIEUX+'s borders area.
describe('organisations "without borders" are other subjects', () => {
  itLabels([
    ['Médicos Sin Fronteras, ¿trabaja en las fronteras?', 'es', 'none'],
    ['Médecins sans frontières travaille-t-il sur la gestion des frontières ?', 'fr', 'none'],
    ['MSF intervient dans quelles régions ?', 'fr', 'none'],
    ['Does Doctors Without Borders work at the borders?', 'en', 'none'], // a guard: the same on main
  ]);
});

// "News" and "recent" were no words of the knowledge base: a question about news was answered with what MIEUX+ is.
describe('recent news asks whether it still runs', () => {
  itLabels([
    ["what's the most recent news on MIEUX+ this year?", 'en', 'current-status'],
    ['Quelles sont les news de MIEUX+ ?', 'fr', 'current-status'],
    ['¿Hay novedades de MIEUX+?', 'es', 'current-status'], // a guard: the same on main
  ]);
});

// "Actuar" was the regions' word ("¿dónde actúa?"): acting as an expert is being one.
describe('acting as an expert is being one', () => {
  itLabels([
    ['¿Cómo puedo actuar como experta en una Acción?', 'es', 'become-expert'],
    ["Qui peut agir en tant qu'expert ?", 'fr', 'become-expert'],
  ]);
});

describe('"how long has it existed" asks since when', () => {
  itLabels([['Who runs MIEUX+ and how long has it existed?', 'en', 'funding+about']]);
});

// Ways of asking to be contacted that started no form.
describe('more requests to be contacted', () => {
  itLabels([
    ["On voudrait participer, quelqu'un pourrait nous appeler ?", 'fr', 'handoff'],
    ["Merci de demander à l'équipe de m'appeler.", 'fr', 'handoff'],
    ["vous me recontactez ? c'est pour une collaboration", 'fr', 'handoff'],
    ['Les ruego que el equipo de MIEUX+ se ponga en contacto con nuestro ministerio.', 'es', 'handoff'],
    // Asking how, it is answered (a guard: the same on main).
    ["Comment contacter l'équipe ?", 'fr', 'contact'],
  ]);
});

describe("more ways to ask about one's own papers", () => {
  itLabels([
    ['comment avoir un titre de séjour en Belgique ?', 'fr', 'personal'],
    ['How do I extend my residence permission in the UK?', 'en', 'personal'],
    ['Can I get leave to remain after my studies?', 'en', 'personal'],
  ]);
});

describe('"c\'est couver" is "c\'est couvert"; "actual" adds nothing', () => {
  itLabels([
    ["migration et santé, c'est couver par vos Actions ?", 'fr', 'area-horizontal'],
    ['ok so whats the actual aim here', 'en', 'objectives'],
  ]);
});

// Named by its country, a Member State was any country: what it gains got the country list or nothing (memberStates.ts).
describe('what a Member State named by its country gains is the benefits', () => {
  itLabels([
    ['¿Qué gana Italia con esto?', 'es', 'benefits'],
    ['¿Y a Francia qué le aporta participar?', 'es', 'benefits'],
    ['what does Germany get out of it', 'en', 'benefits'],
    ['how does Ireland benefit from taking part', 'en', 'benefits'],
    ['Quel intérêt pour la Belgique de participer ?', 'fr', 'benefits'],
    ["qu'est-ce que la France y gagne ?", 'fr', 'benefits'],
    // What taking part is good for (memberStates.ts "a quoi pour", "le sirve a").
    ['ça sert à quoi pour la Belgique de participer ?', 'fr', 'benefits'],
    ['¿para qué le sirve a Portugal participar en esto?', 'es', 'benefits'],
    // Whether it is one of the Member States is still the country list, and what a country does is still not our subject (guards: the same on main).
    ['¿España es uno de los Estados miembros de MIEUX+?', 'es', 'country-list'],
    ['How does France handle asylum?', 'en', 'none'],
    // The first version read any "qu'est-ce que la…", "… gagne", "… benefit from" so: these got an answer about MIEUX+.
    ["Qu'est-ce que la France fait contre la traite ?", 'fr', 'none'],
    ['La France gagne la Coupe du monde ?', 'fr', 'none'],
    ['Does Spain benefit from tourism?', 'en', 'none'],
  ]);
});

// A word that stands for anything ("this thing") was counted among the words of the question, so
// one unknown word ("dead") was enough to leave it unanswered.
describe('"thing", "stuff", "truc" count neither for nor against an answer', () => {
  itLabels([['is this thing still running or dead', 'en', 'current-status']]);
});

// Asking how to say something in a language asks for a translation (conversation.yaml tasks).
describe('"how do you say … in …" asks for a translation', () => {
  itLabels([
    ['how do you say good night in georgian', 'en', 'none'],
    ['how do you say expert in spanish', 'en', 'none'],
    ['¿Cómo se dice experto en francés?', 'es', 'none'],
    ['comment on dit frontière en anglais ?', 'fr', 'none'],
  ]);
});

describe('putting oneself forward is applying', () => {
  itLabels([
    ['whens the deadline to put my name forward as an expert', 'en', 'application-process'],
    ['can I put myself forward as an expert?', 'en', 'application-process'],
    ['can I apply to be an expert?', 'en', 'application-process'], // a guard: the same on main
  ]);
});

// A second question joined by "et", "y", "and" that opens with an inverted or declarative French verb
// ("sont-elles", "c'est encore", "vous avez"), or with Spanish "se les paga", "se cobra", did not count
// as asking again: the whole message went to the stronger half alone.
describe('a second joined question is asked too', () => {
  itLabels([
    ["Combien d'experts ont été déployés et sont-ils bénévoles ?", 'fr', 'figures+expert-pay'],
    ["Qu'apprennent les experts, et sont-ils payés ?", 'fr', 'mutual-learning+expert-pay'],
    ["c'est quoi mieux+ et c'est toujours en cours ?", 'fr', 'about+current-status'],
    ["c'est quoi MIEUX+ et vous avez un site ?", 'fr', 'about+contact'],
    ['¿Cuántos expertos hay y se les paga?', 'es', 'figures+expert-pay'],
    ['¿Qué hace un experto y se cobra algo?', 'es', 'become-expert+expert-pay'],
    ['what regions do you cover and what is the overall budget?', 'en', 'regions+budget'],
    // Asked once, the stronger question alone (a guard: the same on main).
    ['¿Quién financia MIEUX+ y si se paga a los expertos?', 'es', 'funding+expert-pay'],
  ]);
});

// Which countries of one region got the regions or what partner countries get: it asks for the countries.
describe('which countries of a region asks for the country list', () => {
  itLabels([
    ['Which African countries got support from MIEUX+?', 'en', 'country-list'],
    ["Quels pays d'Afrique ont bénéficié de MIEUX+ ?", 'fr', 'country-list'],
    ["Quels pays asiatiques bénéficient de l'appui ?", 'fr', 'country-list'],
    // Which countries can benefit, with no region, asks what partner countries get (a guard: the same on main).
    ['Quels pays bénéficient de MIEUX+ ?', 'fr', 'partner-countries'],
  ]);
});

// "Run" is also a word of other subjects ("running shoes"), so "who runs it?" was not answered.
describe('who runs it asks who implements it', () => {
  itLabels([
    ['who runs it?', 'en', 'funding'],
    ['so who is running this?', 'en', 'funding'],
    ['who runs the marathon in Berlin?', 'en', 'none'], // a guard: the same on main
  ]);
});

// "Team Europa" (half English) was an unknown word, and "no entiendo" an unknown topic beside the one asked.
describe('"team europa" is Equipo Europa; not understanding something asks about it', () => {
  itLabels([
    ['lo de team europa, ¿qué significa?', 'es', 'team-europe'],
    ['la verdad no entiendo lo del aprendizaje mutuo', 'es', 'mutual-learning'],
    ['no comprendo quién financia MIEUX+', 'es', 'funding'], // a guard: the same on main
  ]);
});

// Comparing MIEUX+ with another programme ("Erasmus", "TAIEX", names the knowledge base never uses)
// made the question about that programme, and it was not answered.
describe('"is it like Erasmus?" asks what MIEUX+ is', () => {
  itLabels([
    ['Is it similar to TAIEX?', 'en', 'about'],
    ['is it kind of like Erasmus for police officers?', 'en', 'about'],
    ['¿Es algo como Erasmus para policías?', 'es', 'about'],
    ["C'est un peu comme TAIEX ?", 'fr', 'about'],
    // Comparing two other programmes is not about MIEUX+ (guards: the same on main).
    ['¿Erasmus es como Fulbright?', 'es', 'none'],
    ['which languages are spoken in Erasmus?', 'en', 'none'],
  ]);
});

describe('still more requests to be contacted, papers and words', () => {
  itLabels([
    ["Quelqu'un de chez vous peut nous écrire ? On veut participer.", 'fr', 'handoff'],
    ['Pouvez-vous me téléphoner demain ?', 'fr', 'handoff'],
    ['Could someone from your team write to me? I want to join.', 'en', 'handoff'],
    ['Les ruego que me comuniquen con alguien del equipo.', 'es', 'handoff'],
    ['que alguien de ustedes me contacte porfa', 'es', 'handoff'],
    ['mon annexe 35 arrive à échéance, je fais quoi ?', 'fr', 'personal'],
    // The EU Pact on Migration and Asylum is a policy, not one's own asylum claim.
    ["J'aimerais comprendre le lien entre MIEUX+ et le Pacte sur la migration et l'asile.", 'fr', 'objectives'],
    // Mexican "chambear" is to work; a Member State "y gagne" (gains).
    ['oigan, ¿en qué regiones chambean?', 'es', 'regions'],
    ['Le Luxembourg, il y gagne quoi ?', 'fr', 'benefits'],
  ]);
});

// "What is MIEUX+?" after a statement was read with the statement's words ("un tuit", "LinkedIn",
// "Reddit"): it got the contact details, a "did you mean" or nothing.
describe('"what is MIEUX+?" after any statement asks what MIEUX+ is', () => {
  itLabels([
    ['Lo vi en un tuit de alguien que no conozco. ¿Qué es MIEUX+?', 'es', 'about'],
    ['Me llegó un enlace por Telegram. ¿qué es mieux?', 'es', 'about'],
    ["Je suis tombé dessus sur LinkedIn, aucune idée. C'est quoi MIEUX+ ?", 'fr', 'about'],
    ['Saw this on Reddit, no clue. What is MIEUX+?', 'en', 'about'],
    // After a topic named in a few words, it asks about that topic (a guard: the same on main).
    ["le but du jeu, c'est quoi avec MIEUX+ ?", 'fr', 'objectives'],
  ]);
});

// One word the knowledge base never uses made any one-word question "about something else": "gens",
// "ven", "yes or no". A winner every view is sure of (Tuning.sureDespiteOtherWord) is answered.
describe('one other word does not hide a question every view is sure of', () => {
  itLabels([
    ['la trata de personas, ¿eso lo ven ustedes?', 'es', 'area-irregular-migration'],
    ['remittances, yes or no?', 'en', 'area-migration-development'],
    // "Ación" is a word too (a stirrup strap): typed for "acción", it was another topic.
    ['cuánto dura una acion', 'es', 'action-duration'],
    // Guards (the same on main): a country's name keeps it a question about that country; weather is no duration.
    ['¿Cuál es la capital de Eslovenia?', 'es', 'none'],
    ["what's the weather like in Brussels this week", 'en', 'none'],
    ['des témoignages de gens qui y ont participé ?', 'fr', 'testimonial'],
  ]);
});

// "A or B?" was split in two when the halves found different answers, though the whole found one of
// them: "just Europe" alone is Team Europe, "el trabajo de experto" alone is becoming one.
describe('an alternative whose whole finds one of its halves is one question', () => {
  itLabels([
    ['do you work in africa and asia, or only in europe?', 'en', 'regions'],
    ['are partner countries only taught, or do your experts learn from them too?', 'en', 'mutual-learning'],
    ['¿El trabajo del experto es a distancia o hay que viajar al país socio?', 'es', 'remote-work'],
    // A guard (the same on main).
    ["c'est en ligne ou il faut se déplacer ?", 'fr', 'remote-work'],
  ]);
});

// From blind-dev14 (read): phrasings of the fresh set's kinds, written anew.
describe('hedges, "in what way", translations, readiness to join, Cuban and French greetings', () => {
  itLabels([
    // "Let me guess", "supongo", "je suppose": the words people wrap a statement-question in.
    ['let me guess, the experts are not paid?', 'en', 'expert-pay'],
    // "In what way?" and « de quelle façon » ask how, not about the ways of working with MIEUX+.
    ["It's linked to the SDGs, I read. In what way?", 'en', 'objectives'],
    ['De quelle façon MIEUX+ fait-il connaître les standards européens ?', 'fr', 'european-expertise'],
    // A translation is a task, not a question about a country or a language.
    ["translate 'hello' to Georgian", 'en', 'none'],
    ["translate 'welcome' into Armenian", 'en', 'none'], // a guard: the same on main
    ['traduce «migración laboral» al francés', 'es', 'none'],
    // "Fiancer" (to betroth) typed for "financer"; « au mieux » before what it qualifies is the word.
    ['qui fiance ce programme ?', 'fr', 'funding'],
    ['comment gérer au mieux mon stress ?', 'fr', 'none'],
    // Ready to join, and asking the team to call the office or to pass one's details on.
    ["I'm ready to join as an expert", 'en', 'handoff'],
    ['estoy dispuesta a participar como experta', 'es', 'handoff'],
    ['Queremos que una persona del equipo se comunique con nuestra oficina.', 'es', 'handoff'],
    ['Je suis prête à participer à une Action, faites suivre mes coordonnées.', 'fr', 'handoff'],
    ['no tengo papele, como me regularizo', 'es', 'personal'],
    ['que bola', 'es', 'smallTalk'],
    ['Bonjour, tu vas bien ?', 'fr', 'smallTalk'],
  ]);
});

// "…if I want to be an expert" states a condition: it asks how, it does not ask to start.
describe('a wish inside an "if" clause is no request to be put in touch', () => {
  itLabels([
    ['Is there a form I must fill in if I want to join as an expert?', 'en', 'application-process'],
    ['¿Hay algún formulario si quiero ser experta?', 'es', 'application-process'],
    // Guards (the same on main): the wish said plainly.
    ['I want to be an expert', 'en', 'handoff'],
    ['quiero ser experta', 'es', 'handoff'],
    ['je veux devenir expert', 'fr', 'handoff'],
  ]);
});

// i18n-iso-countries gives some countries only an official name ("Moldova, Republic of", "República
// Árabe Siria") or none people type ("Tanzanie"): the question was not about a country.
describe('countries by the names people type', () => {
  itLabels([
    ['do you guys work in syria', 'en', 'country-list'],
    ['is MIEUX+ active in Laos?', 'en', 'country-list'],
    ['¿trabajan en Siria?', 'es', 'country-list'],
    ['vous intervenez en Tanzanie ?', 'fr', 'country-list'],
    // A guard (the same on main): another subject about that country.
    ['what is the capital of Moldova?', 'en', 'none'],
  ]);
});

// "Are we talking about" came only in a budget phrasing ("what kind of money are we talking about"):
// "how many Actions are we talking about?" found the budget.
describe('"are we talking about" names no topic', () => {
  itLabels([
    ['How many Actions are we talking about?', 'en', 'figures'],
    ['¿De cuántos expertos estamos hablando?', 'es', 'figures'],
    // Guards (the same on main).
    ['what sort of money are we talking about', 'en', 'budget'],
    ["On parle de combien d'Actions ?", 'fr', 'figures'],
  ]);
});

// The words that say who asks ("maître de conférences à l'université") counted as another topic, so
// the question was "about something else" before the outsider's answer could be given.
describe('the words describing who asks are no other topic', () => {
  itLabels([
    ["je suis maître de conférences à l'université, je peux être expert ?", 'fr', 'other-participants'],
    // Guards (the same on main).
    ['¿Una investigadora universitaria puede participar como experta?', 'es', 'other-participants'],
    ['¿cuánto gana un abogado en España?', 'es', 'none'],
  ]);
});

// More of what people type to the bot, from the development sets' misses (written anew).
describe('"right?" tags, signing a unit up, formal requests to be contacted, more small talk and papers', () => {
  itLabels([
    // "…, right?" asks for a yes; "right" names no topic (a stop word).
    ['So the EU pays for all this, right?', 'en', 'funding'],
    ['sign our team up please', 'en', 'handoff'],
    ['Solicito que un representante del equipo se comunique con esta oficina.', 'es', 'handoff'],
    ['What kind of things can you help me with?', 'en', 'smallTalk'],
    ['right, bye then', 'en', 'smallTalk'],
    ['nada más por hoy, gracias', 'es', 'smallTalk'],
    ['bonjour, on dit quoi ?', 'fr', 'smallTalk'],
    ['my permesso di soggiorno is late, what do I do?', 'en', 'personal'],
    ['busco cita para la toma de huellas en Madrid', 'es', 'personal'],
    // Guards (the same on main): asking how to sign up is answered; so is a tag question about costs.
    ["it's free for ministries, right?", 'en', 'institution-costs'],
  ]);
});

// Text speak: "n" for "and", "wats" for "what's"; "know-how" split into "know" and "how" asked a second question.
describe('"n", "wats" and "know-how"', () => {
  itLabels([
    ['how many experts r there n whats the budget', 'en', 'figures+budget'],
    ['u work in asia? and wats ur email', 'en', 'regions+contact'],
    ['do you share EU standards and know-how abroad?', 'en', 'european-expertise'],
  ]);
});

// A name after "from", "desde", "depuis" says where the person writes from, not what the question is about.
describe('where the person writes from names no other subject', () => {
  itLabels([
    ['can experts work remotely from Lisbon?', 'en', 'remote-work'],
    ['¿se puede hacer a distancia desde Quito?', 'es', 'remote-work'],
    // Guards (the same on main): a name the question is about.
    ['Who funds Wikipedia?', 'en', 'none'],
    ['How much do experts earn at Deloitte?', 'en', 'none'],
  ]);
});

describe('"what is this MIEUX+ everyone talks about?" asks what MIEUX+ is', () => {
  itLabels([
    ["c'est quoi ce MIEUX+ dont parle mon chef ?", 'fr', 'about'],
    ['¿qué es ese MIEUX+ del que todos hablan en la oficina?', 'es', 'about'],
    ["what's this MIEUX+ that my boss keeps mentioning?", 'en', 'about'],
    // A guard (the same on main): elsewhere "que" after the name opens no clause.
    ['¿Cómo ayuda MIEUX+ a que se conozcan las normas europeas?', 'es', 'european-expertise'],
  ]);
});

// "On the ground" is a word of the remote-work phrasings ("Are deployments on the ground?"): what
// experts do there is the expert route. "Flic" is French for a police officer. (In Spanish and French,
// a phrasing with "sobre el terreno" / « sur le terrain » pulled questions about travel: see below.)
describe('what experts do on the ground; a French "flic"', () => {
  itLabels([
    ['What do experts actually do on the ground?', 'en', 'become-expert'],
    ['je suis flic, je peux être expert ?', 'fr', 'become-expert'],
    // A guard (the same on main).
    ['Que font concrètement les experts ?', 'fr', 'become-expert'],
  ]);
});

// "Por amor al arte" and "pro bono" say unpaid: asked of experts, they ask about pay.
describe('idioms of unpaid work ask whether experts are paid', () => {
  itLabels([
    ['¿Los expertos cobran o lo hacen por amor al arte?', 'es', 'expert-pay'],
    ['do experts work pro bono?', 'en', 'expert-pay'],
  ]);
});

// The words people wrap a question in ("out of curiosity", "an explanation of", "I should be aware of")
// counted as another topic's: the question was "about something else".
describe('curiosity, explanations and awareness name no topic', () => {
  itLabels([
    ['I teach geography at a high school. Can you give me a simple explanation of what MIEUX+ is?', 'en', 'about'],
    ['I came across MIEUX+ in our newsletter. Out of curiosity, who is paying for it?', 'en', 'funding'],
    ['Is there an application procedure I should be aware of?', 'en', 'application-process'],
    // Guards (the same on main).
    ['por curiosidad, ¿quién financia MIEUX+?', 'es', 'funding'],
    ['par curiosité, qui finance MIEUX+ ?', 'fr', 'funding'],
  ]);
});

// "Dirección de correo" is an e-mail address and "dirigirse a" is writing to someone: both found
// who directs MIEUX+ ("Dirección General", "dirige").
describe('Spanish "dirección de correo" and "dirigirse a" ask where to write', () => {
  itLabels([
    ['¿A qué dirección de correo electrónico debemos dirigirla?', 'es', 'contact'],
    ['¿A quién debo dirigirme para participar?', 'es', 'contact'],
    // A guard (the same on main).
    ['¿Quién dirige MIEUX+?', 'es', 'funding'],
  ]);
});

// Found by blind-dev16, regressions of this session's own changes: "Siri" read as a misspelt "Siria"
// (a country name added in 1cc3f54), and "sobre el terreno" in a become-expert phrasing (98117eb)
// pulling a question about working online.
describe('voice assistants are other subjects; "sobre el terreno" stays a question of travel', () => {
  itLabels([
    ['siri cuántas acciones ha hecho mieux', 'es', 'figures'],
    [
      'Me cuesta mucho viajar. Me atrae MIEUX+, pero ¿se puede colaborar en línea o las Acciones son siempre sobre el terreno?',
      'es',
      'remote-work',
    ],
  ]);
});

// From blind-dev16 (read): phrasings of its kinds, written anew.
describe('verlan and French slang, "au total", "traité par", a Visa card; Latin American and Caribbean words', () => {
  itLabels([
    ['Ma carte Visa ne marche plus, que faire ?', 'fr', 'none'],
    ['combien d’experts au total ?', 'fr', 'figures'],
    ['kel est le bu du programme', 'fr', 'objectives'],
    ['y a combien de thunes pour ce programme ?', 'fr', 'budget'],
    ['jsuis chaud, faites-moi entrer dans les experts', 'fr', 'handoff'],
    ['Comment vous pouvez m’aider ?', 'fr', 'smallTalk'],
    ['¿y quién paga este tinglado?', 'es', 'funding'],
    ['ideay, ¿dónde trabajan?', 'es', 'regions'],
    ['gracias mija', 'es', 'smallTalk'],
    ['cheers bestie', 'en', 'smallTalk'],
    ['gotta run', 'en', 'smallTalk'],
    // Guards (the same on main).
    ['La santé des migrants est-elle un sujet traité par MIEUX+ ?', 'fr', 'area-horizontal'],
    ['whats the email for allyuh', 'en', 'contact'],
  ]);
});

// "+" and "&" between words, currency signs, "wha's": typed signs and text speak.
describe('"+", "&" and "€" typed for words', () => {
  itLabels([
    ["quick q: which regions do you cover + what's your email", 'en', 'regions+contact'],
    ['¿en qué regiones trabajan & cuál es su correo?', 'es', 'regions+contact'],
    ['how many € does mieux+ spend each year', 'en', 'budget'], // a guard: the same on main
  ]);
});

// How long MIEUX+ has existed asks since when, also inside another question, not how long an Action lasts.
describe('"how long it has existed" asks since when', () => {
  itLabels([
    ['Could you tell me what MIEUX+ is and how long it has existed?', 'en', 'about'],
    ['¿cuánto tiempo lleva funcionando MIEUX+?', 'es', 'about'],
  ]);
});

// A task asked for is not answered ("translate …"); one mentioned in the story before the question is
// no request (found by blind-dev16 after "translate" joined the tasks in 3bd1d82).
describe('a task named in the story before the question is no request for it', () => {
  itLabels([
    [
      'My seminar asks how EU instruments translate global commitments into practice. How does MIEUX+ relate to SDG target 10.7?',
      'en',
      'objectives',
    ],
    // Guards: the task asked in the question.
    ["translate 'hello' to Georgian", 'en', 'none'],
    ['Escribe un poema sobre el cambio climático', 'es', 'none'],
  ]);
});

// An area's name joins its words with "y", "and", "et": one topic, not two joined questions
// ("migration and health" was read "migration" — legal migration — and "health").
describe('an area named with "and" is one topic', () => {
  itLabels([
    ['Do you work on migration and health, and on diaspora engagement?', 'en', 'area-horizontal+area-migration-development'],
    [
      'Estoy haciendo una tesis sobre remesas. Quería preguntar si MIEUX+ trabaja ese tema de migración y desarrollo.',
      'es',
      'area-migration-development',
    ],
    // Guards (the same on main).
    ['vous faites de la migration et santé ?', 'fr', 'area-horizontal'],
    ['Do you cover irregular migration and trafficking?', 'en', 'area-irregular-migration'],
  ]);
});

// The words people call each other by ("chamo", "parce", "bro", « khouya ») name no topic.
describe('vocatives name no topic', () => {
  itLabels([
    ['chamo, ¿cuál es el correo?', 'es', 'contact'],
    ['bro who funds this', 'en', 'funding'],
    ['salam khouya, vous travaillez dans quelles régions ?', 'fr', 'regions'], // a guard: the same on main
  ]);
});

// People who describe their work on others' cases before asking about MIEUX+ got the personal-case answer.
describe('work on other people’s cases, told before a question, is no personal case', () => {
  itLabels([
    ['Estoy preparando un informe sobre asilo y necesito saber quién financia MIEUX+.', 'es', 'funding'],
    ["Je suis greffière au tribunal administratif et je vois passer des recours d'asile. Qui finance MIEUX+ ?", 'fr', 'funding'],
    // A guard (the same on main).
    ['Me denegaron el asilo, necesito ayuda', 'es', 'personal'],
  ]);
});

// The time of day is no duration and a city's climate no climate change (typed in lower case, the
// city is no name to make the question about something else).
describe('the time of day and the weather are other subjects', () => {
  itLabels([
    ['what time is it in seoul', 'en', 'none'],
    ['whats the climate like in lagos in june', 'en', 'none'],
  ]);
});

// « Accompagner » came only in a phrasing about how long experts accompany a country: it is support.
describe('French « accompagner » is support, not a duration', () => {
  itLabels([
    ['Sur quels thèmes MIEUX+ accompagne-t-il les ministères ?', 'fr', 'areas'],
    // Guards (the same on main).
    ['Pendant combien de temps les experts nous accompagnent-ils ?', 'fr', 'action-duration'],
    ['Vous accompagnez des projets sur la santé des migrants ?', 'fr', 'area-horizontal'],
  ]);
});

// What ICMPD does in MIEUX+ is who implements it (one more phrasing per language; "rol" is "papel").
describe('the role of ICMPD is who implements MIEUX+', () => {
  itLabels([
    ['¿Qué rol cumple el ICMPD en esta iniciativa?', 'es', 'funding'],
    // Guards (the same on main).
    ['What is the exact role of ICMPD in this initiative?', 'en', 'funding'],
    ["Quel rôle exact a l'ICMPD dans le programme ?", 'fr', 'funding'],
  ]);
});

// A fortnight is a duration. Not "days" ("Good day"), nor Spanish "días" ("Buenos días"), tried.
describe('"a fortnight" asks how long', () => {
  itLabels([['would a deployment be a fortnight or more?', 'en', 'action-duration']]);
});

// "A country like ours" is a partner country asking; it got the country list (which countries take part).
describe('what MIEUX+ does for "a country like ours" is what partner countries get', () => {
  itLabels([
    ['What can MIEUX+ do for a country like ours?', 'en', 'partner-countries'],
    ['¿Qué puede hacer MIEUX+ por un país como el nuestro?', 'es', 'partner-countries'],
    ['MIEUX+ peut faire quoi pour un pays comme le nôtre ?', 'fr', 'partner-countries'],
    // … and what it offers "an administration like ours" (not in Spanish: it took a question about costs).
    ["Qu'est-ce que MIEUX+ peut offrir à une administration comme la nôtre ?", 'fr', 'partner-countries'],
    ['What can MIEUX+ offer an institution like ours?', 'en', 'partner-countries'],
  ]);
});

describe('French « présent en » asks where MIEUX+ works', () => {
  itLabels([
    ['MIEUX+ est présent en Asie aussi ?', 'fr', 'regions'],
    ['MIEUX+ a-t-il une présence en Asie ?', 'fr', 'regions'], // a guard: the same on main
  ]);
});

describe('more greetings and words for money in English', () => {
  itLabels([
    ['howzit!', 'en', 'smallTalk'],
    ['kia ora', 'en', 'smallTalk'],
    ['how much dosh does mieux have', 'en', 'budget'],
  ]);
});

// From blind-dev15, read after the session's final measure: phrasings of its kinds, written anew.
describe('« genre », « du coup », « limpact »; asking for the address is no hand-off; files one deals with', () => {
  itLabels([
    ['du coup on peut collaborer avec vous comment ?', 'fr', 'work-with-mieux'],
    ['quel est limpact de mieux+', 'fr', 'impact'],
    ["Je voudrais demander l'adresse de contact, vous l'avez ?", 'fr', 'contact'],
    ["Quelqu'un de chez vous pourrait m'écrire ? On a un projet.", 'fr', 'handoff'],
    ["tu peux m'aider sur quoi exactement ?", 'fr', 'smallTalk'],
    ['I deal with asylum files every day. Out of curiosity, who pays for MIEUX+?', 'en', 'funding'],
    ['We need help with border and visa management. Could someone contact us?', 'en', 'handoff'],
    ['Who is able to request an Action in the first place?', 'en', 'institutional-cooperation'],
    // A guard (the same on main).
    ['genre qui finance tout ça ?', 'fr', 'funding'],
  ]);
});

// "q" for "que" after a Member State's name: the word rewrites make one pass, so the gain phrase needs its own form.
describe('a Member State\'s gain asked with "q" for "que"', () => {
  itLabels([['y a portugal q le aporta esto', 'es', 'benefits']]);
});

// Nationality through marriage is one's own case, asked impersonally ("quand on est marié à…").
describe('nationality through marriage is a personal case', () => {
  itLabels([
    ['¿Cómo pedir la nacionalidad española si estoy casada con un español?', 'es', 'personal'],
    ['How do you get citizenship when married to an Italian?', 'en', 'personal'],
    ['Comment obtenir la nationalité belge quand on est marié à une Belge ?', 'fr', 'personal'], // a guard: the same on main
  ]);
});

// One area asked as part of "your areas" asks about that area ("as a thematic area" found all of them).
describe('one area asked as part of "your areas" is about that area', () => {
  itLabels([
    ['Does MIEUX+ cover remittances as a thematic area?', 'en', 'area-migration-development'],
    // Guards (the same on main).
    ['¿La trata forma parte de sus temas?', 'es', 'area-irregular-migration'],
    ['Is climate change one of your thematic areas?', 'en', 'area-horizontal'],
  ]);
});

describe('"¿y eso desde cuándo?"; « cest », « lodd »', () => {
  itLabels([
    ['¿y esto desde cuándo?', 'es', 'about'],
    ['cest quoi le lien avec lodd', 'fr', 'objectives'],
  ]);
});

describe('daily allowances; greetings and thanks of Luxembourg, Haiti, Senegal, Brittany, Belgium', () => {
  itLabels([
    ['Des indemnités journalières sont-elles prévues pour les experts ?', 'fr', 'expert-pay'],
    ['Moien !', 'fr', 'smallTalk'],
    ['Mèsi anpil !', 'fr', 'smallTalk'],
    ['Kenavo !', 'fr', 'smallTalk'],
  ]);
});

// Québec "bedon" (or else) names no topic.
describe('Québec « bedon »', () => {
  itLabels([["Vous êtes financés par l'Europe ou bedon par quelqu'un d'autre ?", 'fr', 'funding']]);
});

// Other words for the brochure ("leaflet", "díptico", « dépliant »).
describe('other words for the brochure', () => {
  itLabels([
    ['what did the lady in the leaflet say about being an expert?', 'en', 'testimonial'],
    // Guards (the same on main).
    ['¿qué dice la funcionaria del díptico?', 'es', 'testimonial'],
    ["Que dit l'experte citée dans le dépliant ?", 'fr', 'testimonial'],
  ]);
});

// "Mon titre de séjour... non pardon, …": a personal case someone takes back is no personal case.
describe('what someone takes back is not read', () => {
  itLabels([
    ['My asylum claim... scratch that, do you work on asylum policy?', 'en', 'area-international-protection'],
    ['Mon titre de séjour... non pardon, est-ce que vous travaillez sur les visas ?', 'fr', 'area-irregular-migration'],
    ['Mi permiso de residencia... no, espera, ¿trabajan ustedes en protección internacional?', 'es', 'area-international-protection'], // a guard (the same on main)
  ]);
});

// An auditor's "working papers" are no immigration papers (conversation.yaml personalCase notWhen).
describe("an auditor's working papers are no personal case", () => {
  itLabels([
    ["I'm preparing our working papers for the audit. What is the budget of MIEUX+?", 'en', 'budget'],
    ['Je suis auditeur et je prépare les papiers de travail de notre mission : quel est le budget de MIEUX+ ?', 'fr', 'budget'],
    ['Soy auditora del Tribunal de Cuentas y reviso papeles de trabajo: ¿cuál es el presupuesto de MIEUX+?', 'es', 'budget'], // a guard (the same on main)
  ]);
});

describe('a thing named just before "c\'est quoi" is what is asked about', () => {
  itLabels([
    ["le but de MIEUX+ c'est quoi au juste", 'fr', 'objectives'],
    ["les objectifs de mieux c'est quoi", 'fr', 'objectives'],
  ]);
});

// "Hello from Ghana! What is MIEUX+?": where someone writes from is said, not asked (countryNames.ts FROM_COUNTRY).
describe('where someone writes from, or a country named as an example, is no question about that country', () => {
  itLabels([
    ['Hello from Ghana! What is MIEUX+?', 'en', 'about'],
    ['hola desde Guatemala, ¿qué es MIEUX+?', 'es', 'about'],
    ["je suis de Côte d'Ivoire, vous faites quoi ?", 'fr', 'about'],
    // A country named as an example of the partner countries (countryNames.ts EXAMPLE_COUNTRY).
    ["Qu'est-ce que MIEUX+ peut offrir à un pays partenaire comme le Mali ?", 'fr', 'partner-countries'],
    ['What can MIEUX+ offer a country like Ghana?', 'en', 'partner-countries'],
    ['¿Qué ofrece MIEUX+ a países socios como Honduras?', 'es', 'partner-countries'],
    // A country asked about stays asked about (guards: the same on main).
    ['Are there any experts from Spain?', 'en', 'country-list'],
    ['Soy de Guatemala. ¿Trabajan en mi país?', 'es', 'country-list'],
  ]);
});

// "¿Un Estado miembro puede contactar…?" asks what a Member State can do; it is no request (conversation.yaml handoff notWhen).
describe('asking whether a Member State or a ministry can contact the team is answered, not a hand-off', () => {
  itLabels([
    ['¿Un Estado miembro puede escribir al equipo de MIEUX+ para proponer una Acción?', 'es', 'institutional-cooperation'], // a guard (the same on main)
    ['A ministry can contact the team to start a request, right?', 'en', 'institutional-cooperation'],
  ]);
});

// « Votre affaire » is MIEUX+ itself, said as « votre truc » (everydayPhrases.ts), not its areas.
describe('« votre affaire » stands for MIEUX+', () => {
  itLabels([
    ["C'est quoi votre affaire de MIEUX+ ?", 'fr', 'about'],
    ["votre affaire, elle travaille sur l'intégration des immigrés ?", 'fr', 'area-legal-migration'], // a guard (the same on main)
    ['pis ça a donné quoi depuis le début, votre affaire ?', 'fr', 'impact'],
  ]);
});

// A fact of a country itself is no question about the countries MIEUX+ works with (conversation.yaml otherSubjects.countryFacts).
describe('what is asked of a country itself is not answered with the country list', () => {
  itLabels([
    ['¿Cuántos habitantes tiene Bolivia?', 'es', 'none'], // a guard (the same on main)
    ['What is the population of Ghana?', 'en', 'none'],
    ['Which countries share a border with Niger?', 'en', 'none'],
    ['Quelle est la capitale du Bénin ?', 'fr', 'none'], // a guard (the same on main)
    // Asked of MIEUX+'s work, a country is still the country list (guards: the same on main).
    ['Do you work in Ghana?', 'en', 'country-list'],
    ['¿Trabajan ustedes en la frontera con Libia?', 'es', 'area-irregular-migration'],
  ]);
});

// "Travel and hotel" is one cost, not two questions (everydayPhrases.ts).
describe('travel and a hotel are one cost', () => {
  itLabels([
    ['Would my travel and hotel be paid if I joined a mission?', 'en', 'expert-pay'],
    ['¿Me cubren viaje y hotel si voy a una misión?', 'es', 'expert-pay'], // a guard (the same on main)
    ["Le voyage et l'hébergement des experts sont-ils payés ?", 'fr', 'expert-pay'], // a guard (the same on main)
    // Any two of a trip's costs, in either order (everydayPhrases.ts travelCosts).
    ['Como experta, ¿me pagan el alojamiento y el viaje?', 'es', 'expert-pay'],
    ["En tant qu'expert, on me paie le transport et les repas ?", 'fr', 'expert-pay'], // a guard (the same on main)
  ]);
});

// "What is X and what has it got to do with MIEUX+?" asks about X, of MIEUX+: no second answer (questionWords.ts relating).
describe('asking how what was just asked relates to MIEUX+ adds no answer of its own', () => {
  itLabels([
    ['What is the Team Europe approach and what does it have to do with MIEUX+?', 'en', 'team-europe'],
    ["team europe? what's that got to do with mieux", 'en', 'team-europe'],
    ['Equipo Europa, ¿eso qué es? ¿Qué pinta MIEUX+ ahí?', 'es', 'team-europe'],
    ["C'est quoi l'ICMPD ? Quel rapport avec MIEUX+ ?", 'fr', 'funding'], // a guard (the same on main)
  ]);
});

// "An Irish ministry" is a Member State's (memberStates.ts MEMBER_STATE_INSTITUTIONS), not an unknown name.
describe("a Member State's institution named by its adjective is a Member State's", () => {
  itLabels([
    ['Can a Polish ministry propose an Action together with a partner country?', 'en', 'institutional-cooperation'],
    ['¿Un ministerio polaco puede pedir una Acción?', 'es', 'institutional-cooperation'], // a guard (the same on main)
    ['Un ministère belge peut-il lancer une Action avec un pays partenaire ?', 'fr', 'institutional-cooperation'], // a guard (the same on main)
    // The brochure quotes an official of the Spanish ministry: asked by that name, it is her testimony (a guard).
    ['la dame du ministère espagnol, elle raconte quoi dans la brochure ?', 'fr', 'testimonial'],
  ]);
});

// "¿…? ¿Y pagan algo?": a question that goes on from the one before ("y", "and", "et") and finds nothing by
// itself is read as the second half of a question joined to it.
describe('a question that goes on from the one before is read with its subject', () => {
  itLabels([
    ['¿Hay que hablar inglés para ser experto? ¿Y pagan algo?', 'es', 'languages-required+expert-pay'],
    ['Do experts need to speak English? And do they get paid?', 'en', 'languages-required+expert-pay'], // a guard (the same on main)
    // Read with the first question, it would only find the first again: nothing is added (a guard).
    ['¿Quién financia MIEUX+? ¿Y qué hace?', 'es', 'funding'],
  ]);
});

// "¿Dónde…?" with a web page was read as another web question (the out-of-scope examples have one).
describe('where to find the website is the contact', () => {
  itLabels([
    ['¿Dónde puedo ver su página web?', 'es', 'contact'],
    ['¿Siguen activos? ¿Dónde está su página web?', 'es', 'current-status+contact'], // a guard (the same on main)
  ]);
});

// "…y saber si…", "…y también saber cuánto…": a second request for information opens a question.
describe('"saber si", "saber cuánto" after a first request open a second question', () => {
  itLabels([['Necesito el correo y saber cuánto dura una Acción.', 'es', 'contact+action-duration']]);
});

// The brochure calls MIEUX+ an initiative; people call it a programme, and "programa" shares its stem with
// "programador", a word of the messages about something else (synonyms.yaml).
describe('"the programme" is the initiative', () => {
  itLabels([
    ['¿Quién ejecuta el programa?', 'es', 'funding'],
    ['¿Quién está detrás del programa?', 'es', 'funding'],
    ['Qui gère le programme ?', 'fr', 'funding'], // a guard (the same on main)
    // Another programme named stays another subject (guards).
    ['¿Qué es el programa Erasmus+?', 'es', 'none'],
    ["C'est quoi le programme Erasmus ?", 'fr', 'none'],
    ['¿A qué hora empieza el programa de radio?', 'es', 'none'],
  ]);
});

// "¿Podría explicarme…?": Spanish writes the pronoun onto the asking verb (stopWords.ts ATTACHED_PRONOUNS).
describe('an asking verb with a pronoun attached names no topic', () => {
  itLabels([
    ['¿Podría explicarme quién puede ser experto?', 'es', 'become-expert'],
    ['¿Puede decirnos quién financia MIEUX+?', 'es', 'funding'], // a guard (the same on main)
  ]);
});

// A Member State is often named by its country: what it gains and how its civil servants take part are
// still what the brochure says of Member States (conversation.yaml otherSubjects.memberStateAnswers).
describe('a Member State named by its country asks what the brochure says of Member States', () => {
  itLabels([
    ['¿Qué beneficios saca España de participar?', 'es', 'benefits'],
    ['Can civil servants in Sweden become experts?', 'en', 'become-expert'],
    ['Un fonctionnaire en Belgique peut-il devenir expert ?', 'fr', 'become-expert'],
    ['Quels avantages retire la France de sa participation ?', 'fr', 'benefits'],
    // Still about the country itself, or about something else (guards: the same on main).
    ['¿Cuál es la capital de España?', 'es', 'none'],
    ['¿Qué beneficios tiene el turismo para España?', 'es', 'none'],
    ['What are the benefits of living in Portugal?', 'en', 'none'],
    ['Comment devenir expert-comptable en France ?', 'fr', 'none'],
  ]);
});

// A typo of a stop word counted as a word the knowledge base does not know, and hid the phrase it is part of.
describe('a typo of a stop word is read as the stop word', () => {
  itLabels([
    ['connect me wiht a human plz', 'en', 'handoff'],
    ['Wich regions does MIEUX+ work in?', 'en', 'regions'], // a guard (the same on main)
  ]);
});

// "Does MIEUX+ also work in Asia?": mid-sentence, "also" adds to what is asked; it joins no second question.
describe('"also" inside a question joins no second one', () => {
  itLabels([
    ['Does MIEUX+ also work in Asia?', 'en', 'regions'],
    ['Do experts also learn something from the partner countries?', 'en', 'mutual-learning'],
    ['Who funds MIEUX+? Also, how long does an Action last?', 'en', 'funding+action-duration'], // a guard (the same on main)
  ]);
});

// Spelt by ear (soundKeys.ts): "b" for "v", a doubled letter written once, even where that makes a rare real word.
describe('a word spelt by ear is the word it sounds like', () => {
  itLabels([
    ['¿Cuánto duran las aciones más o menos?', 'es', 'action-duration'],
    ['mi ministerio quiere colavorarles', 'es', 'handoff'],
    ["pouvez vous me metre en contact avec l'équipe", 'fr', 'handoff'],
  ]);
});

// "q es mieux+, me llegó un correo y no entiendo nada": the story after the question is why it is asked;
// its words ("correo") ask nothing, but what it says of the person still counts.
describe('the story told after a question and a comma is not asked', () => {
  itLabels([
    ['que hacen ustedes, me mandaron un enlace por correo y no se nada', 'es', 'about'],
    ['what are the themes you work on, i cant find them on the website', 'en', 'areas'],
    ["c'est quoi mieux, j'ai reçu un mail de mon chef et j'y comprends rien", 'fr', 'about'],
    ['who can be an expert, i retired from the police last year', 'en', 'other-participants'],
    ['quien puede ser experto, soy jubilado de la policia', 'es', 'other-participants'], // a guard (the same on main)
  ]);
});

// "¿Qué es el Plan África…?": what a name of several capitalised words is, which the knowledge base never
// writes, is that name's question, whatever words it shares with the knowledge base (namePhrases.ts).
describe('what a name the knowledge base never writes is, is no question about MIEUX+', () => {
  itLabels([
    ["Qu'est-ce que le Plan Afrique de la France ?", 'fr', 'none'],
    ['¿Qué es la Agencia de Asilo de la Unión Europea?', 'es', 'none'],
    // Names the knowledge base writes, misspelt or in another form, and MIEUX+ named (guards: the same on main).
    ['¿Qué es el Equipo Europa?', 'es', 'team-europe'],
    ['What is Team Eurpoe?', 'en', 'team-europe'],
    ['What are the advantages for an EU Member State of getting involved?', 'en', 'benefits'],
    ['¿Qué es la Migración Laboral para MIEUX+?', 'es', 'area-legal-migration'],
  ]);
});

// "My director wants to know in which fields you can assist. What are your themes?": the request said
// what the question after it asks, and got an answer of its own.
describe('a request followed by the question written as one is answered once', () => {
  itLabels([
    ['My manager wants to know where you could help us. What themes do you work on?', 'en', 'areas'],
    ['Quisiera saber quién financia MIEUX+. ¿Y cuánto dura una Acción?', 'es', 'funding+action-duration'], // a guard (the same on main)
  ]);
});

// "Comment dormir mieux la nuit ?", "pour mieux dormir": next to an infinitive, the lower-case "mieux" is "better" (nameAsWord.ts).
describe('French "mieux" next to an infinitive does not name MIEUX+', () => {
  itLabels([
    ['comment dormir mieux avec un bébé', 'fr', 'none'],
    ['comment vivre mieux en ville', 'fr', 'none'],
    ["un livre pour mieux comprendre l'économie ?", 'fr', 'none'],
    ['comment rejoindre MIEUX+ ?', 'fr', 'work-with-mieux'], // a guard (the same on main)
  ]);
});

// Detention and deportation, one's own or a relative's, told with the verb or the place (conversation.yaml personalCase).
describe('being detained or deported is a personal case', () => {
  itLabels([
    ['van a deportar a mi esposo, que podemos hacer', 'es', 'personal'],
    ['my husband is in a detention centre and they will deport him what can we do', 'en', 'personal'],
    ['mon mari est en centre de rétention et va être expulsé, que faire', 'fr', 'personal'],
  ]);
});

// A "did you mean" led by the outsiders' own answer, asked by someone the outsider cues describe, is that answer.
describe('a "did you mean" led by the outsiders\' answer, from an outsider, is answered', () => {
  itLabels([
    ['retired asylum caseworker here, can I still be involved?', 'en', 'other-participants'],
    ['soy un jubilado del ministerio, ¿todavía puedo ser experto?', 'es', 'other-participants'],
    ['retraité de la police aux frontières, je peux encore être expert ?', 'fr', 'other-participants'], // a guard (the same on main)
  ]);
});

// "what do you lot actually do", « vous faites quoi concrètement » (questionWords.ts INSERTED_IN_WHAT_WE_DO).
describe('"what do you do?" with words put in for emphasis asks what MIEUX+ is', () => {
  itLabels([
    ['what do you folks really do?', 'en', 'about'],
    ['¿y ustedes qué hacen de verdad?', 'es', 'about'],
    ['mais vous faites quoi en vrai', 'fr', 'about'], // a guard (the same on main)
  ]);
});

// Migrating data, or birds, is no migration of people (everydayPhrases.ts): "migración" is the word
// every entry shares, so these were answered.
describe('the migration of data or of birds is another subject', () => {
  itLabels([
    ['¿Cómo hago la migración de datos a la nube?', 'es', 'none'],
    ['How does bird migration work?', 'en', 'none'],
    ['Comment faire une migration de base de données ?', 'fr', 'none'],
    // Migration data is the horizontal area's data management (a guard: the same on main).
    ['Do you work on migration data?', 'en', 'area-horizontal'],
  ]);
});

// "Ma question n'a rien à voir avec les visas : qui finance MIEUX+ ?": what someone says their question
// is not about is no personal case (conversation.yaml personalCase notWhen).
describe('what the question is said to have nothing to do with is no personal case', () => {
  itLabels([
    ["Je travaille aux visas. Ma question n'a rien à voir avec les visas : qui finance MIEUX+ ?", 'fr', 'funding'],
    ['My question has nothing to do with my visa: who funds MIEUX+?', 'en', 'funding'],
    ['Trabajo con visados, pero mi pregunta no tiene nada que ver con los visados: ¿quién financia MIEUX+?', 'es', 'funding'], // a guard (the same on main)
    ['Me denegaron el visado. ¿Qué puedo hacer?', 'es', 'personal'], // a guard (the same on main)
  ]);
});

// "Asere, ¿esto lo paga la UE?": one word before "¿" that the knowledge base never uses calls out to the bot.
describe('a word called out before the question names no topic', () => {
  itLabels([
    ['Ñaño, ¿esto lo paga la Unión Europea?', 'es', 'funding'],
    ['Pana, ¿en qué regiones trabajan?', 'es', 'regions'], // a guard (the same on main)
  ]);
});

// "…by ICMPD and not by the Commission?": what is said not to be so is no second question (questionWords.ts negations).
describe('"and not …" asks no second question', () => {
  itLabels([
    ['Is MIEUX+ implemented by ICMPD and not by the European Commission?', 'en', 'funding'],
    ['Is it funded by the EU and not by member states?', 'en', 'funding'],
    ['¿Los expertos cobran y no hay que pagar nada?', 'es', 'expert-pay'], // a guard (the same on main)
  ]);
});

// "What does MIEUX+ work on?" was read as "how to work with MIEUX+": "on", "con", "sur" are stop words, so
// both read "work" and "MIEUX+". What it works on is what it covers (synonyms.yaml).
describe('what MIEUX+ works on is what it covers, not how to work with it', () => {
  itLabels([
    ['What does MIEUX+ work on?', 'en', 'areas'],
    ['¿En qué trabaja MIEUX+?', 'es', 'areas'],
    ['Sur quoi travaille MIEUX+ ?', 'fr', 'areas'],
    // Working with MIEUX+ is still that (guards: the same on main).
    ['How can we work with MIEUX+?', 'en', 'work-with-mieux'],
    ['¿Cómo trabajar con MIEUX+?', 'es', 'work-with-mieux'],
    ['Comment travailler avec MIEUX+ ?', 'fr', 'work-with-mieux'],
    ['Does MIEUX+ work on labour migration?', 'en', 'area-legal-migration'],
  ]);
});

// "Soy estudiante de máster, ¿qué es MIEUX+?" was answered with who else may take part: the
// introduction was read as the question's topic ("estudiante"). Who one is, said before a comma or
// "¿", is an introduction (questionWords.ts introductions): it names no topic, and still tells who asks.
describe('an introduction before a comma or "¿" names no topic of the question', () => {
  itLabels([
    ['Soy estudiante de máster, ¿qué es MIEUX+?', 'es', 'about'],
    ["I'm a PhD student, what is MIEUX+?", 'en', 'about'],
    ["Je suis étudiante en droit, c'est quoi MIEUX+ ?", 'fr', 'about'],
    // Who asks still counts where they ask to take part (guards: the same on main).
    ['Soy estudiante, ¿puedo ser experto?', 'es', 'other-participants'],
    ["I'm a student, can I be an expert?", 'en', 'other-participants'],
    // A longer story before the comma is no introduction (a guard: the same on main).
    ["I'm a student in Italy and my residence permit is very late, who should I call?", 'en', 'personal'],
  ]);
});

// "La Dirección…, desea conocer quién financia…": a request to know in the third person opens the
// question mid-sentence, as "quiere saber" does (questionWords.ts midSentence).
describe('"desea conocer", "nos gustaría saber" open the question mid-sentence', () => {
  itLabels([
    ['La Subdirección de Acogida, que trabaja con personas refugiadas, desea conocer quién financia MIEUX+', 'es', 'funding'],
    ['Trabajamos en la acogida de solicitantes de asilo y nos gustaría saber quién financia MIEUX+', 'es', 'funding'],
    ['La Subdirección de Acogida, que trabaja con personas refugiadas, quiere saber quién financia MIEUX+', 'es', 'funding'], // a guard (the same on main)
  ]);
});

// "¿Qué cosa es MIEUX+?" was answered with the areas: "cosa" is a word of their phrasings ("¿lo del
// asilo es cosa vuestra?"). With nothing else known, it asks what MIEUX+ is (conversation.yaml whatWeDo).
describe('"qué cosa es", "what\'s the deal with", « c\'est quoi l\'affaire » ask what MIEUX+ is', () => {
  itLabels([
    ['Y qué cosa es MIEUX+ exactamente', 'es', 'about'],
    ["What's the deal with MIEUX+?", 'en', 'about'],
    ["C'est quoi l'affaire, MIEUX+ ?", 'fr', 'about'],
    // « Affaire » named no area: « c'est quelle affaire ? » asks what MIEUX+ is (conversation.yaml whatWeDo).
    ["MIEUX+ là, c'est quelle affaire même ?", 'fr', 'about'],
    ['¿Hacen cosas sobre asilo?', 'es', 'area-international-protection'], // a guard (the same on main)
  ]);
});

// "In one or two sentences, what is MIEUX+?" was answered with the two routes: "two" is their word.
// It asks for a summary, as "in short" does (everydayPhrases.ts).
describe('"in one or two sentences" asks for a summary', () => {
  itLabels([
    ['In one or two sentences, what is MIEUX+?', 'en', 'about'],
    ['Can you describe MIEUX+ in a couple of sentences?', 'en', 'about'], // a guard (the same on main)
    ['Décrivez MIEUX+ en deux phrases', 'fr', 'about'],
    ['What are the two routes?', 'en', 'work-with-mieux'], // a guard (the same on main)
  ]);
});

// "In five lines" is how long the answer should be: read as "in short", whatever the count. Its
// words found MIEUX+'s overview in a summary of something else (everydayPhrases.ts inSoManyWords).
describe('"in five lines" asks for a short answer, not about MIEUX+', () => {
  itLabels([
    ['Résume-moi le roman Germinal en cinq lignes', 'fr', 'none'],
    ['Résume MIEUX+ en cinq lignes', 'fr', 'about'], // a guard (the same on main)
    ['Explain MIEUX+ in three sentences', 'en', 'about'], // a guard (the same on main)
    ['Explícame MIEUX+ en tres frases', 'es', 'about'], // a guard (the same on main)
  ]);
});

// How an institution gets MIEUX+'s support, asked without naming a partner country, found the impact
// (its "institutions" and "public policies"): the partner countries' entry says it in those words too.
describe("how an institution gets support is the partner countries' question", () => {
  itLabels([
    ["What does an institution do to get MIEUX+'s backing?", 'en', 'partner-countries'],
    ['¿Cómo consigue una institución el apoyo de MIEUX+?', 'es', 'partner-countries'], // a guard (the same on main)
    ['¿Qué resultados ha conseguido MIEUX+ con las instituciones?', 'es', 'impact'], // a guard (the same on main)
  ]);
});

// "In simple words" asks for a short answer, as "in short" does: its "words" found nothing, and the
// question after a story that named MIEUX+ got "I don't know".
describe('"in simple words" asks for a short answer', () => {
  itLabels([
    ['My aunt mentioned MIEUX+ at dinner. I am curious. What is it, in simple terms?', 'en', 'about'],
    ['Un amigo me habló de MIEUX+. ¿Qué es, en palabras sencillas?', 'es', 'about'], // a guard (the same on main)
    ["Mon oncle m'a parlé de MIEUX+. C'est quoi, en termes simples ?", 'fr', 'about'], // a guard (the same on main)
  ]);
});

// "What is it?" two sentences after MIEUX+ was named, with only who the person is said between, asks
// what MIEUX+ is: the introduction's words (labour, trabajo) were read as the question's topic.
describe('"what is it?" after MIEUX+ was named earlier in the message asks what MIEUX+ is', () => {
  itLabels([
    ['A colleague told me about MIEUX+ yesterday. I work at the labour ministry in Accra. What is it exactly?', 'en', 'about'],
    ['Un compañero me habló ayer de MIEUX+. Trabajo en el ministerio de trabajo en Lima. ¿Qué es exactamente?', 'es', 'about'],
    ["Un collègue m'a parlé de MIEUX+ hier. Je travaille au ministère du travail à Dakar. C'est quoi exactement ?", 'fr', 'about'],
    // A guard (the same on main): something else was named after MIEUX+.
    ['I read that MIEUX+ follows the Team Europe approach. My boss asked me. What is it?', 'en', 'none'],
  ]);
});

// What kind of body MIEUX+ is asks what it is; the kind's word asked whether companies or NGOs may
// take part (everydayPhrases.ts whatKindOfBody).
describe('"is MIEUX+ a company?" asks what MIEUX+ is', () => {
  itLabels([
    ['¿MIEUX+ es una empresa?', 'es', 'about'],
    ['Is MIEUX+ an NGO?', 'en', 'about'],
    ["MIEUX+, c'est une ONG ?", 'fr', 'about'],
    ['¿Puede participar una empresa?', 'es', 'other-participants'], // a guard (the same on main)
    ['Can an NGO work with MIEUX+?', 'en', 'other-participants'], // a guard (the same on main)
  ]);
});

// The brochure quotes an official of Spain's Ministry of the Interior: what she said, named with her
// country, is the testimonial (conversation.yaml memberStateAnswers), and "dijo", "contó" are "dice".
describe("what the official of a Member State's ministry said is the testimonial", () => {
  itLabels([
    ['¿Qué dijo la funcionaria del Ministerio del Interior de España?', 'es', 'testimonial'],
    ["Qu'a raconté la fonctionnaire du ministère de l'Intérieur espagnol ?", 'fr', 'testimonial'], // a guard (the same on main)
    // Guards (the same on main): what a ministry says of something else, a greeting.
    ['¿Qué dice el Ministerio del Interior de España sobre la inmigración?', 'es', 'none'],
    ['bonjour, on dit quoi ?', 'fr', 'smallTalk'],
  ]);
});

// "En general", "a grandes rasgos", "generally speaking" hedge the question: "general" asked for the
// overview, "rasgos"/"terms" for something else, and "quería saber, en general" became a question of its own.
describe('"in general" hedges a question and asks nothing of its own', () => {
  itLabels([
    ['Quisiera saber, en general, ¿quién financia MIEUX+?', 'es', 'funding'],
    ['A grandes rasgos, ¿cómo se trabaja con MIEUX+?', 'es', 'work-with-mieux'],
    ['Generally speaking, how can one work with MIEUX+?', 'en', 'work-with-mieux'],
    ['De manière générale, qui finance MIEUX+ ?', 'fr', 'funding'], // a guard (the same on main)
    ['Información general sobre MIEUX+', 'es', 'about'], // a guard (the same on main)
  ]);
});

// "Qué tendría que hacer" asks what to do, not whether to pay ("¿tendríamos que pagar?"); the Guardia
// Civil is a police force, not civil society (everydayPhrases.ts).
describe('"qué tendría que hacer" asks what to do; a Guardia Civil officer is a public servant', () => {
  itLabels([
    ['¿Qué tendría que hacer para ser experto?', 'es', 'become-expert'],
    ['¿Un guardia civil como yo puede ser experto y qué tendría que hacer exactamente?', 'es', 'become-expert'],
    ['¿Nuestro ministerio tendría que pagar algo?', 'es', 'institution-costs'], // a guard (the same on main)
    ['¿Puede participar la sociedad civil?', 'es', 'other-participants'], // a guard (the same on main)
  ]);
});

// "Would it be possible to know…?" asks to know: its "possible" found what is possible (remote work) or
// nothing clear; and "…, and whether experts get paid?" asks a second question (questionWords.ts openers).
describe('"would it be possible to know" asks to know; "and whether…" asks again', () => {
  itLabels([
    ['Would it be possible to know who can be an expert?', 'en', 'become-expert'],
    ['¿Sería posible saber quién puede ser experto?', 'es', 'become-expert'],
    ['Serait-il possible de savoir qui peut être expert ?', 'fr', 'become-expert'],
    ['Would it be possible to know who can serve as an expert, and whether experts get any pay?', 'en', 'become-expert+expert-pay'],
    ['Is it possible to work remotely?', 'en', 'remote-work'], // a guard (the same on main)
  ]);
});

// An adverb inside the words that open a question mid-message hid them: "I'd personally like to know",
// "quisiera también saber", « j'aimerais aussi savoir » (everydayPhrases.ts).
describe('"I\'d personally like to know" opens the question as "I\'d like to know" does', () => {
  itLabels([
    [
      "Hello, I am an officer at the migration department in Riga. Latvia has had many arrivals in recent years and my director is curious about MIEUX+. Before I volunteer for anything, I'd personally like to know whether experts receive any payment for their time.",
      'en',
      'expert-pay',
    ],
    ['Trabajo en el ministerio en Lima. Mi jefe está interesado. Quisiera también saber quién financia MIEUX+.', 'es', 'funding'],
    ["Mon directeur s'intéresse à MIEUX+ et j'aimerais aussi savoir qui le finance.", 'fr', 'funding'], // a guard (the same on main)
  ]);
});

// "Lograr" is the stem of what was achieved (the impact) and of what is sought (the objectives): the
// tense tells them apart (everydayPhrases.ts).
describe('"qué han logrado" asks the impact, "qué buscan lograr", "want to achieve" the objectives', () => {
  itLabels([
    ['bueno y al final qué han logrado', 'es', 'impact'],
    ['¿qué buscan lograr?', 'es', 'objectives'],
    ['¿qué ha logrado MIEUX+?', 'es', 'impact'], // a guard (the same on main)
    ['¿qué quiere conseguir MIEUX+?', 'es', 'objectives'], // a guard (the same on main)
    ['what do they want to achieve', 'en', 'objectives'],
    ['What is MIEUX+ meant to achieve?', 'en', 'objectives'],
    ['what has it achieved?', 'en', 'impact'], // a guard (the same on main)
  ]);
});

// What one has "fait de concret" is the impact; « bref » opening a sentence is "anyway", and « genre »
// before "les" or in « un genre de » is "like", "a kind of", not gender (everydayPhrases.ts).
describe('« fait de concret » asks the impact; « bref » and « genre » as fillers', () => {
  itLabels([
    ['Bref, vous avez fait quoi de concret depuis le début ?', 'fr', 'impact'],
    ['vous travaillez sur quoi, genre les sujets ?', 'fr', 'areas'],
    ["c'est un genre de réseau européen ?", 'fr', 'none'],
    ["Le genre, c'est un de vos thèmes ?", 'fr', 'area-horizontal'], // a guard (the same on main)
  ]);
});

// "In practice" asks how things really are, as "actually" does: its "practice" found bridging theory and
// practice (everydayPhrases.ts).
describe('"in practice" asks how things really are', () => {
  itLabels([
    ['In practice, what does an expert of MIEUX+ do?', 'en', 'become-expert'],
    ['How does MIEUX+ bring theory and practice together?', 'en', 'european-expertise'], // a guard (the same on main)
    ['Que font les experts de MIEUX+ en pratique ?', 'fr', 'become-expert'], // a guard (the same on main)
    ['Comment MIEUX+ rapproche-t-il théorie et pratique ?', 'fr', 'european-expertise'], // a guard (the same on main)
  ]);
});

// The name is a French word: "is it French?" asks what MIEUX+ is, not which languages are needed.
describe('"is MIEUX+ French?" asks what MIEUX+ is', () => {
  itLabels([
    ['What is MIEUX+? Is it something French?', 'en', 'about'],
    ['¿MIEUX+ es francés?', 'es', 'about'],
    ["MIEUX+, c'est français ?", 'fr', 'about'],
    ['Is French required?', 'en', 'languages-required'], // a guard (the same on main)
    ['¿Es francés el idioma de trabajo?', 'es', 'languages-required'], // a guard (the same on main)
  ]);
});

// Who runs the programme is who implements it (the funding entry): "running" is also whether it still
// runs, "lleva" and "pilote" found nothing or the overview (everydayPhrases.ts).
describe('who runs, "lleva" or « pilote » the programme asks who implements it', () => {
  itLabels([
    ['Who is running the programme?', 'en', 'funding'],
    ['who implements the programme?', 'en', 'funding'],
    ['¿quién lleva el programa?', 'es', 'funding'],
    ['Qui pilote le programme ?', 'fr', 'funding'],
    ['Is the programme still running?', 'en', 'current-status'], // a guard (the same on main)
    // A first version rewrote "who runs mieux" too, and "who runs mieux plus…" lost the name's second word.
    ['who runs mieux plus exactly', 'en', 'funding'], // a guard (the same on main)
  ]);
});

// "Me interesa saber" asks to know: its "interés" is no Member State's interest (the benefits).
describe('"me interesa saber" asks to know', () => {
  itLabels([
    ['Me interesa saber qué ofrecen a un país socio', 'es', 'partner-countries'],
    ['¿Qué interés tiene para un Estado miembro?', 'es', 'benefits'], // a guard (the same on main)
  ]);
});

// "Qué quiere decir" is "qué significa": its "quiere" asked what MIEUX+ wants (the objectives).
describe('"qué quiere decir" asks what something means', () => {
  itLabels([
    ['¿Qué quiere decir MIEUX?', 'es', 'about'],
    ['MIEUX es una sigla, ¿no? ¿Qué quiere decir?', 'es', 'about'],
    ['En el folleto aparece el enfoque Equipo Europa. ¿Qué quiere decir eso en la práctica?', 'es', 'team-europe'], // a guard (the same on main)
    ['¿Qué quiere conseguir MIEUX+?', 'es', 'objectives'], // a guard (the same on main)
  ]);
});

// How many days is how long: "cuántos", "how many" asked the figures, and the days said nothing.
describe('"how many days" asks how long', () => {
  itLabels([
    ['For how many days is an expert usually sent?', 'en', 'action-duration'],
    ['¿Cuántos días tendría que ausentarme?', 'es', 'action-duration'],
    ['Pendant combien de jours part un expert ?', 'fr', 'action-duration'], // a guard (the same on main)
    ['How many experts have been sent?', 'en', 'figures'], // a guard (the same on main)
  ]);
});

// Wanting to confirm whether a country takes part asks for information, not to take part
// (conversation.yaml handoff notWhen); « ce genre de sujet » is this kind of subject, not gender.
describe('wanting to confirm is no request to take part; « ce genre de » is no gender', () => {
  itLabels([
    ['Quería confirmar si Portugal participa en MIEUX+.', 'es', 'country-list'],
    ['I wanted to confirm whether Ireland takes part in MIEUX+.', 'en', 'country-list'],
    ['Je voudrais vérifier si la Belgique participe à MIEUX+.', 'fr', 'country-list'],
    ['Quería participar como experta', 'es', 'handoff'], // a guard (the same on main)
    [
      'Nous travaillons sur la diaspora. Est-ce que ce genre de sujet fait partie de ce que couvre MIEUX+ ?',
      'fr',
      'area-migration-development',
    ],
  ]);
});

// What one will do once answered, said before a comma ("Antes de contárselo a mi jefa, ¿…?"), names no
// topic of the question: the story before it did (questionWords.ts introductions).
describe('"before I…", "antes de…" before a comma is said, not asked', () => {
  itLabels([
    [
      'Estamos mejorando la gestión de datos y alguien nos habló de MIEUX+. Antes de contárselo a mi jefa, ¿cuánto dura normalmente una Acción?',
      'es',
      'action-duration',
    ],
    [
      'My manager wants me to go on a mission as an expert. Before I agree to it, can you explain what an expert actually does in MIEUX+?',
      'en',
      'become-expert',
    ], // a guard (the same on main)
  ]);
});

// A message in capitals is shouted, not a row of names: its capitals made every word a name the
// knowledge base never uses, and a question about something else.
describe('a message written in capitals is read as the same message in lower case', () => {
  itLabels([
    ["C'EST QUOI L'ADRESSE DE VOTRE COMPTE TWITTER", 'fr', 'contact'],
    ['QUIEN PAGA MIEUX', 'es', 'funding'], // a guard (the same on main)
    ['¿QUÉ ES EL ACNUR?', 'es', 'none'], // a guard (the same on main): another organisation still
    ['WHAT IS THE CAPITAL OF KENYA?', 'en', 'none'], // a guard (the same on main)
  ]);
});

// "Oui ou non", "yes or no" end a question: « oui » was a word the knowledge base never uses, and the
// question was about something else ("yes" and "oui" are stop words, as "no" was; « non » stays a word:
// « un pays non européen »).
describe('"yes or no" after a question asks nothing of its own', () => {
  itLabels([
    ['les experts sont rémunérés oui ou non ?', 'fr', 'expert-pay'],
    ['are experts paid, yes or no?', 'en', 'expert-pay'], // a guard (the same on main)
  ]);
});

// "O como institución": "como" is "as" there, the other side of the choice, not "cómo" asking how.
describe('"¿a título individual o como institución?" is one question', () => {
  itLabels([
    ['¿Se puede colaborar a título individual o como institución?', 'es', 'work-with-mieux'],
    ['¿Cuánto cuesta o cómo se paga?', 'es', 'institution-costs'], // a guard (the same on main)
  ]);
});

// Latin American "mi visa" is one's own document, as "mi visado" is: it outweighs the words of work
// around it ("mi visa de trabajo para España").
describe('"mi visa" is one\'s own case', () => {
  itLabels([
    ['Necesito sacar mi visa de trabajo para España, ¿cómo hago?', 'es', 'personal'],
    ['Se me venció mi visa de estudiante, ¿qué hago?', 'es', 'personal'], // a guard (the same on main)
    ['¿Qué visados de trabajo cubre MIEUX+?', 'es', 'area-irregular-migration'], // a guard (the same on main): a question about visas, not one's own
  ]);
});

// Joining in: "me quiero sumar", "quiero unirme" start the hand-off as "quiero participar" does.
describe('"sumarme", "unirme" ask to take part', () => {
  itLabels([
    ['Me quiero sumar como experta, que me contacten', 'es', 'handoff'], // a guard (the same on main)
    ['Quiero unirme a MIEUX+ como experto', 'es', 'handoff'],
    ['¿Cómo puedo sumarme a MIEUX+?', 'es', 'work-with-mieux'], // a guard (the same on main): asked how, it is answered
  ]);
});

// Thanks people add to a blessing or to "for the answers" are thanks (conversation.yaml smallTalk).
describe('thanks with a blessing or "for the answers"', () => {
  itLabels([
    ['Thank you so much, God bless', 'en', 'smallTalk'],
    ['Gracias por las respuestas', 'es', 'smallTalk'],
    ['Merci pour vos réponses', 'fr', 'smallTalk'],
  ]);
});

// Central American "maje" (mate) calls out to the bot, as "mae" and "chamo" do (stopWords.ts).
describe('"maje" is a word of address', () => {
  itLabels([
    ['maje q onda, ustedes trabajan lo de la diáspora o q', 'es', 'area-migration-development'],
    ['maje, ¿trabajan con la diáspora?', 'es', 'area-migration-development'], // a guard (the same on main)
  ]);
});

// A country's neighbours are a fact of the country (conversation.yaml otherSubjects.countryFacts), and
// "¿me traduces…?" asks for a translation (tasks): neither is a question about MIEUX+.
describe('a country\'s neighbours and "translate this for me" are other subjects', () => {
  itLabels([
    ['¿Qué países son fronterizos con Bolivia?', 'es', 'none'],
    ['¿Cuáles son los países limítrofes de Paraguay?', 'es', 'none'],
    ['Quels sont les pays limitrophes du Niger ?', 'fr', 'none'],
    ["¿Me traduces 'gracias' al inglés?", 'es', 'none'],
    ['¿En qué países trabaja MIEUX+?', 'es', 'country-list'], // a guard (the same on main)
    ['¿Las Acciones se traducen al español?', 'es', 'languages-required'], // a guard (the same on main)
  ]);
});

// "…et les experts doivent se déplacer ou pas": a sentence that ends with a yes-or-no tag asks, with
// no question mark (questionWords.ts tags); after a question of its own it is a second question.
describe('a yes-or-no tag ("ou pas", "o no", "or not") makes a question', () => {
  itLabels([
    ['¿Cuánto dura una Acción? y los expertos cobran o no', 'es', 'action-duration+expert-pay'],
    ['Qui finance MIEUX+ ? et les Actions durent longtemps ou pas', 'fr', 'funding+action-duration'],
    // After a topic named alone, the tag ends the one question (guards: the same on main).
    ['santé et migration, vous bossez là-dessus ou pas', 'fr', 'area-horizontal'],
    ['health and migration, you work on that or not', 'en', 'area-horizontal'],
  ]);
});

// "ladresse e-mail…", "quel genre dimpact": French typed without its apostrophes (missingApostrophe.ts).
describe('French apostrophes left out are put back', () => {
  itLabels([
    ["ladresse e-mail pour conatcter l'équipe svp merci", 'fr', 'contact'],
    ['MIEUX+ a eu quel genre dimpact ?', 'fr', 'impact'],
    ['cest quoi dabord MIEUX+', 'fr', 'about'], // a guard (the same on main): "d'abord" says nothing
  ]);
});

// "…les chiffres clés de MIEUX+ : experts, Actions, États membres ?" was answered with how to become
// an expert: the question before the colon was taken as an announcement, the list after it as the
// question. A question that announces a list it asks for is one question with it.
describe('a question that announces its items after a colon asks for them', () => {
  itLabels([
    ['Could you give me the main numbers for MIEUX+: experts, Actions, Member States?', 'en', 'figures'],
    ['¿Me pueden dar las cifras de MIEUX+: expertos, Acciones, Estados miembros?', 'es', 'figures'],
    ['Pouvez-vous me donner les chiffres de MIEUX+ : experts, Actions ?', 'fr', 'figures'],
    // An announcement followed by questions of their own (guards: the same on main).
    ['Tengo una duda: ¿quién financia MIEUX+?', 'es', 'funding'],
    ['Two questions: who funds MIEUX+? how long is an Action?', 'en', 'funding+action-duration'],
  ]);
});

// Words for funding and money people use (synonyms.yaml): "sponsoring", "bankroll"; Central American "pisto".
describe('"sponsoring", "bankrolls" are funding; "pisto" is money', () => {
  itLabels([
    ['Which body is sponsoring MIEUX+?', 'en', 'funding'],
    ['Who bankrolls MIEUX+?', 'en', 'funding'],
    // How much money it handles is no question about who funds it: "did you mean" the budget.
    ['¿cuánto pisto maneja MIEUX+?', 'es', 'clarify'],
    ['Do experts get paid?', 'en', 'expert-pay'], // a guard (the same on main): pay words stay out of funding
  ]);
});

// "…quién gestiona la iniciativa MIEUX+, ya que está valorando su posible implicación": a reason that
// opens with a verb a question can open with ("está", "hay") says it plainly; it asks nothing.
describe('a reason that opens with "está" or "hay" is said, not asked', () => {
  itLabels([
    ['¿Quién gestiona MIEUX+, ya que está en estudio nuestra posible participación?', 'es', 'funding'],
    ['¿Trabajan en asilo, ya que hay que revisar nuestra ley?', 'es', 'area-international-protection'],
    ['Who runs MIEUX+, since it is being discussed in our ministry?', 'en', 'funding'], // a guard (the same on main)
  ]);
});

// "…and i just want to know what mieux is": a request to know with "just" in it opens the question
// mid-sentence, as "i want to know" does (questionWords.ts openers).
describe('"i just want to know", « je voulais juste savoir » open the question mid-sentence', () => {
  itLabels([
    ['we deal with asylum and trafficking at the ministry and i just want to know who funds mieux', 'en', 'funding'],
    ["je bosse sur l'asile et la traite au ministère et je voulais juste savoir qui finance mieux", 'fr', 'funding'],
    ['trabajo en asilo y trata en el ministerio y solo quiero saber quién financia mieux', 'es', 'funding'], // a guard (the same on main)
  ]);
});

// "How can my ministry in Malawi get support…?" was answered with the country list: the country
// says where the asker's institution is, as "from Malawi" does (countryNames.ts), not what is asked.
describe('the country of "my ministry in …" is where the asker works', () => {
  itLabels([
    ['How can my ministry in Malawi get support from MIEUX+?', 'en', 'partner-countries'],
    ['How can our ministry in Ghana get support from MIEUX+?', 'en', 'partner-countries'],
    ['Does MIEUX+ work in Malawi?', 'en', 'country-list'], // a guard (the same on main)
  ]);
});

// "…or is it just the EU lecturing everyone?": lecturing is teaching, « faire la leçon » is
// « enseigner » (synonyms.yaml); the question is whether learning goes both ways.
describe('"lecturing", « faire la leçon » ask whether learning goes both ways', () => {
  itLabels([
    ['Do the experts learn too, or is it just Europe lecturing everyone?', 'en', 'mutual-learning'],
    ["C'est l'Europe qui fait la leçon aux autres, ou tout le monde apprend ?", 'fr', 'mutual-learning'],
    ["I'm a university lecturer, can I be an expert?", 'en', 'other-participants'], // a guard (the same on main): a lecturer is no lecture
  ]);
});

// "…for Actions in West Africa?" found nothing: capitalised, "West" read as the name of another
// subject. The words that name part of a region are no such name (countryNames.ts PLACE_QUALIFIERS).
describe('"West Africa", "East Africa" name a region, not another subject', () => {
  itLabels([
    ['Do experts need English for Actions in East Africa?', 'en', 'languages-required'],
    ['Must experts speak French for missions in West Africa?', 'en', 'languages-required'],
    // Other subjects stay other subjects (guards: the same on main).
    ['What is the capital of South Sudan?', 'en', 'none'],
    ["What's the weather like in West Java?", 'en', 'none'],
  ]);
});

// "¿cómo colaboramos con ustedes?" got the outsiders' answer: the synonym group held the infinitive
// only, so "colaboramos" read "colabor" and found only the phrasings written with a conjugated form.
describe('every form of "colaborar" and "cooperar" is cooperation', () => {
  itLabels([
    ['¿cómo colaboramos con ustedes?', 'es', 'work-with-mieux'],
    ['Estoy jubilada, ¿puedo colaborar con ustedes?', 'es', 'other-participants'], // a guard (the same on main)
    ['¿Con cuántos países colabora MIEUX+?', 'es', 'figures'], // a guard (the same on main)
    ['Comment collaborez-vous avec les États membres ?', 'fr', 'work-with-mieux'],
  ]);
});

// "Does MIEUX+ have a mobile app?" was answered with what MIEUX+ is: a question that names MIEUX+ is
// about it, and the name was the only word the knowledge base knows. Asked yes or no, beside words it
// never uses, it asks what the brochure does not say (TopicWords.asksOfProgrammeOnlyWhatItDoesNotKnow).
describe('a yes-or-no question of MIEUX+ in words the knowledge base never uses is not answered', () => {
  itLabels([
    ['Does MIEUX+ have a podcast?', 'en', 'none'],
    ['Is there a MIEUX+ smartphone app?', 'en', 'none'],
    ['MIEUX+ a-t-il une chaîne YouTube ?', 'fr', 'none'],
    // Asking what it is, the words around the name are emphasis (guards: the same on main).
    ['what even is mieux+', 'en', 'about'],
    ['¿Qué rayos es MIEUX+?', 'es', 'about'],
    ['oigan, ¿alguien me explica qué onda con MIEUX+?', 'es', 'about'],
  ]);
});

// "Oigan", "oiga" (listen) call out to the bot, as "oye" does: no word of another subject (stopWords.ts);
// "curra" is "trabaja", as "currar" is (synonyms.yaml).
describe('"oigan" calls out; "curra" is work', () => {
  itLabels([['oigan, ¿uno puede ser experto si curra en la policía?', 'es', 'become-expert']]);
});

// Requests to be written to, in the order people say them (conversation.yaml handoff direct): "Que nos
// escriba alguien" (the verb first), « Qqn de l'équipe peut m'écrire ? », « transmettre ma candidature ».
describe('"que nos contacte alguien", « peut m\'écrire », « transmettre ma candidature » start the hand-off', () => {
  itLabels([
    ['Que nos contacte alguien del equipo, gracias.', 'es', 'handoff'],
    ["Qqn de l'équipe peut m'écrire svp ?", 'fr', 'handoff'],
    ["Merci de transmettre ma candidature d'experte à l'équipe.", 'fr', 'handoff'],
    ["Comment l'équipe peut-elle m'écrire ?", 'fr', 'contact'], // a guard (the same on main): asked how, it is answered
    ['¿Qué es el Erasmus y cómo me apunto?', 'es', 'none'], // a guard (the same on main): "me apunto" was tried and dropped
  ]);
});

// « Vous pouvez m'aider pour quoi / en quoi ? », "what kinds of things can I ask you?" ask what the bot
// can do (conversation.yaml smallTalk help).
describe('« vous pouvez m\'aider pour quoi ? » and "what kinds of things can I ask" ask for help', () => {
  itLabels([
    ["Vous pouvez m'aider pour quoi au juste ?", 'fr', 'smallTalk'],
    ['Tu peux nous aider en quoi ?', 'fr', 'smallTalk'],
    ["vous pouvez m'aider a quoi", 'fr', 'smallTalk'],
    ['What sorts of things can I ask you?', 'en', 'smallTalk'],
    ['what kinds of questions can i ask', 'en', 'smallTalk'],
    ['tu sers à quoi ?', 'fr', 'smallTalk'], // a guard (the same on main)
  ]);
});

// "…who runs it day to day" got "did you mean" the experts' pay: "day to day" reads "daily", a word
// of pay. Who runs it day to day is who implements it (everydayPhrases.ts).
describe('who runs it day to day is who implements it', () => {
  itLabels([
    ['so who manages it day to day?', 'en', 'funding'],
    ['Who implements MIEUX+?', 'en', 'funding'], // a guard (the same on main)
  ]);
});

// « La migration de travail, c'est un domaine couvert ? » got "did you mean" the areas: « travail »
// alone reads as « sur quoi travaillez-vous ». Labour migration is one term (synonyms.yaml).
describe('« migration de travail » is labour mobility, the legal-migration area', () => {
  itLabels([
    ["Les migrations de travail, c'est un sujet pour vous ?", 'fr', 'area-legal-migration'],
    ["La migration de travail fait-elle partie de votre champ d'action ?", 'fr', 'area-legal-migration'],
    ["La migration de main-d'œuvre, c'est un de vos domaines ?", 'fr', 'area-legal-migration'], // a guard (the same on main)
    ['Sur quoi travaille MIEUX+ ?', 'fr', 'areas'], // a guard (the same on main)
  ]);
});

// "¿Lo financian las Naciones Unidas?" got the objectives (the UN's development goals): the name's two
// words outweighed "financian". The UN is one word, « ONU » (synonyms.yaml); English is left as it was.
describe('"funded by the United Nations?" asks who funds MIEUX+ (es, fr)', () => {
  itLabels([
    ['¿MIEUX+ lo financian las Naciones Unidas?', 'es', 'funding'],
    ['MIEUX+ est-il financé par les Nations unies ?', 'fr', 'funding'],
    // The development goals are still the UN's (guards: the same on main).
    ['¿MIEUX+ está alineado con los ODS de la ONU?', 'es', 'objectives'],
    ['Quel lien entre MIEUX+ et les Nations unies ?', 'fr', 'objectives'],
  ]);
});

// « Les experts font quoi sur le terrain ? » got whether they must travel: « sur place », « sur le
// terrain » are the remote-work cues. What they do there asks their role (everydayPhrases.ts).
describe('« font quoi sur le terrain » asks what experts do', () => {
  itLabels([
    ['les experts font quoi sur place ?', 'fr', 'become-expert'],
    ['Les experts doivent-ils aller sur place ?', 'fr', 'remote-work'], // a guard (the same on main)
  ]);
});

// "…la esperta en el foyeto": "foyeto" is "folleto" spelt by ear (soundKeys.ts "ll"). With it read, the
// question is no longer taken for one about becoming an expert: "did you mean" the testimonial.
describe('"foyeto" is "folleto"', () => {
  itLabels([['q dise la esperta en el foyeto', 'es', 'clarify']]);
});

// "How does this institutional way work?" got both routes: "way" is their word ("the two ways").
// The institutional route by any name is that route (synonyms.yaml).
describe('"the institutional way" is the institutional route', () => {
  itLabels([
    ['How does the institutional way work?', 'en', 'institutional-cooperation'],
    ['What are the two ways of working with MIEUX+?', 'en', 'work-with-mieux'], // a guard (the same on main)
  ]);
});

// "Who is eligible to be an expert?" found nothing: "eligible" is no word of the knowledge base, so the
// question read as one about something else. Who is eligible is who meets the requirements (synonyms.yaml).
describe('"eligible" is about the requirements', () => {
  itLabels([
    ['Who is eligible to be an expert?', 'en', 'become-expert'],
    ['¿Quién es elegible como experto?', 'es', 'become-expert'],
    ['Qui est éligible pour devenir expert ?', 'fr', 'become-expert'], // a guard (the same on main)
  ]);
});

// A stipend, an honorarium: pay words of the pay group, never of funding (synonyms.yaml).
describe('"stipend", "honorarium" ask about experts\' pay', () => {
  itLabels([
    ['Is there a stipend?', 'en', 'expert-pay'],
    ['Do experts receive a stipend?', 'en', 'expert-pay'], // a guard (the same on main)
  ]);
});

// "¿Qué experiencia hace falta para ser experto?" got the testimonial (someone's experience); « Qui est
// responsable de MIEUX+ ? » got its objectives. The experience needed is the requirements, who is
// responsible for MIEUX+ is who runs it (everydayPhrases.ts).
describe('the experience needed is a requirement; who is responsible runs it', () => {
  itLabels([
    ['¿Qué experiencia hace falta para ser experto?', 'es', 'become-expert'],
    ['How much experience do experts need?', 'en', 'become-expert'],
    ['Qui est responsable de MIEUX+ ?', 'fr', 'funding'],
    ['Quels sont les objectifs de MIEUX+ ?', 'fr', 'objectives'], // a guard (the same on main)
  ]);
});

// "Is MIEUX+ running in 2027?" got who runs it (the funding and implementing bodies), an implicit
// claim that it runs. Whether it is running asks whether it still runs (everydayPhrases.ts).
describe('"is MIEUX+ running?" asks whether it still runs', () => {
  itLabels([
    ['Is MIEUX+ running in 2027?', 'en', 'current-status'],
    ['Is MIEUX+ running?', 'en', 'current-status'],
    ['Will MIEUX+ be running next year?', 'en', 'current-status'], // a guard (the same on main)
    // Who runs it is still who implements it (guards: the same on main).
    ['Who is running MIEUX+?', 'en', 'funding'],
    ['Which organisation is running MIEUX+?', 'en', 'funding'],
  ]);
});

// "¿Hasta cuándo dura MIEUX+?", « Jusqu'à quand dure MIEUX+ ? » asked how long an Action lasts, or
// how to apply: until when MIEUX+ lasts asks whether it still runs (everydayPhrases.ts).
describe('until when MIEUX+ lasts asks whether it still runs', () => {
  itLabels([
    ['¿Hasta cuándo dura MIEUX+?', 'es', 'current-status'],
    ["Jusqu'à quand dure MIEUX+ ?", 'fr', 'current-status'],
    ['¿Cuánto dura una Acción?', 'es', 'action-duration'], // a guard (the same on main)
    ['Combien de temps dure une Action ?', 'fr', 'action-duration'], // a guard (the same on main)
  ]);
});

// "y eso pa q sirve", « ça sert à quoi ce truc » ask what MIEUX+ is for (conversation.yaml whatWeDo).
describe('"¿para qué sirve eso?", « ça sert à quoi ? » ask what MIEUX+ does', () => {
  itLabels([
    ['y eso pa q sirve', 'es', 'about'],
    ['ça sert à quoi ce truc', 'fr', 'about'],
    ['¿Para qué sirve eso del aprendizaje mutuo?', 'es', 'mutual-learning'], // a guard (the same on main): a topic of its own
  ]);
});

// Officials often write for someone else: "my boss asks me to ask you…". That the boss asked is said; what follows is asked.
describe('a question reported for someone else is answered; the report and the reason after it are not asked', () => {
  itLabels([
    [
      'Buenas tardes. Mi directora me pide que le pregunte quién ejecuta MIEUX+, porque lo necesita para un informe el martes.',
      'es',
      'funding',
    ],
    [
      'Buenas. Trabajo en una consejería de empleo. Mi jefe me ha pedido que averigüe de qué formas puede colaborar una administración con MIEUX+, sea cediendo técnicos o de otra manera.',
      'es',
      'work-with-mieux',
    ],
    [
      'Hello, I work at the interior ministry of Latvia. Before I put names forward, I should like to know how long a deployment tends to last.',
      'en',
      'action-duration',
    ],
    [
      "Bonjour, je travaille dans une préfecture près de Lyon. Ma directrice m'a demandé de savoir combien d'experts ont été mobilisés, car elle prépare une note.",
      'fr',
      'figures',
    ],
    // A what-is question keeps what was said before it, though a reason follows it.
    ['Vi en un boletín que existe MIEUX+. Quería saber qué es, ya que no me suena de nada.', 'es', 'about'],
    ['Vi en un boletín que existe MIEUX+. Quería saber qué es porque no me suena de nada.', 'es', 'about'], // a guard (the same on main)
    // A report with no question after it, followed by the question (a guard: the same on main).
    ['My director asked me to find out more about MIEUX+. Who funds it?', 'en', 'funding'],
    // Asked to summarise it, the question reported before is what to summarise (stopWords.ts).
    ['mi jefe quiere saber quién financia MIEUX+. ¿Me lo podrías resumir?', 'es', 'funding'],
    ['Mon chef veut savoir qui finance MIEUX+. Vous pouvez me résumer ?', 'fr', 'funding'],
    ['can you summarise mieux for me', 'en', 'about'],
    ['¿me puedes resumir MIEUX+?', 'es', 'about'], // a guard (the same on main)
  ]);
});

describe('"trata" as a verb ("¿de qué trata?", "¿qué cuestiones trata?") is what MIEUX+ deals with, not trafficking', () => {
  itLabels([
    ['¿De qué trata MIEUX+?', 'es', 'about'],
    ['¿Qué cuestiones trata la iniciativa?', 'es', 'areas'],
    ['¿MIEUX+ trata asuntos de salud?', 'es', 'area-horizontal'],
    ['¿Se ocupan de la trata de seres humanos?', 'es', 'area-irregular-migration'], // a guard (the same on main)
  ]);
});

// "¿Qué es X y qué papel tiene MIEUX+ en él?" asks what X is, of MIEUX+: one question, as "qué pinta MIEUX+ ahí" was.
describe('the role MIEUX+ plays in what was just asked about is part of that question', () => {
  itLabels([
    ['¿Me explicas el enfoque Equipo Europa y qué papel desempeña MIEUX+ en él?', 'es', 'team-europe'],
    ['¿Qué es Equipo Europa y qué rol juega MIEUX+ en eso?', 'es', 'team-europe'],
    ["Qu'est-ce que l'approche Équipe Europe, et quel rôle joue MIEUX+ là-dedans ?", 'fr', 'team-europe'],
  ]);
});

describe('"¿Y le pagan algo?" goes on from the question before; "hay que ir" is travel; "corre electrónico" is e-mail', () => {
  itLabels([
    ['¿Cómo trabaja un experto de MIEUX+? ¿Y se le paga algo?', 'es', 'become-expert+expert-pay'],
    ['¿es virtual o hay que ir?', 'es', 'remote-work'],
    ['¿todo por internet o hay que ir en persona?', 'es', 'remote-work'],
    ['un corre electronico para escribirles?', 'es', 'contact'],
  ]);
});

describe('"por amor al arte" is working unpaid: the expert\'s pay', () => {
  itLabels([
    ['¿Participar como experta es por amor al arte?', 'es', 'expert-pay'],
    ['¿se gana algo o todo es por amor al arte?', 'es', 'expert-pay'],
  ]);
});

describe('"estoy interesado" is a wish; "me pueden escribir" with one asks to be written to', () => {
  itLabels([
    ['Estoy interesada en colaborar como experta con MIEUX+', 'es', 'handoff'],
    ['me interesa muchísimo, ¿me podéis escribir al email para arrancar?', 'es', 'handoff'],
    ['Estamos interesadas en sumarnos, somos de una dirección general de migraciones', 'es', 'handoff'],
    // Asking how: the address, or what it takes (guards: the same on main).
    ['Estoy interesado, ¿cuál es el correo de contacto?', 'es', 'contact'],
  ]);
});

describe('speaking with a person of the team, or asking whether one may be put in touch, starts the hand-off; « joindre » is contacting', () => {
  itLabels([
    ['We would like to talk with a person in charge of Actions.', 'en', 'handoff'],
    ['Would it be possible to speak with someone from the team about an Action?', 'en', 'handoff'],
    ["Serait-il possible d'être mise en contact avec l'équipe pour un projet ?", 'fr', 'handoff'],
    ['¿Sería posible hablar con alguien del equipo sobre una Acción?', 'es', 'handoff'], // a guard (the same on main)
    ['vous êtes joignables comment ?', 'fr', 'contact'],
    // Whether one may take part is a question (a guard: the same on main).
    ['Est-il possible de participer comme expert ?', 'fr', 'clarify'],
  ]);
});

describe("a second question joined in the same sentence that points back with a pronoun is read with the first one's subject", () => {
  itLabels([
    ['¿Quién puede ser experta y cuánto se le paga?', 'es', 'become-expert+expert-pay'],
    ['¿Cuántos expertos hay en total y cuánto se les paga?', 'es', 'figures+expert-pay'],
    ['Who can become an expert and what are they paid?', 'en', 'become-expert+expert-pay'], // a guard (the same on main)
    // A second question with words of its own is read alone (a guard: the same on main).
    ['¿Cuánta plata tiene MIEUX+ y quién la gestiona?', 'es', 'budget+funding'],
  ]);
});

describe('who puts MIEUX+ into practice runs it; contributing as an expert is taking part; a « mutuelle » is an insurer', () => {
  itLabels([
    ['¿Quién pone en práctica MIEUX+?', 'es', 'funding'],
    ['¿Cómo puedo contribuir como experta?', 'es', 'become-expert'],
    ['I teach at a university in Lagos. Would I be allowed to contribute as an expert?', 'en', 'other-participants'],
    ['Vous êtes la mutuelle des fonctionnaires ?', 'fr', 'none'],
  ]);
});

describe("passing one's contact or details on to the team starts the hand-off", () => {
  itLabels([
    ['please pass my contact on to your team', 'en', 'handoff'],
    ['pásenle mis datos a alguien del equipo, porfa', 'es', 'handoff'],
  ]);
});

describe('how MIEUX+ does what was just asked about, pointed back to with "it", asks that question again', () => {
  itLabels([
    ['Explain the Team Europe approach and how MIEUX+ applies it', 'en', 'team-europe'],
    ['What is mutual learning and how does MIEUX+ achieve it?', 'en', 'mutual-learning'],
    ['¿En qué consiste el aprendizaje mutuo y cómo lo logra MIEUX+?', 'es', 'mutual-learning'],
  ]);
});

describe("« ki » is « qui »; « à ce jour » is so far; « partis en mission » is deployed; « m'aider avec quoi » asks for help", () => {
  itLabels([
    ['c koi MIEUX+ et c ki le gère', 'fr', 'about+funding'],
    ["Combien d'Actions ont été menées à ce jour ?", 'fr', 'figures'],
    ["combien d'experts sont partis en mission jusqu'ici", 'fr', 'figures'],
    ["vous pouvez m'aider avec quoi ?", 'fr', 'smallTalk'],
  ]);
});

describe('"ido de misión", "gone on mission" is being deployed, as « partis en mission » is', () => {
  itLabels([
    ['¿cuántos expertos han ido de misión?', 'es', 'figures'],
    ['How many experts have gone on mission so far?', 'en', 'figures'],
  ]);
});

describe('"me regala" is "me da"; any recent news asks whether it still runs; "da igual" takes back what was said; "cuenten conmigo" signs up', () => {
  itLabels([
    ['¿me regala el email de ustedes?', 'es', 'contact'],
    ['¿hay alguna noticia reciente?', 'es', 'current-status'],
    ['oye, ¿hablo con un humano de verdad? bueno, da igual, pásame el correo', 'es', 'contact'],
    ['¿eres un humano? da igual, pásame el correo de contacto', 'es', 'contact'],
    ['cuenten conmigo como experta', 'es', 'handoff'],
    // How to sign up is a question (a guard: the same on main).
    ['¿Cómo me apunto como experta?', 'es', 'application-process'],
  ]);
});

describe('a language named after its preposition ("in Arabic", « en russe ») asks which languages are used', () => {
  itLabels([
    ['can the training be given in Turkish?', 'en', 'languages-required'],
    ['are Actions run in German sometimes?', 'en', 'languages-required'],
    ['¿alguna Acción se hizo en ruso?', 'es', 'languages-required'],
    ['Les Actions peuvent-elles se tenir en russe ?', 'fr', 'languages-required'],
  ]);
});

describe('what a European expert gains by taking part is mutual learning; how much an expert earns is pay', () => {
  itLabels([
    ['¿Qué gana una experta europea con todo esto?', 'es', 'mutual-learning'],
    ['¿Y qué ganan los expertos participando en MIEUX+?', 'es', 'mutual-learning'],
    ['¿Cuánto gana un experto?', 'es', 'expert-pay'], // a guard (the same on main)
  ]);
});

// "Sorry, my English…" is an apology, not a question about the languages experts need; "is it paid for by
// the EU?" asks who funds MIEUX+, while who pays the experts stays a question of pay (everydayPhrases.ts).
describe('an apology for one\'s English, and MIEUX+ "paid for by" the EU', () => {
  itLabels([
    ['sorry for my english, how can my ministry get support from MIEUX+?', 'en', 'partner-countries'],
    ['english is not my first language, who funds mieux?', 'en', 'funding'],
    ['Is MIEUX+ paid for by the European Union?', 'en', 'funding'],
    ['is it paid for by the EU?', 'en', 'funding'],
    // Guards (the same on main).
    ['are the experts paid for by the EU?', 'en', 'expert-pay'],
    ['Do experts need to speak English?', 'en', 'languages-required'],
    ['mi español no es muy bueno, ¿quién financia MIEUX+?', 'es', 'funding'],
    ["mon français n'est pas très bon, qui finance MIEUX+ ?", 'fr', 'funding'],
    ['les experts sont payés par qui ?', 'fr', 'expert-pay'],
  ]);
});

// A consul who deals with visas and a reporter who writes for papers tell what they do, not their own
// case (conversation.yaml personalCase notWhen); "I need papers" is still one's own case.
describe('a consul or a reporter who mentions visas or papers is not asking about their own case', () => {
  itLabels([
    ["I'm a consul in Lisbon and we handle lots of visa requests. Which regions does MIEUX+ work in?", 'en', 'regions'],
    ['Hi, I write for a couple of regional papers and I cover asylum. Who runs MIEUX+?', 'en', 'funding'],
    ['Je suis consul à Dakar, on traite beaucoup de visas. Dans quelles régions travaille MIEUX+ ?', 'fr', 'regions'],
    // Guards (the same on main).
    ['Soy cónsul de Perú y atendemos a compatriotas con problemas de visado. ¿En qué regiones trabaja MIEUX+?', 'es', 'regions'],
    ['I need papers to stay in Spain, can you help?', 'en', 'personal'],
    ['mi visado caducó, soy cónsul honorario, ¿qué hago?', 'es', 'personal'],
  ]);
});

// Whether one must be a public servant asks who can be an expert: the brochure's individual route is for
// public servants of EU Member States (entry become-expert), not a question about languages or outsiders.
describe('"do I need to be a public servant?" asks who can be an expert', () => {
  itLabels([
    ['hace falta ser funcionario?', 'es', 'become-expert'],
    ['Faut-il être fonctionnaire ?', 'fr', 'become-expert'],
    // Guards (the same on main).
    ['do I need to be a government official to join as an expert?', 'en', 'become-expert'],
    ['¿Hace falta hablar inglés?', 'es', 'languages-required'],
    ['Les chercheurs universitaires peuvent-ils participer ?', 'fr', 'other-participants'],
  ]);
});

// "As well as", « ainsi que », "así como" join two questions as "and" does (questionWords.ts); a half with
// no question word that the classifier barely ties to an answer is a thing named, not a second question
// (Tuning.secondHalfLikelyMin).
describe('"as well as", « ainsi que », "así como" join two questions; a thing named beside the first is not one', () => {
  itLabels([
    ['Could you tell me the objectives of MIEUX+ as well as your email address?', 'en', 'objectives+contact'],
    ['Quisiera conocer los objetivos de MIEUX+ así como su correo de contacto.', 'es', 'objectives+contact'],
    ["Pouvez-vous m'indiquer qui finance MIEUX+ ainsi que les régions couvertes ?", 'fr', 'funding+regions'],
    // Was become-expert and the institutions' costs; "the host country" asks nothing of its own.
    ['so experts get something out of it too, and the host country?', 'en', 'clarify'],
    // A guard (the same on main).
    ['Do the European experts come away having learnt something, along with the country they help?', 'en', 'mutual-learning'],
  ]);
});

// "Day to day" read as "daily" (a daily rate: pay), « au quotidien » as the « gestion quotidienne » (who runs
// it), and "became" was a word the knowledge base never uses: what experts do, asked so, got pay or nothing.
describe('what an expert does "day to day", « au quotidien », once one "became" one', () => {
  itLabels([
    ['what do experts do day to day', 'en', 'become-expert'],
    ['que fait un expert au quotidien ?', 'fr', 'become-expert'],
    ['what did she do once she became an expert?', 'en', 'become-expert'],
    // Guards (the same on main).
    ['so who manages it day to day?', 'en', 'funding'],
    ['qui gère MIEUX+ au quotidien ?', 'fr', 'funding'],
    ['what is the daily rate for experts?', 'en', 'expert-pay'],
    ['¿qué hace un experto en el día a día?', 'es', 'become-expert'],
  ]);
});

// The city experts would go to is where the person is, not another subject (TO_PLACE_PHRASES); "en línea"
// is online, not a line of text (everydayPhrases.ts).
describe('where experts would come to, and "en línea", ask whether the work is remote', () => {
  itLabels([
    ['Would the experts come to Tegucigalpa, or is it all done online?', 'en', 'remote-work'],
    ['¿Los expertos vendrían a Cochabamba o todo se hace en línea?', 'es', 'remote-work'],
    ['¿todo se hace en línea?', 'es', 'remote-work'],
    ['Les experts viendraient-ils à Niamey ou tout se fait à distance ?', 'fr', 'remote-work'],
    // Guards (the same on main): a name asked about is still another subject.
    ['What is the Accra Declaration?', 'en', 'none'],
    ['les missions se feront sur place ou en ligne ?', 'fr', 'remote-work'],
  ]);
});

// A formal request in the middle of a long sentence ("…and I'd appreciate it if you could indicate…", "…por lo
// que quisiera consultar…") opens the question: what was said before it is the introduction (questionWords.ts).
describe('a formal request in the middle of a long message is the question', () => {
  itLabels([
    ["I work on asylum reception in Cork and I'd appreciate it if you could indicate who funds MIEUX+.", 'en', 'funding'],
    [
      'Estimados: trabajo en la Dirección General de Migraciones de Asunción y estamos revisando la ley de trata, por lo que quisiera consultar respetuosamente quién financia MIEUX+.',
      'es',
      'funding',
    ],
    // Guards (the same on main).
    [
      'Our unit handles labour migration in Riga, and we would be grateful if you could explain how Member States benefit from MIEUX+.',
      'en',
      'benefits',
    ],
    ['Llevo el área de asilo en la subdelegación y les agradecería que me indicaran en qué regiones trabaja MIEUX+.', 'es', 'regions'],
  ]);
});

// "Convendría" stems apart from "conviene" (a curated phrasing's word): why it would suit a Member State asks its benefits.
describe('"¿por qué le convendría a un Estado miembro…?" asks the benefits', () => {
  itLabels([
    ['¿Por qué le convendría a un Estado miembro apuntarse?', 'es', 'benefits'],
    ['¿Les convendría a los Estados miembros entrar en MIEUX+?', 'es', 'benefits'],
    // Guards (the same on main).
    ['¿Qué día le convendría una llamada?', 'es', 'none'],
  ]);
});

// « Témoigner » stemmed apart from « témoignage »: who testified about taking part asks the testimonial.
describe('« a-t-elle témoigné ? » asks the testimonial', () => {
  itLabels([
    ['une experte a-t-elle témoigné ?', 'fr', 'testimonial'],
    ['Des fonctionnaires ont-ils témoigné de leur participation ?', 'fr', 'testimonial'],
    ['qui témoigne dans la brochure ?', 'fr', 'testimonial'],
  ]);
});

// « Se rattacher à » asks nothing by itself (stopWords.ts): how MIEUX+ relates to the approach just named is a
// question about that approach, read with what was said before.
describe('« comment MIEUX+ se rattache-t-il à … ? » after a topic is named asks about that topic', () => {
  itLabels([
    ["Pour mon mémoire je lis beaucoup sur l'approche Team Europe. De quelle façon MIEUX+ se rattache-t-il à elle ?", 'fr', 'team-europe'],
    // Guards (the same on main).
    ["On m'a parlé de l'approche Team Europe au séminaire. MIEUX+ se rattache à cette démarche ?", 'fr', 'team-europe'],
    ["MIEUX+ se rattache-t-il au Pacte sur la migration et l'asile ?", 'fr', 'objectives'],
  ]);
});

// What partner countries get, asked with a cost word, asks what it costs them, which the brochure does not say
// (conversation.yaml costs): answering what they get would imply it is free.
describe('what support costs a partner country or an institution is the honest "the brochure does not say"', () => {
  itLabels([
    [
      'Trabajo en la cancillería de Paraguay y coordinamos la cooperación con países vecinos. ¿MIEUX+ les cobra a los países socios la asistencia técnica?',
      'es',
      'institution-costs',
    ],
    ['¿La asistencia técnica que MIEUX+ da a los países socios se cobra?', 'es', 'institution-costs'],
    ['Do partner countries get MIEUX+ support for nothing?', 'en', 'institution-costs'],
    ["L'appui de MIEUX+ aux pays partenaires est-il payant ?", 'fr', 'institution-costs'],
    // Guards (the same on main): the experts' pay, free movement and what partner countries get.
    ['¿Les pagan a los expertos?', 'es', 'expert-pay'],
    ['Does MIEUX+ work on free movement of persons?', 'en', 'area-legal-migration'],
    ['Que propose MIEUX+ aux pays partenaires ?', 'fr', 'partner-countries'],
    ['¿Qué ofrece MIEUX+ a los países socios y cuánto cuesta recibir ese apoyo?', 'es', 'partner-countries+institution-costs'],
  ]);
});

// A short question pointing back to the sentence before ("eso", "that", « ça ») names MIEUX+ only as its frame.
describe('"what does that mean for MIEUX+?" after a topic is named asks about that topic', () => {
  itLabels([
    ['We keep hearing about the Team Europe approach at work. What does that mean for MIEUX+?', 'en', 'team-europe'],
    ['En mi unidad se habla mucho del enfoque Equipo Europa. ¿Qué significa eso en MIEUX+?', 'es', 'team-europe'],
    ["Dans nos réunions on parle de l'approche Team Europe. Qu'est-ce que cela signifie pour MIEUX+ ?", 'fr', 'team-europe'],
    // Guards (the same on main): MIEUX+ itself named before; a topic already read with the frame.
    ['Me hablaron de MIEUX+ en un congreso. ¿Qué significa eso?', 'es', 'about'],
    ["Au ministère on évoque souvent l'approche Team Europe. Qu'est-ce que ça veut dire pour MIEUX+ ?", 'fr', 'team-europe'],
  ]);
});

// Only the language's name was left of "dominar el inglés", and a place beside it made the question one about regions.
describe('a language one must speak, master or be fluent in asks which languages are used', () => {
  itLabels([
    ['must I be fluent in Arabic to go to Morocco?', 'en', 'languages-required'],
    ['¿hace falta dominar el inglés para ir a Asia?', 'es', 'languages-required'],
    ['dois-je parler espagnol pour aller en Amérique latine ?', 'fr', 'languages-required'],
    // Guards (the same on main): saying which language one speaks tells who asks.
    ['do I need to speak Spanish for an Action in Latin America?', 'en', 'languages-required'],
    ['I speak Spanish, can I become an expert?', 'en', 'clarify'],
    ['faut-il maîtriser le portugais ?', 'fr', 'languages-required'],
  ]);
});

// "Call" was a call for applications, "hablo" a language spoken, « m'adresser » nothing known.
describe('"who do I call?", "¿con quién hablo?", « à qui m\'adresser ? » ask whom to contact', () => {
  itLabels([
    ['who do I call?', 'en', 'contact'],
    ['who should I ring about this?', 'en', 'contact'],
    ['¿con quién hablo?', 'es', 'contact'],
    ['¿a quién tengo que llamar?', 'es', 'contact'],
    ["à qui dois-je m'adresser ?", 'fr', 'contact'],
    ['qui dois-je appeler ?', 'fr', 'contact'],
    // Guards (the same on main).
    ['who can I contact?', 'en', 'contact'],
    ['qui contacter ?', 'fr', 'contact'],
  ]);
});

describe("asking to be linked up with the team, or « qu'on me recontacte », starts the hand-off", () => {
  itLabels([
    ['could you link us up with someone at MIEUX+?', 'en', 'handoff'],
    ['conéctenme con el equipo por favor', 'es', 'handoff'],
    ["Pourriez-vous me relier à l'équipe de MIEUX+ ?", 'fr', 'handoff'],
    ["Notre direction aimerait collaborer avec MIEUX+, qu'on nous recontacte.", 'fr', 'handoff'],
    // Guards (the same on main).
    ['put me in touch with the team please', 'en', 'handoff'],
  ]);
});

// "Genre" was gender (the horizontal area), and asking which questions the bot answers matched no help phrase.
describe('which kinds of questions the bot answers asks for help', () => {
  itLabels([
    ['à quel genre de questions tu réponds ?', 'fr', 'smallTalk'],
    ['vous pouvez répondre à quels types de questions ?', 'fr', 'smallTalk'],
    ['¿qué clase de preguntas contestas?', 'es', 'smallTalk'],
    ['¿a qué tipo de preguntas puedes responder?', 'es', 'smallTalk'],
    ['what sort of questions can you answer?', 'en', 'smallTalk'],
    ['which questions can you respond to?', 'en', 'smallTalk'],
    // Guards (the same on main): a question about gender is the horizontal area's.
    ['¿MIEUX+ trabaja la perspectiva de género?', 'es', 'area-horizontal'],
  ]);
});

// The country an expert would work from was read as a question about countries (COUNTRY_NAME asks the country list).
describe("working online or at a distance from one's own country asks whether the work is remote", () => {
  itLabels([
    ['could I help out online from Sweden?', 'en', 'remote-work'],
    ['can experts work online from home in Spain?', 'en', 'remote-work'],
    ['¿puedo participar a distancia desde España?', 'es', 'remote-work'],
    ['¿Se puede colaborar en línea desde Portugal sin viajar?', 'es', 'remote-work'],
    ["Est-ce possible d'intervenir à distance depuis la Belgique ?", 'fr', 'remote-work'],
    ['peut-on contribuer en ligne depuis le Portugal ?', 'fr', 'remote-work'],
    // Guards (the same on main): where the work would be is another question.
    ['Can I work remotely from Latvia without travelling?', 'en', 'remote-work'],
    ['Are MIEUX+ activities held online in Moldova?', 'en', 'country-list'],
  ]);
});

// "It" is MIEUX+ in a chat about it: what kind of body it is asks what it is, not whether NGOs may take part.
describe('"is it an NGO?", « c\'est une sorte d\'agence ? » ask what MIEUX+ is', () => {
  itLabels([
    ['Is it an NGO?', 'en', 'about'],
    ['is it a charity?', 'en', 'about'],
    ['¿Se trata de una ONG?', 'es', 'about'],
    ['¿Se trata de una agencia?', 'es', 'about'],
    ["c'est une sorte d'agence ?", 'fr', 'about'],
    // Guards (the same on main): whether NGOs may take part, and a kind of body with a subject of its own.
    ['Can an NGO take part?', 'en', 'other-participants'],
    ['¿puede participar una ONG?', 'es', 'other-participants'],
    ['une ONG peut-elle participer ?', 'fr', 'other-participants'],
    ['Mi empleador es una ONG, ¿puedo ser experto?', 'es', 'other-participants'],
    ["Mon employeur c'est une ONG, puis-je être expert ?", 'fr', 'other-participants'],
    ['I work for a charity. Is this a body that can apply to MIEUX+?', 'en', 'application-process'],
  ]);
});

// The question's own "sujet" (the areas) outweighed the statement's topic read together with it.
describe('whether MIEUX+ works on "this subject" after a statement naming one of its areas asks about that area', () => {
  itLabels([
    ['Je prépare un exposé sur la traite des êtres humains. MIEUX+ travaille-t-il sur ce sujet ?', 'fr', 'area-irregular-migration'],
    ["Je travaille sur la traite des êtres humains. C'est un sujet pour MIEUX+ ?", 'fr', 'area-irregular-migration'],
    // Guards (the same on main).
    ["J'écris un article sur les transferts de fonds des migrants. MIEUX+ s'occupe-t-il de ce sujet ?", 'fr', 'area-migration-development'],
    ['My dissertation is on brain drain. Is that one of the subjects MIEUX+ works on?', 'en', 'area-migration-development'],
    ['Mi tesis es sobre la trata de personas. ¿Está entre los ámbitos de trabajo de MIEUX+?', 'es', 'area-irregular-migration'],
    ['¿En qué temas trabaja MIEUX+?', 'es', 'areas'],
    ['Je fais un mémoire sur la traite des personnes. Quels domaines couvre MIEUX+ ?', 'fr', 'areas'],
  ]);
});

// Cut at "and", the first half was only a subject ("what is it that partner countries") and found an answer of its own.
describe('two things joined as the subjects of one reciprocal verb ("learn from each other") make one question', () => {
  itLabels([
    ['What is it that partner countries and member states learn from one another?', 'en', 'mutual-learning'],
    ['¿Qué es lo que los países socios y los expertos de la UE aprenden unos de otros?', 'es', 'mutual-learning'],
    ['¿Qué intercambian mutuamente los países socios y los Estados miembros?', 'es', 'mutual-learning'],
    ["Que retirent mutuellement les pays partenaires et les États membres d'une Action ?", 'fr', 'mutual-learning'],
    // Guards (the same on main): "entre ellos" is "among them"; two questions stay two.
    ['¿Cuántos expertos hay y está España entre ellos?', 'es', 'figures+country-list'],
    ['Do partner countries and Member States learn from each other and are experts paid?', 'en', 'mutual-learning+expert-pay'],
    ['¿Los países socios y los Estados miembros aprenden unos de otros y se paga a los expertos?', 'es', 'mutual-learning+expert-pay'],
    [
      'Les pays partenaires et les États membres apprennent-ils les uns des autres et les experts sont-ils payés ?',
      'fr',
      'mutual-learning+expert-pay',
    ],
    ["Qu'est-ce que les pays partenaires et les experts européens apprennent les uns des autres ?", 'fr', 'mutual-learning'],
  ]);
});

// Contacting a partner country is the institutional route the brochure describes, not a wish to be put in touch with the team.
describe('a Member State institution contacting a partner country asks about the institutional route, not for the hand-off', () => {
  itLabels([
    ['Trabajo en un ministerio belga: ¿podemos contactar con un país socio para empezar una solicitud?', 'es', 'institutional-cooperation'],
    // Guards (the same on main).
    ['I work at an Austrian ministry: can we contact a partner country ourselves to open a request?', 'en', 'institutional-cooperation'],
    [
      'Je travaille dans un ministère autrichien : pouvons-nous contacter un pays partenaire pour ouvrir une demande ?',
      'fr',
      'institutional-cooperation',
    ],
    ['pónganme en contacto con el equipo, por favor', 'es', 'handoff'],
  ]);
  it.each<[string, Lang]>([
    ["we'd like to get in touch with a partner country directly", 'en'],
    ['we would like to contact a partner country to start a request, is that possible?', 'en'],
    ['¿podemos contactar nosotros con un país socio?', 'es'],
    ['queremos contactar a un país socio para proponer un tema, ¿se puede?', 'es'],
    ['on voudrait prendre contact avec un pays partenaire directement', 'fr'],
    ["nous aimerions contacter un pays partenaire pour lancer une demande, c'est possible ?", 'fr'],
  ])('%j (%s) does not start the hand-off', (text, lang) => {
    expect(label(text, lang)).not.toBe('handoff');
  });
});

// Someone asking for an internship is outside a Member State's public administration (conversation.yaml outsiders):
// the brochure does not say whether such people take part.
describe('asking for an internship or traineeship asks whether people outside public administration take part', () => {
  itLabels([
    ['¿Puedo hacer prácticas en MIEUX+?', 'es', 'other-participants'],
    ['MIEUX+ prend-il des stagiaires ?', 'fr', 'other-participants'],
    ['Can I do an internship with MIEUX+?', 'en', 'other-participants'],
    // Guards (the same on main): good practices are no internship; "international" is no intern.
    ['¿Cómo comparten los expertos buenas prácticas con MIEUX+?', 'es', 'become-expert'],
    ['Est-ce que je peux faire un stage chez MIEUX+ ?', 'fr', 'other-participants'],
  ]);
});

// « Se font sur place » (take place on site) was read as « font … sur place » (what experts do there); « parlent » was no speaking verb.
describe('« les missions se font sur place ? » asks whether the work is remote; « des agents qui parlent anglais » which languages', () => {
  itLabels([
    ['Vos missions se font sur place ?', 'fr', 'remote-work'],
    ['vous cherchez des experts qui parlent arabe ?', 'fr', 'languages-required'],
    // Guards (the same on main).
    ['les experts font quoi sur place ?', 'fr', 'become-expert'],
    ['must the expert be someone who speaks Arabic?', 'en', 'languages-required'],
    ['¿Los expertos que mandan hablan árabe?', 'es', 'languages-required'],
  ]);
});

// "Gets to" was getting something (the first of three answers close together); "tiene derecho a" the right to protection.
describe('"who gets to…", "¿quién tiene derecho a…?", « qui a le droit de… ? » ask who can', () => {
  itLabels([
    ['who gets to ask MIEUX+ for an Action?', 'en', 'institutional-cooperation'],
    ['¿quiénes tienen derecho a ser expertos?', 'es', 'become-expert'],
    // Guards (the same on main).
    ['who gets to be an expert?', 'en', 'become-expert'],
    ['¿quién tiene derecho a pedir una Acción?', 'es', 'institutional-cooperation'],
    ['qui a le droit de demander une Action ?', 'fr', 'institutional-cooperation'],
    ['qui est autorisé à devenir expert ?', 'fr', 'become-expert'],
  ]);
});
