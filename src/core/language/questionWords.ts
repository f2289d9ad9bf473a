import type { Localized } from './languages';

/**
 * The words that show where a question is in a message, written as people type them (the
 * segmenter normalises them): what a question or a request for information opens with, the
 * filler people put before it, and the words that join two questions in one sentence.
 */
export interface QuestionWords {
  /** Question words: they open a question, and after a joiner they open a second one. */
  readonly interrogatives: readonly string[];
  /** Other openings of a question or a request for information ("¿puede…", "could you tell me", "j'aimerais savoir"). */
  readonly openers: readonly string[];
  /** Words before the opening that do not change it ("y", "pero", "so", "alors"). */
  readonly fillers: readonly string[];
  /** Words that join two questions ("… y quién la gestiona", "… and which regions"). */
  readonly joiners: readonly string[];
  /** The joiners that offer an alternative ("¿es gratis o hay que pagar?"): often one question asked two ways. */
  readonly alternatives: readonly string[];
  /** Words that pair two things with the joiner after them ("entre migración y clima", "between A and B"): that joiner joins no questions. */
  readonly pairing: readonly string[];
  /**
   * Words that make the things a nearby joiner joins the subjects of one verb ("¿qué aprenden los
   * países socios y los expertos **unos de otros**?", "learn from **each other**"): one question.
   */
  readonly reciprocal: readonly string[];
  /** What opens a question that asks the one before it again, in other words ("o sea", "I mean", "c'est-à-dire"). */
  readonly restating: readonly string[];
  /** Openers of several words that open a question only where a sentence starts: mid-sentence they belong to a statement ("nous avons reçu il y a deux ans…"). */
  readonly onlyAtStart: readonly string[];
  /**
   * Openers of two words that say "I want to know" plainly enough to open a question mid-sentence too
   * ("…y quisiera saber si tiene algún costo"). Openers of three words or more always do; of two,
   * most would cut statements ("…donde se puede ver…").
   */
  readonly midSentence: readonly string[];
  /** Words that turn from what one says to what one asks ("I know it covers asylum, **but** who funds it?"). */
  readonly contrast: readonly string[];
  /**
   * Words that open the reason given after a question ("¿Trabajan en asilo, **ya que** revisamos nuestra
   * ley?"): what follows is said, not asked. "porque" typed without its accent also asks why ("¿porque
   * trabajan en Asia?"): it gives a reason only after words that ask something. Not "as": it compares ("as an expert").
   */
  readonly reasons: readonly string[];
  /** Words that may stand between a joiner and the question word ("y en qué…", "and for how…"). */
  readonly prepositions: readonly string[];
  /**
   * What opens a clause that describes a name just said ("c'est quoi ce MIEUX+ **dont** tout le monde
   * parle au bureau ?", "what is this MIEUX+ thing **everyone** talks about"): said of it, not asked.
   */
  readonly relatives: readonly string[];
  /**
   * What opens the role someone asks in, said just before "¿" ("**Como** administración de un Estado
   * miembro, ¿podemos…?"): there it says who asks; without its accent "como" is also "cómo" (how).
   */
  readonly roles: readonly string[];
  /**
   * What takes back what was said before it, at the start of a sentence ("¿Cuántas Acciones…
   * **no, espera**, lo que quiero saber es…", "**scratch that**", "**non pardon**"): only what follows is asked.
   * Not "o sea", "or rather": those ask the same again (`restating`).
   */
  readonly corrections: readonly string[];
  /**
   * What asks how the thing just asked about relates to MIEUX+ ("What is ICMPD **and what has it got
   * to do with** MIEUX+?", "¿Qué es eso y **qué pinta** MIEUX+ ahí?"): asked of the name alone, it asks
   * the question before it again, not what MIEUX+ is.
   */
  readonly relating: readonly string[];
  /** What says the words after a joiner are not so ("…by ICMPD **and not** by the Commission?"): no second question. */
  readonly negations: readonly string[];
  /** What opens a thing named ("**le** but de MIEUX+ c'est quoi ?", "**el** presupuesto, ¿qué es?"): a topic said before "what is", not a statement. */
  readonly determiners: readonly string[];
  /**
   * What says who the person asking is ("**soy** estudiante de máster", "**I'm** a student", "**je
   * suis** étudiant") or what they will do once answered ("**before I** say yes to anything"): a clause
   * with it, before a comma or "¿" and a question, introduces the person; it names no topic of the question.
   */
  readonly introductions: readonly string[];
  /**
   * What reports that someone else asks ("mi jefa **me pide que le pregunte** quién…", "my director
   * **asked me to find out** how…", « on **m'a demandé de savoir** qui… »): it and what comes before it
   * are said; what follows is a question if it opens one.
   */
  readonly reported: readonly string[];
  /** What ends a yes-or-no question written without its mark ("…c'est votre truc **ou pas**", "…o no", "…or not"): the sentence asks. */
  readonly tags: readonly string[];
}

