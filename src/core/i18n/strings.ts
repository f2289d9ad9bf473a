import type { Lang, Localized } from '../language/languages';

/**
 * Every sentence the bot says that is not a knowledge-base answer. The Localized type makes a
 * missing translation a compile error. `{email}` is replaced with the team's address.
 */
export const STRINGS = {
  welcome: {
    es: '¡Hola! Soy el asistente de **MIEUX+** (Migration EU Expertise), la iniciativa financiada por la UE e implementada por ICMPD para compartir conocimiento sobre migración entre los Estados miembros de la UE y los países socios. Pregúnteme qué es MIEUX+, en qué áreas trabaja o cómo participar. También puede escribirme en inglés o en francés.',
    en: 'Hello! I am the **MIEUX+** (Migration EU Expertise) assistant, for the EU-funded initiative implemented by ICMPD through which EU Member States share migration expertise with partner countries. Ask me what MIEUX+ is, the areas it works in, or how to take part. You can also write to me in Spanish or French.',
    fr: 'Bonjour ! Je suis l’assistant de **MIEUX+** (Migration EU Expertise), l’initiative financée par l’UE et mise en œuvre par l’ICMPD, par laquelle les États membres de l’UE partagent leur expertise migratoire avec les pays partenaires. Demandez-moi ce qu’est MIEUX+, ses domaines d’action ou comment y participer. Vous pouvez aussi m’écrire en espagnol ou en anglais.',
  },
  intro: {
    es: '¡Hola! Soy el asistente de **MIEUX+** (Migration EU Expertise). Menciónenme (@MIEUX+) con una pregunta sobre MIEUX+, en español, inglés o francés, y responderé aquí. Para hablar en privado, abran un chat conmigo.',
    en: 'Hello! I am the **MIEUX+** (Migration EU Expertise) assistant. Mention me (@MIEUX+) with a question about MIEUX+, in English, Spanish or French, and I will answer here. To talk in private, open a chat with me.',
    fr: 'Bonjour ! Je suis l’assistant de **MIEUX+** (Migration EU Expertise). Mentionnez-moi (@MIEUX+) avec une question sur MIEUX+, en français, en anglais ou en espagnol, et je répondrai ici. Pour échanger en privé, ouvrez une conversation avec moi.',
  },
  greeting: {
    es: '¡Hola! Puedo responder preguntas sobre **MIEUX+**: qué es, quién la financia, sus cinco áreas temáticas, las regiones, sus cifras y cómo participar como persona experta o institución. ¿Qué le gustaría saber?',
    en: 'Hello! I can answer questions about **MIEUX+**: what it is, who funds it, its five thematic areas, the regions, its figures and how to take part as an expert or an institution. What would you like to know?',
    fr: 'Bonjour ! Je peux répondre à vos questions sur **MIEUX+** : ce que c’est, qui la finance, ses cinq domaines thématiques, les régions, ses chiffres et comment participer en tant qu’expert ou institution. Que souhaitez-vous savoir ?',
  },
  help: {
    es: 'Puedo informarle sobre **MIEUX+** a partir de su folleto oficial: qué es y desde cuándo existe, sus objetivos, su financiación, las regiones y las cinco áreas temáticas, sus cifras, los beneficios para los Estados miembros de la UE y cómo participar. Escriba su pregunta con sus propias palabras, en español, inglés o francés, o elija un tema:',
    en: 'I can tell you about **MIEUX+** based on its official brochure: what it is and since when, its objectives, its funding, the regions and the five thematic areas, its figures, the benefits for EU Member States and how to take part. Type your question in your own words, in English, Spanish or French, or pick a topic:',
    fr: 'Je peux vous renseigner sur **MIEUX+** à partir de sa brochure officielle : ce que c’est et depuis quand, ses objectifs, son financement, les régions et les cinq domaines thématiques, ses chiffres, les avantages pour les États membres de l’UE et comment participer. Posez votre question avec vos propres mots, en français, anglais ou espagnol, ou choisissez un thème :',
  },
  thanks: {
    es: '¡De nada! Si tiene otra pregunta sobre MIEUX+, aquí estoy.',
    en: 'You are welcome! If you have another question about MIEUX+, just ask.',
    fr: 'Avec plaisir ! Si vous avez une autre question sur MIEUX+, n’hésitez pas.',
  },
  goodbye: {
    es: '¡Hasta pronto! Para cualquier consulta, el equipo de MIEUX+ está en {email}.',
    en: 'Goodbye! For any enquiry, the MIEUX+ team is at {email}.',
    fr: 'Au revoir ! Pour toute question, l’équipe de MIEUX+ est joignable à {email}.',
  },
  notFound: {
    es: 'Lo siento, no tengo esa información. Solo respondo sobre la iniciativa MIEUX+ con lo que dice su folleto. Puede elegir uno de estos temas o escribir al equipo de MIEUX+ en {email}.',
    en: 'Sorry, I don’t have that information. I only answer about the MIEUX+ initiative, from what its brochure says. You can pick one of these topics or write to the MIEUX+ team at {email}.',
    fr: 'Désolé, je n’ai pas cette information. Je ne réponds que sur l’initiative MIEUX+, d’après sa brochure. Vous pouvez choisir l’un de ces thèmes ou écrire à l’équipe de MIEUX+ à {email}.',
  },
  clarify: {
    es: '¿Quería decir…?',
    en: 'Did you mean…?',
    fr: 'Vouliez-vous dire… ?',
  },
  empty: {
    es: 'Solo puedo leer texto. Escriba su pregunta sobre MIEUX+, por ejemplo: «¿Qué es MIEUX+?»',
    en: 'I can only read text. Type your question about MIEUX+, for example: “What is MIEUX+?”',
    fr: 'Je ne peux lire que du texte. Écrivez votre question sur MIEUX+, par exemple : « Qu’est-ce que MIEUX+ ? »',
  },
  error: {
    es: 'Lo siento, algo ha fallado por mi parte. Inténtelo de nuevo en un momento.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
    fr: 'Désolé, une erreur s’est produite de mon côté. Veuillez réessayer dans un instant.',
  },
  source: {
    es: 'Fuente: folleto de MIEUX+',
    en: 'Source: MIEUX+ brochure',
    fr: 'Source : brochure de MIEUX+',
  },
  notSaved: {
    es: 'Lo siento, no he podido guardar este paso de nuestra conversación, así que no ha tenido efecto. Si estaba enviando una solicitud al equipo de MIEUX+, **no se ha enviado**. Vuelva a enviar su último mensaje dentro de un momento, o escriba directamente a {email}.',
    en: 'Sorry, I could not save this step of our conversation, so it did not take effect. If you were sending a request to the MIEUX+ team, **it has not been sent**. Please send your last message again in a moment, or write to {email} directly.',
    fr: 'Désolé, je n’ai pas pu enregistrer cette étape de notre conversation : elle n’a donc pas été prise en compte. Si vous envoyiez une demande à l’équipe MIEUX+, **elle n’a pas été envoyée**. Renvoyez votre dernier message dans un instant, ou écrivez directement à {email}.',
  },
  relatedTopics: {
    es: 'También puede preguntarme:',
    en: 'You can also ask me:',
    fr: 'Vous pouvez aussi me demander :',
  },
} as const satisfies Record<string, Localized<string>>;

export type StringKey = keyof typeof STRINGS;

/** Replaces `{name}` placeholders; unknown ones stay visible, so a missing value shows in tests. */
export function format(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function t(key: StringKey, lang: Lang, values: Readonly<Record<string, string>> = {}): string {
  return format(STRINGS[key][lang], values);
}
