import { describe, expect, it } from 'vitest';
import { WORD_REWRITES } from '../../../src/core/language/wordRewrites';
import type { Lang } from '../../../src/core/language/languages';
import { QUESTION_WORDS } from '../../../src/core/language/questionWords';
import { STOP_WORDS } from '../../../src/core/language/stopWords';
import { normalise } from '../../../src/core/language/normalise';
import { tokenise } from '../../../src/core/language/tokenise';
import { QuestionSegmenter } from '../../../src/core/understanding/questionParts';

const segmenter = new QuestionSegmenter(QUESTION_WORDS, STOP_WORDS, WORD_REWRITES);
const parts = (text: string, lang: Lang) => segmenter.parts(text, lang).map((p) => p.join(' '));
/** Each question's words, the words said before it, and whether those were told after it (a reason, a story). */
const toldQuestions = (text: string, lang: Lang) =>
  segmenter
    .questions(text, lang)
    .map((q) => ({ words: q.words.join(' '), before: q.before.join(' '), ...(q.toldAfter ? { toldAfter: true } : {}) }));

describe('QuestionSegmenter: the questions of a message, without the introduction', () => {
  it.each<[string, Lang, string[]]>([
    ['¿Qué es MIEUX+?', 'es', ['que es mieux']],
    ['que es mieux', 'es', ['que es mieux']],
    // A greeting and an introduction are left out; two questions joined by "y quién" are two.
    [
      'Buenas tardes, trabajo en la Subdirección General de Protección Internacional. ¿Me podrías decir quién la paga y quién la gestiona?',
      'es',
      ['me podrias decir quien la paga', 'quien la gestiona'],
    ],
    ['¿Qué es MIEUX+ y en qué regiones trabaja?', 'es', ['que es mieux', 'en que regiones trabaja']],
    // Numbered questions on one line are as many questions; the numbers and bullets are no words of theirs.
    ['Dos preguntas: 1) quién financia MIEUX+ 2) cuánto dura una Acción', 'es', ['quien financia mieux', 'cuanto dura una accion']],
    ['Two questions: 1. who funds MIEUX+ 2. which regions do you cover', 'en', ['who funds mieux', 'which regions do you cover']],
    ['Deux questions : 1/ qui finance MIEUX+ 2/ quelles régions couvrez-vous', 'fr', ['qui finance mieux', 'quelles regions couvrez vous']],
    ['- qui finance MIEUX+ ?\n- combien de temps dure une Action ?', 'fr', ['qui finance mieux', 'combien de temps dure une action']], // a guard: the same on main
    // Items a colon announces, with no question mark anywhere, are asked; with one, they are context.
    ['Dos consultas:\n- áreas temáticas de MIEUX+\n- número de expertos', 'es', ['areas tematicas de mieux', 'numero de expertos']],
    ['Context:\n- consultant on migration\n- writing a report\nQuestion: who funds MIEUX+?', 'en', ['who funds mieux']],
    // A statement that turns to a question at "but", "pero", "mais": the topics it names are said, not asked.
    ['I know it covers asylum and remittances, but who implements it?', 'en', ['who implements it']],
    ['ya sé que trabajan en asilo y remesas pero quién lo financia', 'es', ['quien lo financia']],
    ["Je sais que vous travaillez sur l'asile et les migrations de travail, mais qui vous finance ?", 'fr', ['qui vous finance']],
    // Words before it that ask something themselves stay one question (guards: the same on main).
    ['¿Es gratis pero hay que pagar el viaje?', 'es', ['es gratis pero hay que pagar el viaje']],
    ['Is it free but do we pay the travel?', 'en', ['is it free but do we pay the travel']],
    // A decimal is no list number (a guard: the same on main).
    ['¿Qué tiene que ver MIEUX+ con la meta 10.7 de los ODS?', 'es', ['que tiene que ver mieux con la meta 10 7 de los ods']],
    [
      'Hola. Soy técnica en un ministerio. Quisiera conocer qué áreas temáticas cubre MIEUX+.',
      'es',
      ['quisiera conocer que areas tematicas cubre mieux'],
    ],
    ['Me han denegado el visado. ¿Qué puedo hacer?', 'es', ['que puedo hacer']],
    ['q hacen ustedes', 'es', ['que hacen ustedes']],
    ["I'm a border guard officer in Poland. Could I be deployed as an expert?", 'en', ['could i be deployed as an expert']],
    ['What is the budget and who pays the experts?', 'en', ['what is the budget', 'who pays the experts']],
    ['hi! what do u do', 'en', ['what do you do']],
    [
      'Bonjour, je suis cheffe de bureau au ministère. Comment fonctionne la voie institutionnelle ?',
      'fr',
      ['comment fonctionne la voie institutionnelle'],
    ],
    ['Qui finance MIEUX+ et dans quelles régions travaille-t-il ?', 'fr', ['qui finance mieux', 'dans quelles regions travaille t il']],
    // Requests for information as officials write them, mid-sentence too.
    [
      'Good morning, I am a director at the Ministry of Labour in Accra and my minister asked me to find out what support MIEUX+ offers to partner countries',
      'en',
      // That the minister asked is said: the question is what follows it.
      ['what support mieux offers to partner countries'],
    ],
    ['Greetings from Manila. Kindly let me know which regions MIEUX+ covers.', 'en', ['let me know which regions mieux covers']],
    // A question that opens with "o sea", "I mean", "c'est-à-dire" asks the one before it again: one question.
    ['¿Para qué sirve MIEUX+? O sea, ¿qué persiguen?', 'es', ['para que sirve mieux que persiguen']],
    ['Who funds MIEUX+? I mean, who pays for all this?', 'en', ['who funds mieux who pays for all this']],
    ["Qui finance MIEUX+ ? C'est-à-dire, d'où vient l'argent ?", 'fr', ['qui finance mieux d ou vient l argent']],
    // After a statement, the marker opens no restatement.
    ['Trabajo en el ministerio, o sea, en migraciones. ¿Quién financia MIEUX+?', 'es', ['quien financia mieux']], // a guard: the same on main
    // A sentence ending with a colon announces the question after it: it is said, not asked.
    ['Tengo una duda práctica antes de dar el paso: ¿cuánto suele durar una Acción?', 'es', ['cuanto suele durar una accion']],
    ["J'aimerais savoir une chose : les experts sont-ils payés ?", 'fr', ['les experts sont ils payes']],
    ['One question for you: who funds MIEUX+?', 'en', ['who funds mieux']],
    // "Il y a" mid-sentence is "ago" or "there is" in a statement; at a sentence's start it asks.
    [
      'Bonjour, nous avons reçu il y a deux ans une brochure de MIEUX+. Est-ce que le programme existe encore ?',
      'fr',
      ['est ce que le programme existe encore'],
    ],
    ['Je travaille à la préfecture et il y a beaucoup de demandes. Qui finance MIEUX+ ?', 'fr', ['qui finance mieux']],
    ['Il y a des frais pour les institutions ?', 'fr', ['il y a des frais pour les institutions']],
    // No question sentence: the whole message is the one part.
    ['Me gustaría que alguien del equipo me llamara.', 'es', ['me gustaria que alguien del equipo me llamara']],
    // "10.7" is a number, not the end of a sentence.
    ['¿Qué relación tiene MIEUX+ con la meta 10.7 de los ODS?', 'es', ['que relacion tiene mieux con la meta 10 7 de los ods']],
    ['', 'es', []],
  ])('%j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter.questions: each question with the statement said just before it', () => {
  it.each<[string, Lang, { words: string; before: string }[]]>([
    ['Me han denegado el visado. ¿Qué puedo hacer?', 'es', [{ words: 'que puedo hacer', before: 'me han denegado el visado' }]],
    [
      'Soy técnica. ¿Qué es MIEUX+ y quién la financia?',
      'es',
      [
        { words: 'que es mieux', before: 'soy tecnica' },
        { words: 'quien la financia', before: '' },
      ],
    ],
    [
      'What is MIEUX+? Who funds it?',
      'en',
      [
        { words: 'what is mieux', before: '' },
        { words: 'who funds it', before: '' },
      ],
    ],
    // A statement that turns into a request for information mid-sentence.
    [
      'Una colega me habló de la iniciativa y me gustaría saber quién la gestiona.',
      'es',
      [{ words: 'me gustaria saber quien la gestiona', before: 'una colega me hablo de la iniciativa y' }],
    ],
    [
      'I read about MIEUX+ in a newsletter, and I would like to know who runs it.',
      'en',
      [{ words: 'i would like to know who implements it', before: 'i read about mieux in a newsletter and' }],
    ],
    [
      "On m'a parlé de MIEUX+ au bureau et je voulais savoir qui le finance.",
      'fr',
      [{ words: 'je voulais savoir qui le finance', before: 'on m a parle de mieux au bureau et' }],
    ],
    // Two words are enough when they say "I want to know" (questionWords.ts, midSentence).
    [
      'Preparamos un informe para la dirección y necesito saber cuántos expertos ha movilizado.',
      'es',
      [{ words: 'necesito saber cuantos expertos ha movilizado', before: 'preparamos un informe para la direccion y' }],
    ],
    [
      'Our unit reviews donor programmes, kindly inform who funds this initiative.',
      'en',
      [{ words: 'kindly inform who funds this initiative', before: 'our unit reviews donor programmes' }],
    ],
    [
      'Notre direction prépare une note, nous aimerions savoir qui finance MIEUX+.',
      'fr',
      [{ words: 'nous aimerions savoir qui finance mieux', before: 'notre direction prepare une note' }],
    ],
    // The reason given after a question is said, and read as said before it.
    [
      '¿Trabajan en asilo, ya que estamos revisando nuestra ley?',
      'es',
      [{ words: 'trabajan en asilo', before: 'estamos revisando nuestra ley' }],
    ],
    [
      'Do you cover labour migration, since we are drafting a new policy?',
      'en',
      [{ words: 'do you cover labour migration', before: 'we are drafting a new policy' }],
    ],
    [
      'Travaillez-vous sur le climat, car nous préparons une stratégie ?',
      'fr',
      [{ words: 'travaillez vous sur le climat', before: 'nous preparons une strategie' }],
    ],
    // Not when what follows asks again, nor before the question has been asked (guards: the same on main).
    ['¿Es gratis, ya que quién paga los viajes?', 'es', [{ words: 'es gratis ya que quien paga los viajes', before: '' }]],
    ['Since when does MIEUX+ exist?', 'en', [{ words: 'since when does mieux exist', before: '' }]],
    ['Has MIEUX+ worked in Africa since 2009?', 'en', [{ words: 'has mieux worked in africa since 2009', before: '' }]],
    // A letter's request for information opens the question (everydayPhrases.ts).
    [
      'Me dirijo a ustedes a fin de solicitar información sobre las regiones de MIEUX+.',
      'es',
      [{ words: 'quisiera saber las regiones de mieux', before: 'me dirijo a ustedes a fin de' }],
    ],
    // Two-word openers that are no request for information do not cut a statement (a guard: the same on main).
    [
      'Trabajo en una oficina donde se puede ver mucho movimiento. ¿Quién financia MIEUX+?',
      'es',
      [{ words: 'quien financia mieux', before: 'trabajo en una oficina donde se puede ver mucho movimiento' }],
    ],
  ])('%j', (text, lang, expected) => {
    expect(segmenter.questions(text, lang).map((q) => ({ words: q.words.join(' '), before: q.before.join(' ') }))).toEqual(expected);
  });

  it.each<[string, Lang, boolean]>([
    ['que puedo hacer', 'es', true],
    ['que es mieux', 'es', true],
    ['que es el presupuesto', 'es', false],
    ['what should i do', 'en', true],
    ['que faire', 'fr', true],
  ])('%j says nothing of its own: %s', (words, lang, nothing) => {
    expect(segmenter.saysNothing(words.split(' '), lang)).toBe(nothing);
  });

  it.each<[string, Lang, string[]]>([
    ['cuantos expertos hay y se les paga', 'es', ['cuantos expertos hay | se les paga']],
    ['do you work on asylum and on remittances', 'en', ['do you work on asylum | on remittances']],
    ['y que es', 'es', []],
    ['es gratis o hay que pagar', 'es', ['es gratis | hay que pagar (or)']],
    ['is it free or do we pay', 'en', ['is it free | do we pay (or)']],
    ['is it free and do we pay', 'en', ['is it free | do we pay']],
    ["c'est gratuit ou faut il payer", 'fr', []],
    // After "entre", "between", the joiner pairs two things: no second question.
    ['travaillez vous sur le lien entre migration et climat', 'fr', []],
    ['trabajan la relacion entre la migracion laboral y el clima', 'es', []],
    ['do you work on the link between migration and climate', 'en', []],
  ])('the ways to cut %j at a joiner', (words, lang, halves) => {
    const cuts = segmenter.joinedHalves(words.split(' '), lang);
    expect(cuts.map(({ left, right, alternative }) => `${left.join(' ')} | ${right.join(' ')}${alternative ? ' (or)' : ''}`)).toEqual(
      halves,
    );
  });
});

describe('QuestionSegmenter: a question joined to another in the same sentence knows which', () => {
  it.each<[string, Lang, (string | undefined)[]]>([
    ['¿Qué es la OIM y a qué se dedica?', 'es', [undefined, 'que es la oim']],
    ['Who funds MIEUX+ and which regions does it cover?', 'en', [undefined, 'who funds mieux']],
    ['Bonjour. Qui finance MIEUX+ ?', 'fr', [undefined]],
  ])('%j', (text, lang, joinedTo) => {
    expect(segmenter.questions(text, lang).map((q) => q.joinedTo?.join(' '))).toEqual(joinedTo);
  });
});

describe('QuestionSegmenter: a role after "o" is the other side of a choice, not a second question', () => {
  it.each<[string, Lang, string[]]>([
    ['¿Se puede colaborar a título individual o como institución?', 'es', ['se puede colaborar a titulo individual o como institucion']],
    // "Cómo" asking how is still a second question (a guard: the same on main).
    ['¿Cuánto cuesta o cómo se paga la Acción?', 'es', ['cuanto cuesta', 'como se paga la accion']],
  ])('%j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter.questions: the statements before the one just before the question are its story', () => {
  it.each<[string, Lang, (string[] | undefined)[]]>([
    ['Un compañero me habló de MIEUX+. Trabajo en Lima. ¿Qué es?', 'es', [['un companero me hablo de mieux']]],
    [
      'We met in Accra. A colleague mentioned MIEUX+. I work at the ministry. What is it?',
      'en',
      [['we met in accra', 'a colleague mentioned mieux']],
    ],
    // Back to the last question only.
    ["Qui finance MIEUX+ ? On m'en a parlé. Je suis étudiant. C'est quoi ?", 'fr', [undefined, ['on m en a parle']]],
    ['Trabajo en Lima. ¿Qué es MIEUX+?', 'es', [undefined]],
  ])('%j', (text, lang, stories) => {
    expect(segmenter.questions(text, lang).map((q) => q.story?.map((s) => s.join(' ')))).toEqual(stories);
  });
});

describe('QuestionSegmenter.whatIsNameWithoutClause: a clause describing the name after "what is" is not asked', () => {
  const segmenter = new QuestionSegmenter(QUESTION_WORDS, STOP_WORDS, WORD_REWRITES);
  it.each<[string, Lang, string]>([
    ["c'est quoi ce mieux dont tout le monde parle au bureau", 'fr', 'c est quoi ce mieux'],
    ['que es ese mieux del que todos hablan en la oficina', 'es', 'que es ese mieux'],
    ['what s this mieux thing everyone talks about', 'en', 'what s this mieux thing'],
    // Not after other questions: Spanish "que" after the name is no clause there.
    ['como ayuda mieux a que se conozcan las normas', 'es', 'como ayuda mieux a que se conozcan las normas'],
    ['what is mieux', 'en', 'what is mieux'],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(segmenter.whatIsNameWithoutClause(tokenise(normalise(text)), lang).join(' ')).toBe(expected);
  });
});

describe('QuestionSegmenter: the role someone asks in, said before "¿", is not asked', () => {
  const segmenter = new QuestionSegmenter(QUESTION_WORDS, STOP_WORDS, WORD_REWRITES);
  it.each<[string, Lang, string[]]>([
    [
      'Como administración de un Estado miembro, ¿podemos escribir al equipo para iniciar una solicitud?',
      'es',
      ['como administracion de un estado miembro podemos escribir al equipo para iniciar una solicitud'],
    ],
    // A question that opens with "cómo" and goes on after "¿" is still asked (a guard: the same on main).
    ['¿Cómo se colabora? ¿Hay plazos?', 'es', ['como se colabora', 'hay plazos']],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(segmenter.parts(text, lang).map((p) => p.join(' '))).toEqual(expected);
  });
});

describe('QuestionSegmenter: what someone takes back is not asked', () => {
  it.each<[string, Lang, string[]]>([
    ['Tengo una duda sobre mi permiso de residencia... no, perdón, ¿quién financia MIEUX+?', 'es', ['quien financia mieux']],
    ['¿Cuántos expertos hay? Bueno no, ¿cuánto dura una Acción?', 'es', ['cuanto dura una accion']],
    ['How many experts... scratch that, who runs MIEUX+?', 'en', ['who runs mieux']],
    ['My visa was refused. No wait, I wanted to ask which regions you work in.', 'en', ['i wanted to ask which regions you work in']], // a guard (the same on main)
    ['Combien coûte une Action ? Non pardon, qui peut être expert ?', 'fr', ['qui peut etre expert']],
    // A correction with nothing after it takes back nothing (a guard).
    ['¿Quién financia MIEUX+? No, no.', 'es', ['quien financia mieux']],
    // "No" alone opens answers, not corrections (a guard).
    ['No sé nada de MIEUX+. ¿Qué es?', 'es', ['que es']],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: a thing named just before "what is" is what it asks about', () => {
  it.each<[string, Lang, string[]]>([
    ["le but de MIEUX+ c'est quoi au juste", 'fr', ['le but de mieux c est quoi au juste']],
    ["le site de mieux c'est quoi l'adresse", 'fr', ['le site de mieux c est quoi l adresse']],
    ['los objetivos de mieux que es lo que buscan', 'es', ['los objetivos de mieux que es lo que buscan']], // a guard (the same on main)
    // A statement before it is said, not asked (a guard: the same on main).
    ["j'ai rien compris à votre truc c'est quoi MIEUX+", 'fr', ['c est quoi mieux']],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: a sentence that only asks how the question before relates to MIEUX+ is part of it', () => {
  it.each<[string, Lang, string[]]>([
    ["team europe?? what's that got to do with mieux", 'en', ['team europe']],
    ["C'est quoi l'ICMPD ? Quel rapport avec MIEUX+ ?", 'fr', ['c est quoi l icmpd']],
    // With a topic of its own, it is a question of its own (a guard: the same on main).
    [
      '¿Qué es el ICMPD? ¿Qué tiene que ver con la financiación de MIEUX+?',
      'es',
      ['que es el icmpd', 'que tiene que ver con la financiacion de mieux'],
    ],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: with no question mark, the story after a question and a comma is told, not asked', () => {
  it.each<[string, Lang, { words: string; before: string; toldAfter?: boolean }[]]>([
    [
      'que hacen ustedes, me mandaron un enlace por correo y no se nada',
      'es',
      [{ words: 'que hacen ustedes', before: 'me mandaron un enlace por correo y no se nada', toldAfter: true }],
    ],
    [
      'what are the themes you work on, i cant find them on the website',
      'en',
      [{ words: 'what are the themes you work on', before: 'i cant find them on the website', toldAfter: true }],
    ],
    [
      "c'est quoi mieux, j'ai reçu un mail de mon chef",
      'fr',
      [{ words: 'c est quoi mieux', before: 'j ai recu un mail de mon chef', toldAfter: true }],
    ],
    // What follows the comma asks again, or joins a second question: one sentence (guards: the same on main).
    ['que es mieux, como funciona', 'es', [{ words: 'que es mieux como funciona', before: '' }]],
    [
      'qué fue, y para un país de la UE qué ventaja tiene',
      'es',
      [{ words: 'que fue y para un pais de la ue que ventaja tiene', before: '' }],
    ],
    [
      "j'aimerais savoir si vous couvrez l'asile, et aussi si le Tchad est couvert",
      'fr',
      [{ words: 'aimerais savoir si vous couvrez l asile et aussi si le tchad est couvert', before: 'j' }],
    ],
    // A question mark says where the question is (a guard: the same on main).
    ['¿qué es MIEUX+?, me llegó un correo', 'es', [{ words: 'que es mieux me llego un correo', before: '' }]],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(toldQuestions(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: a request with no question mark, followed by the question written as one, said what it asks', () => {
  it.each<[string, Lang, string[]]>([
    ['Mi jefa quiere saber si esto vale la pena. ¿Qué gana un Estado miembro con MIEUX+?', 'es', ['que gana un estado miembro con mieux']],
    ['My manager wants to know where you could help us. What themes do you work on?', 'en', ['what themes do you work on']],
    // A question that goes on from it, one with no words of its own, and one the request runs on into: both are read (guards: the same on main).
    [
      'Quisiera saber quién financia MIEUX+. ¿Y cuánto dura una Acción?',
      'es',
      ['quisiera saber quien financia mieux', 'y cuanto dura una accion'],
    ],
    [
      'Me gustaría saber en qué regiones trabajan. ¿Me lo podrían aclarar?',
      'es',
      ['me gustaria saber en que regiones trabajan', 'me lo podrian aclarar'],
    ],
    ['Les quería preguntar, ¿qué hace MIEUX+?', 'es', ['queria preguntar', 'que hace mieux']],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: one word before "¿" that the knowledge base never uses calls out, it names no topic', () => {
  const knowing = new QuestionSegmenter(QUESTION_WORDS, STOP_WORDS, WORD_REWRITES, {
    es: (w) => ['salud', 'asilo'].includes(w),
    en: () => false,
    fr: () => false,
  });
  it.each<[string, { words: string; before: string }[]]>([
    ['Ñaño, ¿esto lo paga la UE?', [{ words: 'esto lo paga la ue', before: 'nano' }]],
    // A topic the knowledge base knows is what the question is about; fillers stay where they are.
    ['Salud, ¿es un tema?', [{ words: 'salud es un tema', before: '' }]],
    ['Oigan, ¿quién paga esto?', [{ words: 'oigan quien paga mieux', before: '' }]],
  ])('%j → %j', (text, expected) => {
    expect(knowing.questions(text, 'es').map((q) => ({ words: q.words.join(' '), before: q.before.join(' ') }))).toEqual(expected);
  });
});

describe('QuestionSegmenter.joinedHalves: no cut before what is said not to be so', () => {
  it.each<[string, Lang, number]>([
    ['is it implemented by icmpd and not by the commission', 'en', 0],
    ['lo implementa el icmpd y no la comision', 'es', 0],
    ['c est l icmpd et non la commission', 'fr', 0],
    // A second question after "y no" keeps its cut (a guard: the same on main).
    ['los expertos cobran y no hay que pagar nada', 'es', 1],
  ])('%j (%s) → %i cuts', (text, lang, cuts) => {
    expect(segmenter.joinedHalves(text.split(' '), lang)).toHaveLength(cuts);
  });
});

describe('QuestionSegmenter: an introduction before a comma is said before the question', () => {
  it.each<[string, Lang, { words: string; before: string }[]]>([
    ["I'm a student, what is MIEUX+?", 'en', [{ words: 'what is mieux', before: 'i m a student' }]],
    ["Je suis étudiant, c'est quoi MIEUX+ ?", 'fr', [{ words: 'c est quoi mieux', before: 'je suis etudiant' }]],
    ['Soy estudiante de máster, ¿qué es MIEUX+?', 'es', [{ words: 'que es mieux', before: 'soy estudiante de master' }]],
    // What one will do once answered is said too ("before I…", « avant de… », "antes de…").
    [
      'Before I take this to my boss, do you know how long an Action lasts?',
      'en',
      [{ words: 'do you know how long an action lasts', before: 'before i take this to my boss' }],
    ],
    [
      "Avant d'en parler à mon chef, combien de temps dure une Action ?",
      'fr',
      [{ words: 'combien de temps dure une action', before: 'avant d en parler a mon chef' }],
    ],
    // Not a story of more words, nor a clause that asks itself (guards: the same on main).
    [
      "I'm a student in Italy and my residence permit is very late, who should I call?",
      'en',
      [{ words: 'i m a student in italy and my residence permit is very late who can i contact', before: '' }],
    ],
    ['Is MIEUX+ funded by the EU, who runs it?', 'en', [{ words: 'is mieux funded by the eu who implements it', before: '' }]],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(segmenter.questions(text, lang).map((q) => ({ words: q.words.join(' '), before: q.before.join(' ') }))).toEqual(expected);
  });
});

describe('QuestionSegmenter: a question someone else asked, reported, is asked; who asked is said', () => {
  it.each<[string, Lang, { words: string; before: string; toldAfter?: boolean }[]]>([
    [
      'Mi jefe me ha pedido que averigüe en qué regiones trabajan',
      'es',
      [{ words: 'en que regiones trabajan', before: 'mi jefe me ha pedido que averigue' }],
    ],
    [
      'La subdirectora me pide que le pregunte quién gestiona MIEUX+',
      'es',
      [{ words: 'quien gestiona mieux', before: 'la subdirectora me pide que le pregunte' }],
    ],
    [
      'My supervisor has asked me to find out how long a deployment lasts',
      'en',
      [{ words: 'how long a deployment lasts', before: 'my supervisor has asked me to find out' }],
    ],
    [
      'Our head of unit asked me to find out in which regions you are active',
      'en',
      [{ words: 'in which regions you are active', before: 'our head of unit asked me to find out' }],
    ],
    [
      "Mon directeur m'a demandé de savoir combien d'experts ont été déployés",
      'fr',
      [{ words: 'combien d experts ont ete deployes', before: 'mon directeur m a demande de savoir' }],
    ],
    // What follows the report after a comma, and asks nothing, is the story told after it.
    [
      'Mi jefa me pide que le pregunte cómo puede participar un ministerio, sea enviando personal o de otro modo',
      'es',
      [{ words: 'como puede participar un ministerio', before: 'sea enviando personal o de otro modo', toldAfter: true }],
    ],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(toldQuestions(text, lang)).toEqual(expected);
  });

  // A report of what one was asked to do, with no question after it, and one restated as a question: as before (guards: the same on main).
  it.each<[string, Lang, string[]]>([
    ['My director asked me to find out more about this programme. Which areas does it cover?', 'en', ['which areas does it cover']],
    ['Mi jefe me ha pedido que averigüe cuántas Acciones hay. ¿Tienen esa cifra?', 'es', ['tienen esa cifra']],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(parts(text, lang)).toEqual(expected);
  });
});

describe('QuestionSegmenter: "porque" after a question gives its reason; with nothing asked before it, it asks why', () => {
  it.each<[string, Lang, { words: string; before: string; toldAfter?: boolean }[]]>([
    [
      '¿Quién coordina MIEUX+ porque lo necesito para un informe?',
      'es',
      [{ words: 'quien coordina mieux', before: 'lo necesito para un informe', toldAfter: true }],
    ],
    // "porque" typed for "por qué" (a guard: the same on main).
    ['me gustaría saber porque no trabajan en Oceanía', 'es', [{ words: 'me gustaria saber porque no trabajan en oceania', before: '' }]],
  ])('%j (%s) → %j', (text, lang, expected) => {
    expect(toldQuestions(text, lang)).toEqual(expected);
  });
});