const list = (text: string): string[] =>
  text
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export const QUESTION_WORDS: Localized<QuestionWords> = {
  es: {
    interrogatives: list(
      'qué|que|quién|quien|quiénes|quienes|cuál|cual|cuáles|cuales|cómo|como|dónde|donde|cuándo|cuando|cuánto|cuanto|cuánta|cuanta|cuántos|cuantos|cuántas|cuantas|por qué|para qué|a qué|en qué|de qué|con quién|a quién',
    ),
    openers: list(
      'puede|pueden|podría|podrían|podrías|puedes|puedo|podemos|se puede|se pueden|es|son|hay|existe|existen|tiene|tienen|trabaja|trabajan|hace|hacen|' +
        'me gustaría saber|me gustaria saber|me gustaría conocer|me interesa saber|me interesaría saber|me interesa conocer|quisiera saber|quisiera conocer|quería saber|queria saber|quería preguntar|quisiera preguntar|necesito saber|quiero saber|quiero preguntar|quería consultar|quisiera consultar|me preguntaba|me gustaría entender|me gustaria entender|quisiera entender|quiero entender|' +
        'nos gustaría saber|nos gustaria saber|nos gustaría conocer|nos interesa saber|nos interesaría saber|nos interesa conocer|' +
        'solo quiero saber|solo quería saber|sólo quiero saber|sólo quería saber|solamente quiero saber|nada más quiero saber|solo quisiera saber|' +
        'me podría decir|me podrías decir|me pueden decir|me puede decir|me podrían decir|me explica|me explicas|me dice|me dices|' +
        'dime|dígame|díganme|cuénteme|cuéntame|explíqueme|explícame|tengo una duda|tengo una pregunta|una pregunta|sabe|sabes|saben|' +
        'está|están|ofrece|ofrecen|incluye|cubre|participa|participan|sigue|siguen|necesito|necesitan|hace falta|debo|deben|cobran|pagan|dan|aceptan|' +
        'se les paga|se le paga|se paga|se cobra|se recibe|si se|les pagan|le pagan|le paga|cobra|saber si|saber qué|saber que|saber cuánto|saber cuanto|saber cuál|saber cual|saber cómo|saber como|saber quién|saber quien|saber dónde|saber donde' +
        '|quisiera averiguar|quiero averiguar|necesito averiguar|me gustaría averiguar|le escribo para saber|les escribo para saber|le escribo para preguntar|les escribo para preguntar|le agradecería saber|les agradecería saber',
    ),
    fillers: list(
      'y|e|pero|entonces|pues|oye|oiga|oigan|bueno|vale|ok|ah|además|también|otra cosa|a ver|y también|por cierto|perdón|disculpe|mira|che|en plan',
    ),
    joiners: list('y|e|o|además|y también|así como'),
    alternatives: list('o'),
    pairing: list('entre'),
    reciprocal: list('mutuamente|unos de otros|unos a otros|el uno del otro|los unos de los otros|entre sí'),
    restating: list('o sea|es decir|mejor dicho|dicho de otro modo|en otras palabras'),
    onlyAtStart: [],
    contrast: list('pero|sin embargo|aunque'),
    reasons: list(
      'porque|ya que|puesto que|dado que|debido a que|visto que|dado el|dada la|dados los|dadas las|en vista de|habida cuenta de',
    ),
    midSentence: list(
      'quisiera saber|quisiera conocer|quisiera entender|quisiera preguntar|quería saber|queria saber|quería preguntar|necesito saber|necesito entender|quiero saber|quiero entender|' +
        'queremos saber|queremos conocer|queremos entender|queríamos saber|quisiéramos saber|quisieramos saber|necesitamos saber|necesitamos entender|' +
        'quiere saber|quieren saber|necesita saber|necesitan saber|quería saber|' +
        'desea saber|desea conocer|desean saber|desean conocer|deseamos saber|deseamos conocer|deseo saber|deseo conocer|' +
        'quisiera consultar|quería consultar|queria consultar|deseo consultar|quisiéramos consultar|les agradecería que|le agradecería que|agradecería que me',
    ),
    prepositions: list('en|a|de|con|por|para|desde'),
    relatives: list('del que|de la que|de lo que|del cual|que|el que|la que|sobre el que'),
    roles: list('como|en calidad de|en mi calidad de|en nuestra calidad de'),
    relating: list(
      'qué pinta|que pinta|qué tiene que ver con|que tiene que ver con|qué relación tiene con|que relacion tiene con|cómo se relaciona con|como se relaciona con|cuál es la relación con|cual es la relacion con|' +
        'qué papel tiene|que papel tiene|qué papel juega|que papel juega|qué papel cumple|que papel cumple|qué papel desempeña|que papel desempena|qué rol tiene|que rol tiene|qué rol juega|que rol juega|qué rol cumple|que rol cumple',
    ),
    negations: list('no la|no el|no los|no las|no por|no a|no al|ni la|ni el|ni por'),
    determiners: list('el|la|los|las|lo|su|sus|vuestro|vuestra|vuestros|vuestras|este|esta|ese|esa|eso|esto'),
    introductions: list('soy|somos|estoy|estamos|me llamo|trabajo en|trabajo como|trabajamos en|antes de'),
    reported: list(
      'me pide que le pregunte|me pide que les pregunte|me pide que pregunte|me pidió que le preguntara|me pidió que les preguntara|me pidió que preguntara|me ha pedido que pregunte|me ha pedido que le pregunte|me ha pedido que les pregunte|me pide que averigüe|me pidió que averiguara|me ha pedido que averigüe|me han pedido que averigüe|me han pedido que pregunte|me encarga averiguar|me ha encargado averiguar',
    ),
    tags: list('o no|sí o no|si o no|o qué|o que'),
    corrections: list(
      'bueno no|no espera|no espere|no esperen|espera no|no perdón|no perdon|perdón no|perdon no|me corrijo|rectifico|' +
        'olvida eso|olvídalo|olvidalo|olvide eso|olvida lo anterior|olvide lo anterior|no no|no en realidad|en realidad no|bueno da igual|da igual|bueno no importa|no importa',
    ),
  },
  en: {
    interrogatives: list('what|which|who|whom|whose|where|when|why|how|what s|whats|who s|how s|where s'),
    openers: list(
      'can|could|would|will|do|does|did|is|are|was|were|has|have|should|may|might|must|any|is there|are there|whether|' +
        'i d like to know|i would like to know|i want to know|i wanted to know|i wonder|i was wondering|i m wondering|i d like to ask|i would like to ask|i wanted to ask|tell me|please tell me|can you tell me|explain|' +
        'i d like to understand|i would like to understand|i want to understand|i have a question|quick question|one question|do you|does mieux|u|r|' +
        'to find out|let me know|kindly let me know|please let me know|kindly tell me|request you to tell me|' +
        'i need to know|we need to know|we would like to know|we d like to know|we want to know|i would like to find out|we would like to find out|i d like to find out|i need to understand|we need to understand|' +
        'wants to know|would like to know|needs to know|asked me to check|' +
        'i just want to know|i just wanted to know|i just want to ask|i just wanted to ask|i only want to know|i just need to know|we just want to know|we just need to know|' +
        'i should like to know|we should like to know|i should like to ask|i would be grateful to know|i d be grateful to know|i am writing to ask|i m writing to ask|i am writing to find out|i m writing to find out|i want to find out|i wanted to find out|i am trying to find out|i m trying to find out',
    ),
    fillers: list(
      'and|but|so|then|ok|okay|also|well|right|oh|plus|anyway|btw|by the way|sorry|please|pls|also one more thing|one more thing',
    ),
    joiners: list('and|plus|or|and also|as well as'),
    alternatives: list('or'),
    pairing: list('between'),
    reciprocal: list('each other|one another|mutually'),
    restating: list('i mean|in other words|that is|put differently|or rather'),
    onlyAtStart: [],
    contrast: list('but|however|though'),
    reasons: list('because|since|given that|seeing that'),
    midSentence: list(
      'kindly inform|please inform|kindly explain|please explain|kindly share|please share|kindly clarify|please clarify|' +
        'grateful if you could|grateful if you would|appreciate it if you could|appreciate if you could|appreciate it if you would',
    ),
    prepositions: list('in|on|at|for|to|from|with|by|about'),
    relatives: list('that|which|everyone|everybody|people|you|i|my|they|we|all'),
    roles: list('as|as a|as an'),
    relating: list(
      'what has it got to do with|what has that got to do with|what is that got to do with|what s that got to do with|what s it got to do with|what is it got to do with|what does it have to do with|what does that have to do with|how does it relate to|how does that relate to|how is it related to|what is the link with|what s the link with|what is its link with',
    ),
    negations: list('not|rather than|instead of'),
    determiners: list('the|your|its|this|that'),
    introductions: list('i m|i am|im|we are|we re|my name is|i work in|i work at|i work for|i work as|we work in|before i'),
    reported: list(
      'asked me to find out|asked me to ask|asked me to check|has asked me to find out|has asked me to ask|wants me to find out|wants me to ask|i ve been asked to find out|i have been asked to find out|i was asked to find out|i ve been asked to ask|i have been asked to ask|i was asked to ask',
    ),
    tags: list('or not|yes or no|or what'),
    corrections: list(
      'scratch that|no wait|wait no|sorry i mean|sorry i meant|no sorry|sorry no|actually no|no actually|never mind that|forget that|forget what i said|let me rephrase|correction',
    ),
  },
  fr: {
    interrogatives: list(
      'que|quoi|qui|quel|quelle|quels|quelles|lequel|laquelle|lesquels|où|quand|comment|combien|pourquoi|à qui|de quoi|en quoi',
    ),
    openers: list(
      "est-ce que|est-ce qu|qu'est-ce que|qu'est-ce qu|pouvez-vous|pourriez-vous|peut-on|peux-tu|pouvez vous|pourriez vous|peut on|puis-je|y a-t-il|existe-t-il|" +
        "j'aimerais savoir|je voudrais savoir|je voudrais juste savoir|je veux juste savoir|je voulais juste savoir|j'aimerais juste savoir|je souhaite juste savoir|je souhaiterais savoir|je souhaite savoir|je voulais savoir|je me demande|je me demandais|j'aimerais comprendre|je voudrais comprendre|dites-moi|expliquez-moi|j'ai une question|une question|" +
        "faut-il|doit-on|est-il|est-elle|a-t-il|est-ce|sont-ils|sont-elles|vous êtes|vous avez|c'est encore|c'est toujours|c'est gratuit|c'est payant|c'est qui|ça dure|ont-ils|ont-elles|peuvent-ils|peuvent-elles|doivent-ils|doivent-elles|c'est quoi|c est quoi|ça coûte|vous faites|vous travaillez|on peut|je peux|il faut|il y a|" +
        "nous aimerions savoir|nous voudrions savoir|nous souhaiterions savoir|nous souhaitons savoir|j'aimerais connaître|je voudrais connaître|je souhaiterais connaître|je souhaite connaître|nous souhaiterions connaître|" +
        "j'ai besoin de savoir|nous avons besoin de savoir|merci de m'indiquer|merci de nous indiquer|merci de me dire|pourriez-vous m'indiquer|pourriez-vous me dire|pourriez-vous nous indiquer|pouvez-vous m'indiquer|pouvez-vous me dire|" +
        "je vous écris pour savoir|je vous écris pour demander|je me permets de vous demander|je cherche à savoir|je cherche à comprendre|nous cherchons à savoir|j'aimerais bien savoir|je voudrais bien savoir",
    ),
    fillers: list('et|mais|alors|donc|bon|ok|bref|aussi|sinon|ah|puis|autre chose|au fait|pardon|excusez-moi|dites'),
    // Not "ou" (or): without its accent it is also "où" (where), which opens a question.
    joiners: list('et|et aussi|ainsi que'),
    alternatives: [], // no "ou", as above
    pairing: list('entre'),
    reciprocal: list("les uns des autres|les uns aux autres|l'un de l'autre|mutuellement"),
    restating: list("c'est-à-dire|c est à dire|autrement dit|en d'autres termes|je veux dire|enfin je veux dire"),
    // "Il y a" is also "ago" and "there is" in statements.
    onlyAtStart: list('il y a'),
    contrast: list('mais|cependant|pourtant'),
    reasons: list('car|puisque|parce que|parce qu|étant donné que|vu que|dans la mesure où'),
    midSentence: list(
      'voudrais savoir|aimerais savoir|souhaiterais savoir|voulais savoir|aimerais comprendre|voudrais comprendre|veut savoir|voudrait savoir|aimerait savoir|souhaite savoir|souhaiterait savoir',
    ),
    prepositions: list('en|à|a|de|dans|pour|avec|par|sur'),
    relatives: list("dont|que|qu|qui|dont on|dont tout le monde|que tout le monde|qu'on"),
    roles: list('en tant que|en tant qu|comme'),
    relating: list(
      "quel rapport avec|quel est le rapport avec|quel est le lien avec|quel lien avec|c'est quoi le lien avec|qu'est-ce que ça a à voir avec|ça a quoi à voir avec|qu'est-ce que ça vient faire avec|" +
        'quel rôle joue|quel role joue|quel rôle a|quel role a|quel est le rôle de|quel est le role de|quelle place occupe|quelle place a',
    ),
    negations: list('non|pas'),
    determiners: list('le|la|les|l|votre|vos|son|sa|ses|ce|cet|cette|ces'),
    introductions: list("je suis|nous sommes|je m'appelle|je travaille|nous travaillons|avant de|avant d"),
    reported: list(
      "m'a demandé de savoir|m'a demandé de vous demander|m'a demandé de me renseigner sur|m'a chargé de savoir|m'a chargée de savoir|on m'a demandé de savoir|m'a demandé de vérifier|veut que je vous demande|voudrait que je vous demande|m'a demandé de vous poser la question",
    ),
    tags: list('ou pas|ou non|oui ou non'),
    corrections: list(
      "non pardon|pardon non|non attendez|non attends|attendez non|enfin non|non en fait|en fait non|je me corrige|je reformule|oubliez ça|oubliez ca|oubliez ce que j'ai dit|laissez tomber",
    ),
  },
};

