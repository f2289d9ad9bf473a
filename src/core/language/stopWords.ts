import { perLanguage, type Localized } from './languages';
import { normalise } from './normalise';

/*
 * Function words and the words people wrap a question in ("could you tell me about…").
 * They carry no topic, so retrieval ignores them. Written accent-free and lower-case,
 * as the pipeline sees words after normalisation. Domain words must never appear here.
 */
const WORDS: Localized<string> = {
  es: `
    a al algo algun alguna algunas alguno algunos ante antes aqui asi aun bien cada como con contra cual cuales
    cualquier cuando cuanto de del desde donde dos e el ella ellas ello ellos en entre era eran es
    esa esas ese eso esos esta estas este esto estos estan estar esta fue fueron ha han has hay haber hasta la las
    le les lo los mas me mi mis mucho muchos muy nada ni no nos nosotros o os otra otras otro otros para pero poco
    por porque pues que quien quienes se sea sean segun ser si sido sin sobre son su sus tal tambien te tenia ti
    tiene tienen tu tus u un una unas uno unos usted ustedes vosotros y ya yo
    puedo puede pueden podria podrias podeis quisiera quiero queria gustaria saber decir dime digame diga explica
    explicame explicar explicas explicais expliquen explique cuentame contar informacion info acerca respecto favor por favor hola gracias
    hace hacen hacer tengo tienes hola oye oiga oigan vale entonces pregunta consulta preguntas consultas
    hago haga hacemos puedes podemos podrian debo debe deberia hemos estoy soy hablame hableme
    nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mucha muchas muchisimas muchisimo
    buen buenos buenas dia dias tardes noches saludos
    realmente basicamente francamente sinceramente solo solamente eh ah oh bueno exactamente vos pe po
    ahi alli
    leido oido visto poder tener teneis tenemos he estimado estimada estimados estimadas leer bot chatbot
    tratar tratais tratan tratamos
    conocer conoces conoce conocen conozco conoceis conocemos conocia
    voy vas va vamos vais van
    che ando andas anda andamos andais andan
    dale decime contame explicame posta tanto tantos tanta tantas
    wena wenas
    ostras ostia caray caramba orale andale
    genial chevere pana perfecto estupendo bacan
    entiendo entiende entienden entendi entender comprendo comprender
    supongo imagino aunque
    explicacion explicaciones curiosidad informar indicar aclarar
    ideay
    chamo chama parce parcero mijo mija illo tio tia guey wey compa mae maje
    resumir resumirme resumirlo resumirmelo resumes resume resuman resuma resumeme resumelo
    respetuosamente amablemente atentamente cordialmente agradeceria agradeceriamos indicaran indicara
  `,
  en: `
    a about above after again all also am an and another any are as at be because been before being below between
    both but by can cannot could did do does doing during each few for from further get got had has have having he
    her here him his how i if in into is it its itself just me might more most much must my myself no nor not of
    off on once only or other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when where which while
    who whom whose will with would you your yours
    guys guy folks
    tell explain know please kindly inform informed revert info information anything something like want wanted wonder wondering question questions
    hi hey hello thanks thank ok okay just maybe kind sort exactly actually really actual overall
    us give quick quickly briefly show list one lot someone somebody
    good morning afternoon evening greetings
    basically frankly honestly literally simply anyway well heard read see though tho wait bot chatbot
    via per among lol tbh oh eh aye yeah yep yup nah po yo
    allow allowed allows permitted
    s t d ll re ve m whats hows whos wheres whens im ive id dont doesnt isnt cant
    brilliant great awesome lovely perfect mate heaps sir madam
    guess suppose reckon assume talk talking right
    explanation curiosity curious aware
    bro dude fam bestie
    summarise summarize summarised summarized summarising summarizing
    grateful appreciate appreciated indicate
    arrange arranged
    yes
  `,
  fr: `
    a ai au aux avec ce ces cet cette ceci cela ca c d dans de des du elle elles en est et etre eux il ils j je la
    le les leur leurs lui l m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que quel quelle
    quels quelles qui quoi s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y est etait
    sont peux peut pouvez pourriez pourrais voudrais veux voulez savoir dire dites explique expliquer expliquez
    parle parlez parler renseignement renseignements information informations svp plait sil vous comment
    ou quand est-ce ce qu il y a fait faire fais bonjour merci alors question questions
    avons avez ont avait avaient aurait auraient aura avoir suis sommes etes serait seraient sera ete
    peuvent pouvons puis pourrait pourraient pouvait veut voulons veulent voudrait voudrions dois doit devons
    devez doivent devrait devrais souhaite souhaiterais souhaitons aimerais cest quelques quelque plus tant comme
    beaucoup info infos salut bonsoir coucou
    bien vraiment franchement juste deja voila bon ben bah oh hein enfin donc lu vu entendu trop vite sais
    chez parmi selon entre aussi ici chose choses lors juste lire davantage voir bot chatbot
    traiter traitez traitons traitent dedans
    connaitre connais connait connaissez connaissons connaissent
    donner donne donnes donnez donnent donnerais donneriez donnera
    yo chat
    genial parfait nickel deh
    resumer resumez resume resumes resumerais resumeriez
    ferait feraient fera feront ferais ferions feriez
    reconnaissant reconnaissante gre saurais saurions
    rattache rattachent rattacher rattachee rattaches
    suppose imagine
    explication explications curiosite curieux curieuse abord
    wesh chanme ouf relou relous
    frere frerot khouya sahbi
    gars mecs
    exactement exact exacte exacts
    bedon
    oui
  `,
};

function toSet(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split(/\s+/)
      .map(normalise)
      .filter((w) => w.length > 0 && !w.includes(' ')),
  );
}

/**
 * Spanish writes object pronouns onto an infinitive ("¿podría explicarme…?", "decirnos", "cómo
 * puedo serlo"): an asking verb stays an asking verb with them. `hosts`: the stop words that take
 * them (the infinitives); `pronouns`: the endings.
 */
interface AttachedPronouns {
  readonly hosts: RegExp;
  readonly pronouns: readonly string[];
}

const ATTACHED_PRONOUNS: Localized<AttachedPronouns | undefined> = {
  es: {
    hosts: /^\p{L}{2,}(?:ar|er|ir)$/u,
    pronouns: ['me', 'te', 'le', 'lo', 'la', 'nos', 'os', 'les', 'los', 'las', 'se', 'melo', 'mela', 'noslo', 'nosla', 'selo', 'sela'],
  },
  en: undefined,
  fr: undefined,
};

function withAttachedPronouns(words: ReadonlySet<string>, attached: AttachedPronouns | undefined): ReadonlySet<string> {
  if (!attached) return words;
  const hosts = [...words].filter((w) => attached.hosts.test(w));
  return new Set([...words, ...hosts.flatMap((host) => attached.pronouns.map((p) => host + p))]);
}

export const STOP_WORDS: Localized<ReadonlySet<string>> = perLanguage((lang) =>
  withAttachedPronouns(toSet(WORDS[lang]), ATTACHED_PRONOUNS[lang]),
);

/**
 * Everyday words that stand for anything ("c'est financé par qui, votre truc ?", "what stuff do you
 * work on"). Not stop words — some phrasings use them — but never a sign that a question is about
 * something else.
 */
export const FILLER_WORDS: Localized<ReadonlySet<string>> = {
  es: new Set(['cosa', 'cosas', 'rollo', 'historia']),
  en: new Set(['thing', 'things', 'stuff']),
  fr: new Set(['truc', 'trucs', 'machin', 'histoire']),
};
