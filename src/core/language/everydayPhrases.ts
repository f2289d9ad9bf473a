import type { Localized } from './languages';

/**
 * Everyday phrases whose words would otherwise name a topic, each rewritten without it.
 *
 * The programme's name is an everyday French word ("mieux": better). In these phrases it is the
 * word, so it is dropped: "comment mieux dormir ?" asks nothing about MIEUX+, and a question that
 * names MIEUX+ is always taken to be about it. The name keeps its meaning wherever else it is
 * typed, in lower case too ("c quoi mieux"), which is how people write it.
 *
 * "Tout le monde" is everyone, not the world (the regions). Not Spanish "todo el mundo": it is
 * also "all over the world". "Traite" after its subject is "deals with", not trafficking.
 */
/**
 * The brochure's name of an area or sub-topic written with its joiner ("migración y desarrollo"),
 * and other ways of writing it: all read as the name without the joiner, one topic that is never
 * cut into two joined questions.
 */
const oneTopic = (joiner: string, name: string, ...variants: string[]): string[] => [name.replace(` ${joiner} `, ' '), name, ...variants];

/** Every phrase "first second" of two lists written "a|b|c": the shared shape of the generators below. */
const crossed = (firsts: string, seconds: string): string[] =>
  firsts.split('|').flatMap((first) => seconds.split('|').map((second) => `${first} ${second}`));

/**
 * "In five lines", « en trois phrases »: how long the answer should be, read as the language's
 * usual "in short". Otherwise the count and the unit are words of their own, and a summary of
 * something else ("a summary of the film … in five lines") finds MIEUX+'s overview in them.
 */
/**
 * "¿MIEUX+ es una empresa?", "Is MIEUX+ an NGO?": what kind of body MIEUX+ is asks what it is. The
 * kind's word otherwise asks whether companies or NGOs may take part (another entry).
 */
const whatKindOfBody = (whatIsIt: string, asked: string, kinds: string): string[] => [whatIsIt, ...crossed(asked, kinds)];

/**
 * "I'd personally like to know", « j'aimerais aussi savoir »: an adverb inside the words that open a
 * question hides them; each form is read as the words without it. `at`: how many words come before it.
 */
const withAdverbs = (phrase: string, at: number, adverbs: string): string[] => {
  const words = phrase.split(' ');
  return [phrase, ...adverbs.split('|').map((adverb) => [...words.slice(0, at), adverb, ...words.slice(at)].join(' '))];
};

/**
 * Two costs of a trip joined ("el viaje y las dietas", "flights and per diems"): one cost, not two
 * questions, read as the language's "travel costs". Every pair of the items, in either order.
 */
const travelCosts = (travelCostsWords: string, joiner: string, items: string): string[] => {
  const all = items.split('|');
  return [travelCostsWords, ...all.flatMap((a) => all.filter((b) => b !== a).map((b) => `${a} ${joiner} ${b}`))];
};

/**
 * "In Russian", « en arabe »: a language named after its preposition asks which languages are used,
 * read as the language's "in another language". The name alone is also a nationality ("a Russian
 * ministry"), so only after the preposition. The bot's own three languages are in the phrasings.
 */
const inLanguage = (another: string, preposition: string, names: string): string[] => [another, ...crossed(preposition, names)];

/** Languages other than the bot's own three, by their names in each language, accents left out. */
const OTHER_LANGUAGES: Localized<string> = {
  es: 'ruso|arabe|portugues|aleman|italiano|chino|mandarin|turco|ucraniano|suajili|swahili|hindi|urdu|persa|farsi|neerlandes|holandes|polaco|rumano|griego|wolof|quechua|guarani|aimara|amarico|tigriña|tagalo|albanes|serbio|georgiano|armenio|pastun|kurdo|hebreo|japones|coreano|vietnamita',
  en: 'russian|arabic|portuguese|german|italian|chinese|mandarin|turkish|ukrainian|swahili|hindi|urdu|bengali|persian|farsi|dutch|polish|romanian|greek|amharic|tigrinya|wolof|hausa|tagalog|indonesian|japanese|korean|vietnamese|thai|albanian|serbian|georgian|armenian|pashto|dari|kurdish|hebrew',
  fr: 'russe|arabe|portugais|allemand|italien|chinois|mandarin|turc|ukrainien|swahili|hindi|ourdou|persan|farsi|neerlandais|polonais|roumain|grec|wolof|lingala|bambara|creole|malgache|amharique|tigrigna|tagalog|albanais|serbe|georgien|armenien|pachto|kurde|hebreu|japonais|coreen|vietnamien',
};

/**
 * "Dominar el inglés", « maîtriser l'espagnol », "be fluent in Arabic": a language one must speak asks
 * which languages are used, read as the language's "in another language". Otherwise only the
 * language's name is left, and the place named beside it ("…para una Acción en América Latina")
 * makes the question one about the regions. The bot's own three languages only after words that
 * make speaking one a need (`need`: an infinitive, "who speak", « qui parlent »): "I speak Spanish,
 * can I be an expert?" tells who asks. `article`: the language's article before a name, if it has one.
 */
const speakingLanguage = (
  another: string,
  need: string,
  stated: string,
  own: string,
  others: string,
  article?: (name: string) => string,
): string[] => {
  const named = (names: string) =>
    names
      .split('|')
      .flatMap((name) => (article ? [name, article(name)] : [name]))
      .join('|');
  return [another, ...crossed(need, named(`${own}|${others}`)), ...crossed(stated, named(others))];
};

const inSoManyWords = (inShort: string, preposition: string, counts: string, units: string): string[] => [
  inShort,
  ...counts.split('|').flatMap((count) => units.split('|').map((unit) => `${preposition} ${count} ${unit}`)),
];

/**
 * "Sorry, my English is not so good", « excusez mon français »: an apology for one's writing, not a
 * question about the languages experts need. Read as a word that asks nothing ("please").
 */
const apologyForLanguage = (sorry: string, phrases: string, languages: string): string[] => [
  sorry,
  ...phrases.split('|').flatMap((phrase) => languages.split('|').map((language) => phrase.replace('LANG', language))),
];