/** Asking what something is ("¿me explicas qué es?", "what is it?", "c'est quoi au juste ?"). */
export const WHAT_IS_IT_PHRASES: Localized<readonly string[]> = {
  es: ['qué es', 'que es', 'de qué se trata', 'en qué consiste'],
  en: ['what is', 'what it is', 'what s that', 'what s this', 'what this is'],
  fr: ["c'est quoi", "ce que c'est", "qu'est-ce que c'est", "de quoi il s'agit", "de quoi s'agit-il", 'en quoi consiste'],
};

/**
 * Words people put inside "what do you do?" for emphasis or to address the bot ("what do you **lot
 * actually** do", « vous faites quoi **concrètement** ») without asking anything else: see
 * ConversationData.whatWeDo. Normalised.
 */
export const INSERTED_IN_WHAT_WE_DO: Localized<ReadonlySet<string>> = {
  es: new Set(['exactamente', 'realmente', 'concretamente', 'ustedes', 'vosotros', 'entonces', 'pues', 'posta', 'de', 'verdad']),
  en: new Set(['actually', 'exactly', 'really', 'even', 'guys', 'lot', 'folks', 'all', 'just', 'then']),
  fr: new Set(['exactement', 'concretement', 'vraiment', 'donc', 'alors', 'en', 'vrai', 'au', 'juste']),
};

/**
 * A pronoun that points back to the people or thing the question before named ("¿cuántos expertos hay
 * y cuánto **se les** paga?", "…and are **they** paid?", « …et **leur** verse-t-on quelque chose ? »): a
 * second question joined with one, that finds nothing alone, is read with the first one's subject.
 */
export const POINTS_BACK_PHRASES: Localized<readonly string[]> = {
  es: ['se les', 'se le', 'se la', 'se lo', 'les', 'le'],
  en: ['them', 'they', 'their'],
  fr: ['leur', 'lui', 'ils', 'elles'],
};

/** A pronoun for the thing just asked about ("…y cómo **lo** aplica MIEUX+?", "…and how does MIEUX+ support **it**?"). */
export const POINTS_BACK_TO_IT_PHRASES: Localized<readonly string[]> = {
  es: ['lo', 'la'],
  en: ['it', 'this', 'that'],
  fr: ['le', 'la', 'l', 'y'],
};

/**
 * A pronoun or a demonstrative for what the sentence before said ("Hablan mucho del enfoque Equipo
 * Europa. ¿Qué significa **eso** para MIEUX+?", "What does **that** mean for MIEUX+?", « MIEUX+
 * travaille-t-il sur **ce sujet** ? »).
 */
export const POINTS_BACK_TO_WHAT_WAS_SAID_PHRASES: Localized<readonly string[]> = {
  es: ['eso', 'esto', 'ello', 'ese tema', 'ese ámbito', 'ese asunto', 'esos temas', 'estos temas', 'esas cuestiones', 'estas cuestiones'],
  en: [...POINTS_BACK_TO_IT_PHRASES.en, 'these', 'those'],
  fr: [
    'ça',
    'cela',
    'ceci',
    "c'est",
    'est-ce un',
    'ce sujet',
    'ce thème',
    'ce domaine',
    'cette question',
    'cette thématique',
    'ces questions',
    'ces sujets',
    'ces thèmes',
  ],
};