export const EVERYDAY_PHRASES: Localized<readonly (readonly string[])[]> = {
  es: [
    // "¿Quién tiene derecho a…?" es "¿quién puede…?": no el derecho de asilo ni la protección internacional.
    ['quién puede', 'quién tiene derecho a', 'quiénes tienen derecho a', 'quién tiene permitido'],
    // "¿A quién llamo?", "¿con quién hablo?": a quién dirigirse, no la lengua que se habla ni las comunicaciones.
    [
      'a quién contacto',
      'a quién llamo',
      'a quién llamar',
      'a quién tengo que llamar',
      'a quién puedo llamar',
      'a quién debo llamar',
      'a quién hay que llamar',
      'con quién hablo',
      'con quién me comunico',
      'con quién me tengo que comunicar',
      'con quién tengo que hablar',
      'con quién debo hablar',
    ],
    apologyForLanguage(
      'por favor',
      'perdón por mi LANG|perdón por mi mal LANG|disculpe mi LANG|disculpen mi LANG|disculpa mi LANG|disculpe mi mal LANG|mi LANG no es muy bueno|mi LANG no es bueno|mi LANG es malo|mi LANG es regular|no hablo bien LANG|no escribo bien LANG|el LANG no es mi lengua materna|el LANG no es mi idioma',
      'español|castellano',
    ),
    // "En línea" es "online" (el trabajo a distancia), no una línea de un texto ("en dos líneas").
    ['online', 'en linea', 'por internet', 'via internet'],
    // Quién paga MIEUX+ pregunta quién lo financia (no cuánto cobra nadie): solo con MIEUX+ por sujeto.
    ['mieux está financiado por', 'mieux está pagado por', 'está mieux pagado por', 'mieux es pagado por'],
    // El nombre es una palabra francesa: "¿es algo francés?" pregunta qué es MIEUX+, no qué idiomas hacen falta.
    [
      'que es mieux',
      'es algo frances',
      'es frances',
      'es francesa',
      'es de francia',
      'es algo de francia',
      'es una cosa francesa',
      'es un programa frances',
    ],
    whatKindOfBody(
      'que es mieux',
      'mieux es una|mieux es un|es mieux una|es mieux un|mieux es como una|mieux es como un|esto es una|esto es un|se trata de una|se trata de un',
      'empresa|empresa privada|ong|consultora|compania|fundacion|asociacion|multinacional|startup|agencia de empleo|agencia de viajes|agencia|organizacion benefica|organismo|organizacion internacional',
    ),
    // En palabras sencillas: en pocas palabras.
    ['en pocas palabras', 'en palabras sencillas', 'en palabras simples', 'en terminos sencillos', 'en terminos simples'],
    inSoManyWords(
      'en pocas palabras',
      'en',
      'una|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unas pocas|unas cuantas|1|2|3|4|5|6|7|8|9|10',
      'linea|lineas|frase|frases|palabra|palabras|oracion|oraciones|renglones|parrafo|parrafos',
    ),
    // Hasta cuándo dura MIEUX+ pregunta si sigue funcionando (no cuánto dura una Acción).
    ['sigue funcionando', 'hasta cuando dura mieux', 'hasta cuando funciona mieux', 'hasta cuando va a durar mieux'],
    // La experiencia que hace falta son los requisitos, no la experiencia de alguien (el testimonio).
    [
      'requisitos',
      'que experiencia hace falta',
      'cuanta experiencia',
      'anos de experiencia',
      'experiencia se necesita',
      'experiencia necesito',
      'experiencia se requiere',
      'experiencia se pide',
    ],
    // "Trata" como verbo ("¿de qué trata?", "¿qué cuestiones trata?") es "aborda"; la trata de personas va con artículo o "de personas".
    ['de que va', 'de que trata'],
    ['temas aborda', 'temas trata', 'asuntos trata', 'cuestiones trata', 'ambitos trata', 'areas trata'],
    ['mieux aborda', 'mieux trata'],
    // Lo que se lleva a la práctica se implementa (quién lo hace: el ICMPD), no es la práctica de los estándares europeos.
    [
      'implementa',
      'lleva a la practica',
      'llevan a la practica',
      'lo lleva a la practica',
      'la lleva a la practica',
      'pone en practica',
      'ponen en practica',
    ],
    // Aportar como experto es participar como experto: no lo que MIEUX+ aporta a los objetivos.
    ['participar como experto', 'contribuir como experto', 'contribuir como experta', 'aportar como experto', 'aportar como experta'],
    // "Me regala…" (en Colombia y otros países) es "me da…": pide algo, no habla de regalos.
    ['me da', 'me regala', 'me regalas', 'me regalan', 'regalame', 'regaleme', 'regalenme', 'me regalaria', 'me regalarias'],
    inLanguage('en otro idioma', 'en', OTHER_LANGUAGES.es),
    speakingLanguage(
      'en otro idioma',
      'hablar|hablar bien|dominar|saber|manejar|que hable|que hablen|que sepa|que sepan|que domine|que dominen',
      'habla|hablan|hablando|domina|dominan',
      'espanol|ingles|frances',
      OTHER_LANGUAGES.es,
      (name) => `el ${name}`,
    ),
    // Lo que gana un experto europeo al participar es lo que le aporta (el aprendizaje mutuo); cuánto gana es su
    // paga, y "¿qué gana un experto?" a secas puede ser las dos cosas.
    [
      'que le aporta a un experto',
      'que gana un experto europeo',
      'que gana una experta europea',
      'que ganan los expertos europeos',
      'que gana un experto al participar',
      'que ganan los expertos al participar',
      'que gana un experto participando',
      'que ganan los expertos participando',
    ],
    // Ir de misión, para un experto, es que lo desplieguen (las cifras), no una duración.
    ['desplegados', 'ido de mision', 'salido de mision', 'enviados de mision', 'enviados en mision', 'ido en mision'],
    // "Por amor al arte" es trabajar sin cobrar: la paga de quien trabaja, no lo que cuesta a una institución.
    ['los expertos trabajan gratis', 'por amor al arte', 'por amor del arte'],
    // Ir a algún sitio, para un experto, es viajar: "¿se hace a distancia o tengo que ir?".
    ['hay que viajar', 'hay que ir', 'tengo que ir', 'tendria que ir', 'hay que ir alla', 'hay que ir en persona'],
    // La Guardia Civil es un cuerpo de policía: su "civil" no es la sociedad civil (quién más puede participar).
    ['policia', 'guardia civil', 'guardias civiles', 'la guardia civil'],
    // Lo logrado son los resultados; lo que se busca lograr, los objetivos: "lograr" es la raíz de ambos.
    ['resultados', 'han logrado', 'ha logrado', 'habeis logrado', 'hemos logrado', 'han conseguido', 'ha conseguido', 'habeis conseguido'],
    [
      'objetivos',
      'buscan lograr',
      'busca lograr',
      'quieren lograr',
      'quiere lograr',
      'pretenden lograr',
      'pretende lograr',
      'buscan conseguir',
      'busca conseguir',
      'pretenden conseguir',
      'pretende conseguir',
    ],
    // Quien "lleva" el programa lo gestiona (el ICMPD): no es una pregunta sobre qué es.
    [
      'quien gestiona el programa',
      'quien lleva el programa',
      'quien lleva la iniciativa',
      'quien lleva mieux',
      'quien esta a cargo del programa',
      'quien esta a cargo de mieux',
    ],
    // Cuántos días es cuánto tiempo (una duración), no cuántos expertos o Acciones (las cifras): "días" no dice nada.
    ['cuanto tiempo', 'cuantos dias', 'por cuantos dias'],
    // "Qué quiere decir" es "qué significa": su "quiere" no es lo que MIEUX+ quiere conseguir (los objetivos).
    ['significa', 'quiere decir', 'quieren decir'],
    // "Qué tendría que hacer" pregunta qué hacer, no si hay que pagar ("¿tendríamos que pagar?").
    ['hacer', 'tendria que hacer', 'tendriamos que hacer', 'tendrian que hacer', 'tendrias que hacer'],
    // "En la práctica" pregunta cómo son las cosas de verdad: nada de acercar la teoría y la práctica.
    ['realmente', 'en la practica'],
    // "Quisiera también saber": el adverbio oculta las palabras que abren la pregunta a mitad del mensaje.
    withAdverbs('quisiera saber', 1, 'tambien|ademas|personalmente'),
    withAdverbs('me gustaria saber', 2, 'tambien|ademas|mucho|personalmente'),
    // "Me interesa saber" pide saber; su "interés" no es el de un Estado miembro (los beneficios).
    [
      'quiero saber',
      'me interesa saber',
      'nos interesa saber',
      'me interesaria saber',
      'nos interesaria saber',
      'me interesa conocer',
      'nos interesa conocer',
    ],
    // "¿Sería posible saber…?" pide saber, nada sobre lo que es posible hacer (trabajar a distancia…).
    ['saber', 'seria posible saber', 'es posible saber', 'seria posible conocer', 'es posible conocer', 'seria posible preguntar'],
    // "En verdad" es "realmente", que no añade nada a lo que se pregunta.
    ['realmente', 'en verdad'],
    // "En general", "en términos generales" matizan la pregunta; no piden la visión general de MIEUX+, ni "terminar".
    ['en', 'en general', 'en terminos generales', 'por lo general', 'a grandes rasgos', 'en lineas generales'],
    // El viaje y el hotel son un gasto, no dos preguntas.
    travelCosts(
      'gastos de viaje',
      'y',
      'viaje|el viaje|vuelo|vuelos|el vuelo|los vuelos|pasaje|pasajes|el pasaje|los pasajes|transporte|el transporte|alojamiento|el alojamiento|hotel|el hotel|dietas|las dietas|viaticos|los viaticos|manutencion|la manutencion',
    ),
    // "¿Qué onda con MIEUX+?" es "sobre MIEUX+"; "alguien me explica" no pide hablar con alguien.
    ['sobre', 'que onda con'],
    ['explicame', 'alguien me explica', 'alguien me puede explicar', 'alguien me explique', 'alguien que me explique'],
    // El "desarrollo profesional" es lo que uno aprende, no migración y desarrollo.
    ['aprendizaje', 'desarrollo profesional'],
    // La migración de datos o de las aves no es la de las personas.
    [
      'informatica',
      'migracion de datos',
      'migraciones de datos',
      'migrar datos',
      'migrar los datos',
      'migrar mis datos',
      'migrar la base de datos',
      'migrar mi base de datos',
      'migrar una base de datos',
      'migracion a la nube',
      'migrar a la nube',
      'migracion de servidores',
    ],
    [
      'ornitologia',
      'migracion de las aves',
      'migracion de aves',
      'migracion de los pajaros',
      'aves migratorias',
      'migracion animal',
      'migracion de animales',
    ],
    ['actualmente', 'en este momento', 'en estos momentos'],
    // An accountant ("experto contable") is a profession, not an expert of MIEUX+.
    ['contable', 'experto contable', 'experta contable', 'expertos contables'],
    // What MIEUX+ can do for "a country like ours" is asked by a partner country.
    ['un pais socio', 'un pais como el nuestro', 'paises como el nuestro'],
    // One area asked as part of "your areas" asks about that area, not all of them.
    [
      'cubre',
      'forma parte de sus areas',
      'forma parte de sus temas',
      'esta entre sus temas',
      'esta entre sus areas',
      'entra en sus areas',
      'entra dentro de sus areas',
      'uno de sus temas',
      'una de sus areas',
    ],
    // A phone's app is no mobility ("móvil" shares its stem with "movilidad").
    [
      'app',
      'aplicacion para el movil',
      'aplicacion movil',
      'aplicacion para el celular',
      'app para el movil',
      'app movil',
      'app para el celular',
    ],
    // The names of areas are one topic, not two joined questions ("¿trabajan ese tema de migración y desarrollo?").
    oneTopic('y', 'migracion y desarrollo', 'migraciones y desarrollo'),
    oneTopic('y', 'migracion y salud'),
    oneTopic('y', 'migracion y cambio climatico', 'migracion y clima'),
    oneTopic('y', 'migracion irregular y trata'),
    oneTopic('y', 'migracion legal y movilidad'),
    oneTopic('y', 'proteccion internacional y politica'),
    // How long something has gone on asks since when, not how long an Action lasts.
    // Not "cuánto tiempo lleva": "¿cuánto tiempo lleva una Acción?" is how long it takes.
    [
      'desde cuando',
      'cuanto tiempo llevan',
      'cuantos anos llevan',
      'cuantos anos lleva',
      'cuanto tiempo llevais',
      'cuanto tiempo lleva existiendo',
      'cuanto tiempo lleva funcionando',
      'desde hace cuanto',
      'desde hace cuanto tiempo',
    ],
    // "¿Y eso desde cuándo?" asks since when it exists.
    ['desde cuando existe', 'y eso desde cuando', 'y esto desde cuando', 'eso desde cuando', 'esto desde cuando'],
    // "¿Han hecho algo concreto?" asks what it achieved.
    ['logrado', 'hecho algo concreto', 'hecho algo util', 'hecho cosas concretas', 'hecho algo de verdad'],
    // Which countries, even of one region ("¿con qué países africanos…?"), asks for the countries, not the regions.
    ['que paises concretos', 'que paises', 'cuales paises'],
    // "¿Qué rayos es esto?" is "¿qué es esto?": "what the heck", as "what in the world" in English.
    ['que', 'que rayos', 'que diablos', 'que demonios'],
    // "En total" counts whatever is asked ("cuántos expertos… en total"), not the total budget.
    ['todo', 'en total'],
    // "Hace unos años…" is "some years ago", not "¿hace MIEUX+…?" (does it do): said, not asked.
    [
      'antes',
      'hace unos anos',
      'hace anos',
      'hace un ano',
      'hace dos anos',
      'hace tres anos',
      'hace tiempo',
      'hace un tiempo',
      'hace poco',
      'hace unos meses',
      'hace meses',
      'hace unas semanas',
      'hace unos dias',
    ],
    // Acting as an expert is being one, not where MIEUX+ acts (regions: "¿dónde actúa?").
    ['ser', 'actuar como', 'ejercer como', 'desempenarse como', 'fungir como'],
    // A letter's request for information is a question, opened where the request is: "solicitar"
    // there asks for information, not for an Action (institutional cooperation).
    [
      'quisiera saber',
      'solicitar informacion sobre',
      'solicitar informacion acerca de',
      'solicitar informacion respecto a',
      'solicitar informacion respecto de',
      'solicito informacion sobre',
      'solicito informacion acerca de',
      'solicitamos informacion sobre',
      'solicitamos informacion acerca de',
      'solicitarles informacion sobre',
      'solicitarles informacion acerca de',
      'consultarles si',
      'consultarle si',
      'les consulto si',
      'le consulto si',
      'les consultamos si',
      'consultarles sobre',
      'consultarle sobre',
      'consultar si',
      'me permito consultar si',
      'le agradeceria que me indicara',
      'les agradeceria que me indicaran',
      'le agradeceria me indicara',
      'les agradeceria me indicaran',
      'les agradeceria tuvieran a bien precisarme',
      'les agradeceria tuvieran a bien indicarme',
      'tuvieran a bien indicarme',
      'tuvieran a bien precisarme',
      'tengan a bien indicarme',
      'tenga a bien indicarme',
      'se sirvan indicar',
      'se sirvan indicarme',
      'sirvase indicar',
      'sirvase indicarme',
      'les ruego me indiquen',
      'le ruego me indique',
      'necesitariamos saber',
      'necesitaria saber',
      // Not being clear on something asks it.
      'no me queda claro',
      'no me queda muy claro',
      'no tengo claro',
      'no tengo muy claro',
    ],
    // "¿De cuántos expertos estamos hablando?" asks how many there are, not about money ("¿de qué cantidad estamos hablando?").
    ['son', 'estamos hablando'],
    // "Dirección de correo" is an e-mail address, not a directorate ("Dirección General", who runs MIEUX+).
    [
      'correo',
      'direccion de correo electronico',
      'direccion de correo',
      'direccion de email',
      'direccion de e mail',
      'direccion electronica',
    ],
    // "Dirigirse a" is writing to someone ("¿a quién debo dirigirme?"), not who directs MIEUX+.
    ['escribir', 'dirigirme', 'dirigirnos', 'dirigirla', 'dirigirlo', 'dirigirlas', 'dirigirlos'],
    // "Por amor al arte" (for the love of it) is unpaid: "¿les pagan o es por amor al arte?".
    ['gratis', 'por amor al arte'],
    // Who pays "this" asks who funds the programme; who pays the experts is another question (expert-pay).
    [
      'quien paga mieux',
      'quien lo paga',
      'quien paga esto',
      'quien paga todo esto',
      'quien lo banca',
      'quien banca esto',
      'quien lo pone',
      'quien paga este chiringuito',
      'quien paga este tinglado',
    ],
  ],
  // "All day", "day to day", "day job" and "at the moment" are no durations: how experts spend
  // their time, every day, one's regular work, now.
  en: [
    // "Who gets to…?" is "who can…?": no getting, becoming or learning.
    ['who can', 'who gets to', 'who get to', 'who is allowed to', 'who are allowed to', 'who is entitled to', 'who are entitled to'],
    // "Who do I call?": whom to turn to, not a call for applications.
    [
      'who can i contact',
      'who do i call',
      'who should i call',
      'who can i call',
      'who to call',
      'who do we call',
      'who should we call',
      'who can we call',
      'whom do i call',
      'whom should i call',
      'who do i phone',
      'who should i phone',
      'who do i ring',
      'who should i ring',
    ],
    apologyForLanguage(
      'please',
      'sorry my LANG|sorry for my LANG|sorry for my bad LANG|sorry for my poor LANG|excuse my LANG|excuse my bad LANG|pardon my LANG|forgive my LANG|my LANG not so good|my LANG is not so good|my LANG is not good|my LANG is not very good|my LANG not very good|my LANG is bad|my LANG is poor|LANG is not my first language|LANG is not my native language|LANG is not my mother tongue',
      'english',
    ),
    // What MIEUX+ is paid for by is who funds it (nobody's pay): only with MIEUX+, or "it", as its subject.
    ['mieux is funded by', 'mieux is paid for by', 'is mieux paid for by', 'mieux s paid for by', 'mieux paid for by'],
    ['it is funded by', 'it is paid for by', 'is it paid for by', 'it s paid for by', 'is this paid for by', 'this is paid for by'],
    inLanguage('in another language', 'in', OTHER_LANGUAGES.en),
    speakingLanguage(
      'in another language',
      'to speak|must speak|should speak|who speak|who speaks|be fluent in|fluency in|a good command of',
      'speak|speaks|speaking|fluent in|command of',
      'english|french|spanish',
      OTHER_LANGUAGES.en,
    ),
    // Going on mission, for an expert, is being deployed (the figures), not how long it lasts.
    ['deployed', 'gone on mission', 'gone on missions', 'sent on mission', 'sent on missions', 'been on mission', 'been on missions'],
    // Contributing as an expert is taking part as one, not what MIEUX+ contributes to (its objectives).
    ['take part as an expert', 'contribute as an expert', 'contribute to mieux as an expert', 'contribute as experts'],
    // How much experience an expert needs asks the requirements, not for someone's experience (the testimonial).
    [
      'requirements',
      'how much experience',
      'years of experience',
      'experience do i need',
      'experience is needed',
      'experience is required',
    ],
    // The name is a French word: "is it something French?" asks what MIEUX+ is, not which languages are needed.
    [
      'what is mieux',
      'is it something french',
      'is it french',
      'is this french',
      'is mieux french',
      'is it a french',
      'is this a french',
      'some kind of french',
    ],
    whatKindOfBody(
      'what is mieux',
      'is mieux a|is mieux an|mieux is a|mieux is an|is mieux like a|is mieux like an|is it a|is it an|is this a|is this an|some kind of|some sort of',
      'company|private company|business|ngo|consultancy|consulting firm|charity|foundation|firm|startup|multinational|recruitment agency|travel agency|agency|international organisation|international organization',
    ),
    // "In one or two sentences" asks for a summary, as "in short" does: no question about "the two routes".
    [
      'in short',
      'in one or two sentences',
      'in a sentence or two',
      'in a nutshell',
      'in simple words',
      'in simple terms',
      'in plain words',
      'in plain terms',
      'simply put',
    ],
    inSoManyWords(
      'in short',
      'in',
      'one|a|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|1|2|3|4|5|6|7|8|9|10',
      'line|lines|sentence|sentences|word|words|paragraph|paragraphs',
    ),
    // A programme that "applies to" countries covers them; nothing about applying.
    ['cover countries', 'apply to countries', 'applies to countries', 'apply to partner countries', 'applies to partner countries'],
    ['does it cover', 'does it apply to', 'does the programme apply to', 'does the program apply to', 'does this apply to'],
    ['does mieux cover', 'does mieux apply to'],
    // What one wants to achieve is an aim; what was achieved, the impact ("achieve" is the stem of both).
    [
      'objectives',
      'want to achieve',
      'wants to achieve',
      'trying to achieve',
      'try to achieve',
      'tries to achieve',
      'seek to achieve',
      'seeks to achieve',
      'aim to achieve',
      'aims to achieve',
      'hope to achieve',
      'hopes to achieve',
      'hoping to achieve',
      'meant to achieve',
      'supposed to achieve',
    ],
    // "In practice" asks how things really are, as "actually" does: no question about bridging theory and practice.
    ['actually', 'in practice', 'in practise'],
    // How many days is how long (a duration), not how many experts or Actions (the figures).
    ['how long', 'how many days', 'for how many days'],
    // "I'd personally like to know": the adverb hides the words that open the question mid-message.
    withAdverbs('i d like', 2, 'personally|also|really|just'),
    withAdverbs('i would like', 2, 'personally|also|really|just'),
    // "Would it be possible to know…?" asks to know, nothing of what is possible (working remotely…).
    [
      'know',
      'would it be possible to know',
      'is it possible to know',
      'would it be possible to find out',
      'is it possible to find out',
      'would it be possible to ask',
    ],
    // "In general" hedges the question; it asks for no overview of MIEUX+.
    ['in', 'in general', 'generally speaking', 'in broad terms', 'broadly speaking', 'in general terms'],
    // "The big picture" is the overall view.
    ['overall', 'big picture', 'the big picture'],
    // "List" is a stop word ("list the areas"), but a list of the countries asks which countries.
    [
      'which countries',
      'list of partner countries',
      'list of the partner countries',
      'list all the partner countries',
      'list all partner countries',
      'list the partner countries',
      'list of countries',
      'list of the countries',
      'list the countries',
      'list all the countries',
      'list all countries',
    ],
    // "What's MIEUX+ when it's at home?": British for "what on earth is it", nothing about working from home.
    ['exactly', 'when it s at home', 'when it is at home'],
    // Travel and a hotel are one cost, not two questions.
    travelCosts(
      'travel costs',
      'and',
      'travel|the travel|flight|flights|the flights|accommodation|the accommodation|hotel|hotels|the hotel|lodging|per diem|per diems|the per diem|daily allowance|daily allowances|subsistence|meals',
    ),
    // One's "professional development" is what one learns, not migration and development.
    ['learning', 'professional development', 'career development'],
    // Migrating data, or birds, is no migration of people.
    [
      'computing',
      'data migration',
      'database migration',
      'migrate data',
      'migrate the data',
      'migrate my data',
      'migrate my database',
      'migrate a database',
      'migrate the database',
      'migrate to the cloud',
      'cloud migration',
      'server migration',
      'email migration',
    ],
    ['ornithology', 'bird migration', 'migration of birds', 'migratory birds', 'birds migrate', 'animal migration', 'migration of animals'],
    // A programme "still alive" is one still running.
    ['still running', 'still alive', 'still kicking'],
    ['all', 'all day'],
    // What MIEUX+ can do for "a country like ours" is asked by a partner country.
    ['a partner country', 'a country like ours', 'countries like ours'],
    ['a partner country institution', 'an institution like ours', 'an administration like ours', 'institutions like ours'],
    // One area asked as part of "your areas" asks about that area, not all of them.
    [
      'cover',
      'as a thematic area',
      'fall within the scope of',
      'falls within the scope of',
      'one of your areas',
      'one of your thematic areas',
      'part of your areas',
      'among your areas',
    ],
    // A phone's app is no mobility, the time of day no duration, a city's climate no climate change.
    ['app', 'mobile app', 'mobile application', 'phone app', 'smartphone app'],
    ['clock', 'what time is it', 'what time it is'],
    ['weather', 'climate like', 'weather like'],
    // The names of areas are one topic, not two joined questions.
    oneTopic('and', 'migration and development'),
    oneTopic('and', 'migration and health'),
    oneTopic('and', 'migration and climate change', 'migration and climate'),
    oneTopic('and', 'irregular migration and trafficking'),
    oneTopic('and', 'legal migration and mobility'),
    oneTopic('and', 'international protection and asylum'),
    // …and "day to day" is how things are done ("what does an expert do day to day?"), not a daily rate.
    ['actually', 'day to day'],
    ['job', 'day job'],
    ['currently', 'at the moment', 'these days', 'nowadays'],
    // "In plain English" asks for it simply, not about languages.
    ['simply', 'in plain english', 'in simple english', 'in layman s terms'],
    // "Has it done anything useful?" asks what it achieved; "what in the world is it?" is no question about the world (regions).
    ['achieved', 'done anything useful', 'done anything', 'done something useful', 'done anything concrete'],
    // Working "pro bono" is unpaid work.
    ['unpaid', 'pro bono'],
    // "In the first place" asks nothing of its own.
    ['all', 'in the first place'],
    // To "avail" support is to get it.
    ['get', 'avail of', 'avail'],
    // "In what way?" asks how, not about the ways of working with MIEUX+.
    ['how', 'in what way'],
    ['what', 'what in the world', 'what on earth'],
    // Acting as an expert is being one.
    ['be', 'act as', 'serve as'],
    // "MIEUX plus" is the name written out, not "MIEUX" joined by "plus" (and) to a second question.
    ['mieux', 'mieux plus'],
    ['someone', 'somebody'],
    [
      'which specific countries',
      'which countries',
      'what countries',
      'which african countries',
      'what african countries',
      'which asian countries',
      'what asian countries',
      'which latin american countries',
      'which caribbean countries',
      'which neighbourhood countries',
      'which neighborhood countries',
    ],
    // Idioms for taking part, starting and running.
    ['take part', 'get in on this', 'get in on it', 'get on board', 'come on board'],
    ['start', 'kick off'],
    // Who runs it asks who implements it ("running shoes" make "run" a word of other subjects). Only
    // of "it" or "this": "who runs the country?" asks of something else.
    // …day to day too: who implements it, not what anyone is paid a day.
    [
      'who implements it',
      'who runs it',
      'who is running it',
      'who s running it',
      'who actually runs it',
      'who runs it day to day',
      'who actually runs it day to day',
      'who manages it day to day',
    ],
    ['who implements this', 'who runs this', 'who is running this', 'who s running this'],
    // …of the programme, the initiative ("who runs MIEUX+?" is read as it is).
    [
      'who implements it',
      'who implements the programme',
      'who implements the program',
      'who implements the initiative',
      'who runs the programme',
      'who runs the program',
      'who runs the initiative',
      'who is running the programme',
      'who is running the program',
      'who is running the initiative',
      'who s running the programme',
      'who s running the program',
      'who manages the programme',
      'who manages the program',
      'who manages the initiative',
    ],
    // Putting oneself forward is applying.
    ['apply', 'put myself forward', 'put yourself forward', 'put ourselves forward', 'put my name forward', 'put forward my name'],
    // "Is MIEUX+ running (in 2027)?" asks whether it still runs, not who runs it.
    [
      'still running',
      'still going',
      'be running',
      'mieux running',
      'it running',
      'programme running',
      'program running',
      'initiative running',
    ],
    // A letter's request for information is a question, opened where the request is.
    [
      'would like to know',
      'grateful if you could outline',
      'grateful if you could explain',
      'grateful if you could clarify',
      'grateful if you could confirm',
      'grateful if you could tell me',
      'grateful if you could tell us',
      'grateful if you could let me know',
      'grateful if you could let us know',
      'appreciate it if you could tell me',
      'appreciate it if you could tell us',
      'appreciate it if you could explain',
      'writing to enquire whether',
      'writing to inquire whether',
      'writing to enquire about',
      'writing to inquire about',
      'writing to ask whether',
      'writing to ask about',
      'i wish to know',
      'we wish to know',
      'i must know',
      'we must know',
      'i wish to enquire whether',
      'i wish to inquire whether',
      'i wish to enquire about',
      'i wish to inquire about',
      // Not being clear on something asks it.
      'i m not clear on',
      'i am not clear on',
      'it s not clear to me',
      'it is not clear to me',
    ],
    // "Kindly advise." closes a letter: it asks for an answer, not for advice.
    ['please tell me', 'kindly advise', 'please advise'],
    // How long something has gone on asks since when, not how long an Action lasts.
    [
      'since when',
      'how long have you been',
      'how long have you guys been',
      'how long has it been',
      'how long has mieux been',
      'how long has this been',
      'how long has the initiative been',
      'how long has the programme been',
      'how long has the program been',
      'how long has it existed',
      'how long has mieux existed',
      'how long have you existed',
      'how long has the initiative existed',
      'how long has the programme existed',
      'how long has the program existed',
      // Asked inside another question ("tell me what it is and how long it has existed").
      'how long it has existed',
      'how long it has been around',
      'how long it s been around',
      'how long it has been running',
      'how long it s been running',
      'how long mieux has existed',
      'how long mieux has been around',
    ],
  ],
  fr: [
    // « Qui a le droit de… ? » est « qui peut… ? » : pas le droit d'asile.
    ['qui peut', 'qui a le droit de', 'qui a le droit d', 'qui est autorisé à', 'qui sont autorisés à'],
    // « Qui dois-je appeler ? », « à qui m'adresser ? » : à qui s'adresser, pas un appel à candidatures.
    [
      'qui contacter',
      'qui dois je appeler',
      'qui appeler',
      'j appelle qui',
      'qui puis je appeler',
      'qui faut il appeler',
      'à qui dois je m adresser',
      'à qui m adresser',
      'à qui s adresser',
      'je m adresse à qui',
      'à qui puis je m adresser',
      'à qui faut il s adresser',
    ],
    apologyForLanguage(
      'svp',
      'pardon pour mon LANG|désolé pour mon LANG|désolée pour mon LANG|excusez mon LANG|excusez mon mauvais LANG|pardonnez mon LANG|mon LANG n est pas très bon|mon LANG n est pas bon|mon LANG est mauvais|je parle mal LANG|j écris mal LANG|le LANG n est pas ma langue maternelle',
      'français',
    ),
    // Par qui MIEUX+ est payé, c'est qui le finance (pas ce que touche un expert) : avec MIEUX+ pour sujet seulement.
    ['mieux est financé par', 'mieux est payé par', 'mieux est il payé par'],
    inLanguage('dans une autre langue', 'en', OTHER_LANGUAGES.fr),
    speakingLanguage(
      'dans une autre langue',
      'parler|parler couramment|savoir parler|maitriser|connaitre|qui parlent|qui parle|qui maitrisent|qui maitrise',
      'parle|parlez|parlent|parlant|maitrise|maitrisez',
      'espagnol|anglais|francais',
      OTHER_LANGUAGES.fr,
      (name) => (/^[aeiouh]/.test(name) ? `l ${name}` : `le ${name}`),
    ),
    // « À ce jour » : jusqu'ici, pas une durée en jours.
    ['en tout', 'a ce jour', 'jusqu a ce jour', 'a date'],
    // Partir en mission, pour un expert, c'est être déployé (pas la « part » de quelqu'un).
    ['deployes', 'partis en mission', 'parties en mission', 'envoyes en mission'],
    ['deploye', 'parti en mission', 'partie en mission', 'envoye en mission'],
    ['etre deploye', 'partir en mission'],
    // Contribuer comme expert, c'est participer comme expert, pas ce à quoi MIEUX+ contribue (ses objectifs).
    [
      'participer comme expert',
      'contribuer comme expert',
      'contribuer comme experte',
      'contribuer en tant qu expert',
      'contribuer en tant qu experte',
    ],
    // Une mutuelle est un assureur : « vous êtes la mutuelle Mieux ? » ne parle pas d'apprentissage mutuel.
    ['assureur', 'la mutuelle', 'ma mutuelle', 'une mutuelle', 'votre mutuelle', 'mutuelle sante', 'la mutuelle mieux', 'mutuelle mieux'],
    // Jusqu'à quand dure MIEUX+, c'est s'il existe encore (pas la durée d'une Action).
    [
      'existe encore',
      'jusqu a quand dure mieux',
      'jusqu a quand existe mieux',
      'jusqu a quand fonctionne mieux',
      'jusqu a quand va durer mieux',
    ],
    // Qui est responsable de MIEUX+, c'est qui le gère (l'ICMPD), pas ses objectifs.
    [
      'qui gere mieux',
      'qui est responsable de mieux',
      'qui est en charge de mieux',
      'qui pilote mieux',
      'qui pilote le programme',
      'qui pilote l initiative',
      'qui est responsable du programme',
      'qui est en charge du programme',
    ],
    // Les missions qui « se font sur place » ont lieu sur place (se déplacer ou non), ce n'est pas ce qu'on y fait.
    ['se deroulent sur place', 'se font sur place', 'se fait sur place', 'se font en presentiel', 'se fait en presentiel'],
    // Ce que font les experts « sur le terrain » demande leur rôle, pas s'ils se déplacent.
    ['font quoi concretement', 'font quoi sur le terrain', 'font quoi sur place', 'font sur le terrain', 'font sur place'],
    ['on', 'tout le monde'],
    // « C'est quoi votre affaire de MIEUX+ ? » : l'affaire, c'est MIEUX+ lui-même (« votre truc »), pas ses domaines.
    ['votre truc', 'votre affaire', 'ton affaire', 'cette affaire'],
    // Le voyage et l'hôtel sont une dépense, pas deux questions.
    travelCosts(
      'frais de voyage',
      'et',
      'voyage|le voyage|transport|le transport|vol|vols|le vol|les vols|billet d avion|billets d avion|le billet d avion|hebergement|l hebergement|hotel|l hotel|per diem|les per diem|indemnites journalieres|les indemnites journalieres|repas|les repas',
    ),
    // Le « développement professionnel » est ce qu'on apprend, pas migration et développement.
    ['apprentissage', 'developpement professionnel'],
    // Migrer des données, ou les oiseaux qui migrent, n'est pas la migration des personnes.
    [
      'informatique',
      'migration de donnees',
      'migration des donnees',
      'migrer des donnees',
      'migrer les donnees',
      'migrer mes donnees',
      'migrer ma base de donnees',
      'migrer une base de donnees',
      'migration de base de donnees',
      'migration vers le cloud',
      'migrer vers le cloud',
      'migration de serveurs',
    ],
    ['ornithologie', 'migration des oiseaux', 'oiseaux migrateurs', 'migration animale', 'migration des animaux'],
    // « Ça a donné quoi ? » demande les résultats.
    ['quels resultats', 'ca a donne quoi', 'ca donne quoi', 'qu est ce que ca a donne', 'qu est ce que ca donne'],
    // Ce que MIEUX+ peut faire pour « un pays comme le nôtre » : c'est un pays partenaire qui demande.
    ['un pays partenaire', 'un pays comme le notre', 'des pays comme le notre'],
    [
      'une institution d un pays partenaire',
      'une institution comme la notre',
      'une administration comme la notre',
      'une administration telle que la notre',
      'une institution telle que la notre',
      'des institutions comme la notre',
    ],
    // Un domaine demandé comme « partie de vos domaines » : la question porte sur ce domaine.
    [
      'couvre',
      'fait partie de vos domaines d intervention',
      'fait elle partie de vos domaines d intervention',
      'fait il partie de vos domaines d intervention',
      'fait partie de vos domaines',
      'fait elle partie de vos domaines',
      'fait il partie de vos domaines',
      'entre dans vos domaines d intervention',
      'entre t il dans vos domaines d intervention',
      'entre t elle dans vos domaines d intervention',
      'entre dans vos domaines',
    ],
    // Une appli pour téléphone n'est pas la mobilité.
    ['app', 'application mobile', 'appli mobile', 'application pour smartphone', 'application pour le portable'],
    // Les noms des domaines sont un seul sujet, pas deux questions jointes.
    oneTopic('et', 'migration et developpement', 'migrations et developpement'),
    oneTopic('et', 'migration et sante', 'migrations et sante'),
    oneTopic('et', 'migration et changement climatique', 'migration et climat'),
    oneTopic('et', 'migration irreguliere et traite'),
    oneTopic('et', 'migration legale et mobilite'),
    oneTopic('et', 'protection internationale et politique'),
    // "Il y a quelques années…" is "some years ago": said, not asked ("il y a" opens a question where a sentence starts).
    [
      'deja',
      'il y a quelques annees',
      'il y a des annees',
      'il y a un an',
      'il y a deux ans',
      'il y a trois ans',
      'il y a longtemps',
      'il y a peu',
      'il y a quelques mois',
      'il y a quelques semaines',
      'il y a quelques jours',
    ],
    // Who pays "ça" asks who funds the programme, as in Spanish.
    [
      'qui paie mieux',
      'qui paie tout ça',
      'qui paye tout ça',
      'qui paie ça',
      'qui paye ça',
      'qui paie pour ça',
      'qui paye pour ça',
      'qui paie pour tout ça',
      'qui paye pour tout ça',
    ],
    // A letter's request for information is a question, opened where the request is.
    [
      'je voudrais savoir',
      'solliciter des informations sur',
      'solliciter des informations concernant',
      'solliciter des renseignements sur',
      'solliciter des renseignements concernant',
      'sollicite des informations sur',
      'sollicite des renseignements sur',
      "vous serais reconnaissant de bien vouloir m'indiquer",
      "vous serais reconnaissante de bien vouloir m'indiquer",
      'vous serions reconnaissants de bien vouloir nous indiquer',
      "vous serais reconnaissant de m'indiquer",
      "vous serais reconnaissante de m'indiquer",
      "vous saurais gré de bien vouloir m'indiquer",
      'vous saurions gré de bien vouloir nous indiquer',
      "vous saurais gré de m'indiquer",
      "je vous prie de bien vouloir m'indiquer",
      'je vous prie de bien vouloir nous indiquer',
      "merci de bien vouloir m'indiquer",
      'merci de bien vouloir nous indiquer',
      'je voulais comprendre',
    ],
    // Agir en tant qu'expert, c'est l'être.
    ['etre', 'agir en tant que', 'agir en tant qu', 'intervenir en tant que', 'intervenir en tant qu', 'servir comme'],
    // Which countries of one region asks for the countries, not the regions nor what partner
    // countries get. Not "quels pays" alone: "quels pays bénéficient de MIEUX+ ?" asks what they get.
    [
      'quels pays precis',
      'quels pays africains',
      "quels pays d'afrique",
      'quels pays asiatiques',
      "quels pays d'asie",
      "quels pays d'amerique latine",
      'quels pays latino americains',
      'quels pays des caraibes',
      'quels pays du voisinage',
      'quels pays exactement',
      'quels pays precisement',
    ],
    // « De quelle manière ? » demande comment, pas les manières de travailler avec MIEUX+.
    ['comment', 'de quelle maniere', 'de quelle facon'],
    // « Genre » (like) before a question word and « du coup » (so) are fillers, not gender.
    ['qui', 'genre qui'],
    ['quoi', 'genre quoi'],
    ['comment', 'genre comment'],
    ['concretement', 'genre concretement'],
    // …and before a plural article ("genre les thèmes"); « un genre de », « ce genre de » are a kind of (not
    // « quel genre de », which the small talk reads as it is). Not before a pronoun:
    // « le genre, vous en tenez compte ? » asks about gender.
    ['les', 'genre les'],
    ['des', 'genre des'],
    ['une sorte de', 'un genre de', 'une genre de'],
    ['ce type de', 'ce genre de', 'ce genre d'],
    ['de ce type', 'de ce genre'],
    // « Bref » opening a sentence is "anyway", not "in short".
    ['vous', 'bref vous'],
    ['on', 'bref on'],
    ['donc', 'du coup'],
    // Le nom est un mot français : « c'est un truc français ? » demande ce qu'est MIEUX+, pas les langues requises.
    [
      'c est quoi mieux',
      'c est francais',
      'c est un truc francais',
      'c est une chose francaise',
      'est ce francais',
      'c est un programme francais',
    ],
    whatKindOfBody(
      'c est quoi mieux',
      'mieux est une|mieux est un|mieux c est une|mieux c est un|mieux est il une|mieux est il un|mieux est ce une|mieux est ce un|une sorte d|une sorte de',
      'entreprise|entreprise privee|ong|societe|association|fondation|cabinet de conseil|startup|multinationale|agence de recrutement|agence de voyage|agence|organisme|organisation caritative|organisation internationale',
    ),
    // « Au total » compte ce qui est demandé, pas le budget total ; « en deux mots » : en résumé.
    ['tout', 'au total'],
    ['bref', 'en termes simples', 'en mots simples', 'en termes clairs'],
    inSoManyWords(
      'bref',
      'en',
      'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|1|2|3|4|5|6|7|8|9|10',
      'mot|mots|ligne|lignes|phrase|phrases|paragraphe|paragraphes',
    ),
    // « En pratique » demande ce qui se passe vraiment : rien sur le lien entre théorie et pratique.
    ['concretement', 'en pratique', 'dans la pratique'],
    // Combien de jours, c'est combien de temps (une durée), pas combien d'experts (les chiffres).
    ['combien de temps', 'combien de jours', 'pendant combien de jours'],
    // « J'aimerais aussi savoir » : l'adverbe cache les mots qui ouvrent la question au milieu du message.
    withAdverbs('aimerais savoir', 1, 'aussi|egalement|personnellement|bien'),
    withAdverbs('voudrais savoir', 1, 'aussi|egalement|personnellement|bien'),
    withAdverbs('souhaiterais savoir', 1, 'aussi|egalement|personnellement'),
    // Ce qu'on a « fait de concret », ce que « ça a donné » : les résultats (l'impact), pas ce qu'est MIEUX+.
    [
      'resultats',
      'fait de concret',
      'fait quoi de concret',
      'fait des trucs concrets',
      'fait des choses concretes',
      'ca a donne quoi',
      'a donne quoi',
    ],
    // « Serait-il possible de savoir… ? » demande de savoir, rien sur ce qui est possible (travailler à distance…).
    [
      'savoir',
      'serait il possible de savoir',
      'est il possible de savoir',
      'serait il possible de connaitre',
      'est il possible de connaitre',
    ],
    // « En général », « de manière générale » nuancent la question ; ils ne demandent pas une présentation de MIEUX+.
    [
      'en',
      'en general',
      'de maniere generale',
      'd une maniere generale',
      'de facon generale',
      'd une facon generale',
      'en termes generaux',
      'dans les grandes lignes',
    ],
    // « Traité par » (dont on s'occupe) n'est pas la traite des êtres humains.
    ['par', 'traite par'],
    ['sujet', 'sujet traite'],
    ['sujets', 'sujets traites'],
    // « En gros » : en résumé.
    ['en', 'en gros'],
    // Un expert-comptable est un métier, pas un expert de MIEUX+.
    ['comptable', 'expert comptable', 'experte comptable', 'experts comptables'],
    // "Traite" is trafficking ("la traite des êtres humains") and "deals with" after its subject.
    ['mieux', 'mieux traite'],
    ['qui', 'qui traite'],
    ['il', 'il traite'],
    ['elle', 'elle traite'],
    ['t il', 'traite t il'],
    ['t elle', 'traite t elle'],
    ['comment', 'comment mieux'],
    ['tant', 'tant mieux'],
    ['vaut', 'mieux vaut'],
    ['va', 'va mieux'],
    ['vais', 'vais mieux'],
    ['aller', 'aller mieux'],
    ['faire', 'faire mieux'],
    ['encore', 'encore mieux'],
    ['beaucoup', 'beaucoup mieux'],
    ['bien', 'bien mieux'],
    ['de plus en plus', 'de mieux en mieux'],
    // « Réussir au mieux mon examen » : le mot, devant ce qu'il qualifie.
    ...['mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs'].map((w) => [
      w,
      `au mieux ${w}`,
    ]),
    ['faire', 'faire au mieux'],
    // « Au quotidien » dit comment on s'y prend (« que fait un expert au quotidien ? ») ; seul, le mot pèserait
    // comme la « gestion quotidienne » (qui gère MIEUX+).
    ['vraiment', 'au quotidien', 'au jour le jour'],
  ],
};