/**
 * Asking what a thing named right after is ("¿qué es el Plan África…?", « qu'est-ce que le Pacte… ? »):
 * "what is it" and the French question that runs on into the name.
 */
export const WHAT_NAME_IS_PHRASES: Localized<readonly string[]> = {
  es: [...WHAT_IS_IT_PHRASES.es, 'qué son', 'que son'],
  en: [...WHAT_IS_IT_PHRASES.en, 'what are', 'whats'],
  fr: [...WHAT_IS_IT_PHRASES.fr, "qu'est-ce que", "qu'est-ce qu", 'que sont'],
};

/**
 * Comparing MIEUX+ with something else ("Is it a bit like Erasmus?", "¿Es como un Erasmus para
 * funcionarios?", "C'est comme TAIEX ?"): with "it" or "this", so "is Python like Java?" is not one.
 */
export const IS_IT_LIKE_PHRASES: Localized<readonly string[]> = {
  es: ['es como', 'es algo como', 'vendría a ser como', 'sería como', 'es parecido a', 'se parece a', 'es tipo'],
  en: [
    'is it like',
    'is this like',
    'is it kind of like',
    'is it a bit like',
    'is it sort of like',
    'is it similar to',
    'is it the same as',
    'is this similar to',
    'is it a kind of',
  ],
  fr: [
    "c'est comme",
    "c'est un peu comme",
    "c'est une sorte de",
    "c'est un genre de",
    'ça ressemble à',
    "c'est similaire à",
    "c'est l'équivalent de",
  ],
};
