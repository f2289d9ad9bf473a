import { StringTableError } from '../../errors';
import { LANGUAGES, type Lang, type Localized } from '../language/languages';
import { INSIGHTS_STRINGS } from './insightsStrings';

/**
 * Every sentence and label the bot shows that is not a knowledge-base answer, in es, en and fr:
 * the one string table, read with `t`. The Localized type makes a missing language a compile
 * error; checkStrings, run at start, also finds an empty text and placeholders (`{email}`) that
 * differ between the languages of one string.
 */
export const STRINGS = {
  // The bot's own replies: welcome, small talk, "I don't know", errors. `{email}` is the team's address.
  'bot.welcome': {
    es: '¡Hola! Soy el asistente de **MIEUX+** (Migration EU Expertise), la iniciativa financiada por la UE e implementada por ICMPD para compartir conocimiento sobre migración entre los Estados miembros de la UE y los países socios. Pregúnteme qué es MIEUX+, en qué áreas trabaja o cómo participar. También puede escribirme en inglés o en francés.',
    en: 'Hello! I am the **MIEUX+** (Migration EU Expertise) assistant, for the EU-funded initiative implemented by ICMPD through which EU Member States share migration expertise with partner countries. Ask me what MIEUX+ is, the areas it works in, or how to take part. You can also write to me in Spanish or French.',
    fr: 'Bonjour ! Je suis l’assistant de **MIEUX+** (Migration EU Expertise), l’initiative financée par l’UE et mise en œuvre par l’ICMPD, par laquelle les États membres de l’UE partagent leur expertise migratoire avec les pays partenaires. Demandez-moi ce qu’est MIEUX+, ses domaines d’action ou comment y participer. Vous pouvez aussi m’écrire en espagnol ou en anglais.',
  },
  'bot.intro': {
    es: '¡Hola! Soy el asistente de **MIEUX+** (Migration EU Expertise). Menciónenme (@MIEUX+) con una pregunta sobre MIEUX+, en español, inglés o francés, y responderé aquí. Para hablar en privado, abran un chat conmigo.',
    en: 'Hello! I am the **MIEUX+** (Migration EU Expertise) assistant. Mention me (@MIEUX+) with a question about MIEUX+, in English, Spanish or French, and I will answer here. To talk in private, open a chat with me.',
    fr: 'Bonjour ! Je suis l’assistant de **MIEUX+** (Migration EU Expertise). Mentionnez-moi (@MIEUX+) avec une question sur MIEUX+, en français, en anglais ou en espagnol, et je répondrai ici. Pour échanger en privé, ouvrez une conversation avec moi.',
  },
  'bot.greeting': {
    es: '¡Hola! Puedo responder preguntas sobre **MIEUX+**: qué es, quién la financia, sus cinco áreas temáticas, las regiones, sus cifras y cómo participar como persona experta o institución. ¿Qué le gustaría saber?',
    en: 'Hello! I can answer questions about **MIEUX+**: what it is, who funds it, its five thematic areas, the regions, its figures and how to take part as an expert or an institution. What would you like to know?',
    fr: 'Bonjour ! Je peux répondre à vos questions sur **MIEUX+** : ce que c’est, qui la finance, ses cinq domaines thématiques, les régions, ses chiffres et comment participer en tant qu’expert ou institution. Que souhaitez-vous savoir ?',
  },
  'bot.help': {
    es: 'Puedo informarle sobre **MIEUX+** a partir de su folleto oficial: qué es y desde cuándo existe, sus objetivos, su financiación, las regiones y las cinco áreas temáticas, sus cifras, los beneficios para los Estados miembros de la UE y cómo participar. Escriba su pregunta con sus propias palabras, en español, inglés o francés, o elija un tema:',
    en: 'I can tell you about **MIEUX+** based on its official brochure: what it is and since when, its objectives, its funding, the regions and the five thematic areas, its figures, the benefits for EU Member States and how to take part. Type your question in your own words, in English, Spanish or French, or pick a topic:',
    fr: 'Je peux vous renseigner sur **MIEUX+** à partir de sa brochure officielle : ce que c’est et depuis quand, ses objectifs, son financement, les régions et les cinq domaines thématiques, ses chiffres, les avantages pour les États membres de l’UE et comment participer. Posez votre question avec vos propres mots, en français, anglais ou espagnol, ou choisissez un thème :',
  },
  'bot.thanks': {
    es: '¡De nada! Si tiene otra pregunta sobre MIEUX+, aquí estoy.',
    en: 'You are welcome! If you have another question about MIEUX+, just ask.',
    fr: 'Avec plaisir ! Si vous avez une autre question sur MIEUX+, n’hésitez pas.',
  },
  'bot.goodbye': {
    es: '¡Hasta pronto! Para cualquier consulta, el equipo de MIEUX+ está en {email}.',
    en: 'Goodbye! For any enquiry, the MIEUX+ team is at {email}.',
    fr: 'Au revoir ! Pour toute question, l’équipe de MIEUX+ est joignable à {email}.',
  },
  'bot.notFound': {
    es: 'Lo siento, no tengo esa información. Solo respondo sobre la iniciativa MIEUX+ con lo que dice su folleto. Puede elegir uno de estos temas o escribir al equipo de MIEUX+ en {email}.',
    en: 'Sorry, I don’t have that information. I only answer about the MIEUX+ initiative, from what its brochure says. You can pick one of these topics or write to the MIEUX+ team at {email}.',
    fr: 'Désolé, je n’ai pas cette information. Je ne réponds que sur l’initiative MIEUX+, d’après sa brochure. Vous pouvez choisir l’un de ces thèmes ou écrire à l’équipe de MIEUX+ à {email}.',
  },
  'bot.clarify': {
    es: '¿Quería decir…?',
    en: 'Did you mean…?',
    fr: 'Vouliez-vous dire… ?',
  },
  'bot.empty': {
    es: 'Solo puedo leer texto. Escriba su pregunta sobre MIEUX+, por ejemplo: «¿Qué es MIEUX+?»',
    en: 'I can only read text. Type your question about MIEUX+, for example: “What is MIEUX+?”',
    fr: 'Je ne peux lire que du texte. Écrivez votre question sur MIEUX+, par exemple : « Qu’est-ce que MIEUX+ ? »',
  },
  'bot.error': {
    es: 'Lo siento, algo ha fallado por mi parte. Inténtelo de nuevo en un momento.',
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
    fr: 'Désolé, une erreur s’est produite de mon côté. Veuillez réessayer dans un instant.',
  },
  'bot.source': {
    es: 'Fuente: folleto de MIEUX+',
    en: 'Source: MIEUX+ brochure',
    fr: 'Source : brochure de MIEUX+',
  },
  'bot.notSaved': {
    es: 'Lo siento, no he podido guardar este paso de nuestra conversación, así que no ha tenido efecto. Si estaba enviando una solicitud al equipo de MIEUX+, **no se ha enviado**. Vuelva a enviar su último mensaje dentro de un momento, o escriba directamente a {email}.',
    en: 'Sorry, I could not save this step of our conversation, so it did not take effect. If you were sending a request to the MIEUX+ team, **it has not been sent**. Please send your last message again in a moment, or write to {email} directly.',
    fr: 'Désolé, je n’ai pas pu enregistrer cette étape de notre conversation : elle n’a donc pas été prise en compte. Si vous envoyiez une demande à l’équipe MIEUX+, **elle n’a pas été envoyée**. Renvoyez votre dernier message dans un instant, ou écrivez directement à {email}.',
  },
  'bot.relatedTopics': {
    es: 'También puede preguntarme:',
    en: 'You can also ask me:',
    fr: 'Vous pouvez aussi me demander :',
  },

  // The helpful / not helpful buttons after an answer, and the replies to a press.
  'feedback.up': { es: '👍 Útil', en: '👍 Helpful', fr: '👍 Utile' },
  'feedback.down': { es: '👎 No útil', en: '👎 Not helpful', fr: '👎 Pas utile' },
  'feedback.thanksUp': {
    es: '¡Gracias por su valoración!',
    en: 'Thank you for your feedback!',
    fr: 'Merci pour votre avis !',
  },
  'feedback.thanksDown': {
    es: 'Gracias por decírmelo: nos ayuda a mejorar esta respuesta. Si necesita más información, puede escribir al equipo de MIEUX+ en {email}.',
    en: 'Thank you for telling me: it helps us improve this answer. If you need more information, you can write to the MIEUX+ team at {email}.',
    fr: 'Merci de me l’avoir signalé : cela nous aide à améliorer cette réponse. Si vous avez besoin de plus d’informations, vous pouvez écrire à l’équipe MIEUX+ à {email}.',
  },

  // The hand-off form and the e-mail it prepares. `{max}` is a length limit, `{replyTo}` the person's own address, `{role}` their role.
  'handoff.button': {
    es: 'Contactar con el equipo',
    en: 'Contact the MIEUX+ team',
    fr: 'Contacter l’équipe MIEUX+',
  },
  'handoff.consentMailto': {
    es: 'Para ponerle en contacto con el equipo de MIEUX+ le pediré su perfil, nombre, correo electrónico, organización, país, área de interés y un mensaje breve. Con ellos prepararé un correo para el equipo de MIEUX+ ({email}) que usted enviará desde su propio correo; no los usaré para nada más. ¿Está de acuerdo?',
    en: 'To put you in touch with the MIEUX+ team I will ask for your role, name, e-mail, organisation, country, area of interest and a short message. I will use them only to prepare an e-mail to the MIEUX+ team ({email}), which you send from your own mail. Do you agree?',
    fr: 'Pour vous mettre en contact avec l’équipe MIEUX+, je vous demanderai votre profil, nom, adresse e-mail, organisation, pays, domaine d’intérêt et un bref message. Je les utiliserai uniquement pour préparer un e-mail à l’équipe MIEUX+ ({email}), que vous enverrez depuis votre propre messagerie. Êtes-vous d’accord ?',
  },
  'handoff.consentSmtp': {
    es: 'Para ponerle en contacto con el equipo de MIEUX+ le pediré su perfil, nombre, correo electrónico, organización, país, área de interés y un mensaje breve. Los enviaré por correo al equipo de MIEUX+ ({email}) junto con su mensaje; no los usaré para nada más. ¿Está de acuerdo?',
    en: 'To put you in touch with the MIEUX+ team I will ask for your role, name, e-mail, organisation, country, area of interest and a short message. I will e-mail them to the MIEUX+ team ({email}) with your message, and use them for nothing else. Do you agree?',
    fr: 'Pour vous mettre en contact avec l’équipe MIEUX+, je vous demanderai votre profil, nom, adresse e-mail, organisation, pays, domaine d’intérêt et un bref message. Je les transmettrai par e-mail à l’équipe MIEUX+ ({email}) avec votre message, et ne les utiliserai pour rien d’autre. Êtes-vous d’accord ?',
  },
  'handoff.consentYes': { es: 'Sí, de acuerdo', en: 'Yes, I agree', fr: 'Oui, d’accord' },
  'handoff.consentNo': { es: 'No, gracias', en: 'No, thanks', fr: 'Non, merci' },
  'handoff.answerYesNo': {
    es: 'Responda «sí» o «no», o pulse uno de los botones.',
    en: 'Please answer “yes” or “no”, or press one of the buttons.',
    fr: 'Répondez « oui » ou « non », ou appuyez sur l’un des boutons.',
  },
  'handoff.noConsent': {
    es: 'De acuerdo, no he guardado ningún dato. Si lo desea, puede escribir directamente al equipo de MIEUX+ en {email}.',
    en: 'All right, I have kept none of your details. If you wish, you can write to the MIEUX+ team directly at {email}.',
    fr: 'Très bien, je n’ai conservé aucune donnée. Si vous le souhaitez, vous pouvez écrire directement à l’équipe MIEUX+ à {email}.',
  },
  'handoff.askRole': {
    es: '¿Qué opción le describe mejor?',
    en: 'Which of these describes you best?',
    fr: 'Quelle option vous décrit le mieux ?',
  },
  'handoff.askName': { es: '¿Cuál es su nombre completo?', en: 'What is your full name?', fr: 'Quel est votre nom complet ?' },
  'handoff.askEmail': {
    es: '¿En qué dirección de correo electrónico puede responderle el equipo?',
    en: 'At which e-mail address can the team answer you?',
    fr: 'À quelle adresse e-mail l’équipe peut-elle vous répondre ?',
  },
  'handoff.invalidEmail': {
    es: 'Esa dirección de correo no parece válida (por ejemplo: nombre@ministerio.es). ¿Puede escribirla de nuevo?',
    en: 'That e-mail address does not look valid (for example: name@ministry.gov). Could you type it again?',
    fr: 'Cette adresse e-mail ne semble pas valide (par exemple : nom@ministere.fr). Pouvez-vous la saisir à nouveau ?',
  },
  'handoff.askOrganisation': {
    es: '¿En qué organización o institución trabaja?',
    en: 'Which organisation or institution do you work for?',
    fr: 'Pour quelle organisation ou institution travaillez-vous ?',
  },
  'handoff.askCountry': { es: '¿En qué país?', en: 'In which country?', fr: 'Dans quel pays ?' },
  'handoff.askArea': {
    es: '¿Qué área temática le interesa?',
    en: 'Which thematic area are you interested in?',
    fr: 'Quel domaine thématique vous intéresse ?',
  },
  'handoff.askMessage': {
    es: 'Por último, escriba un mensaje breve para el equipo (máximo {max} caracteres).',
    en: 'Finally, write a short message for the team (at most {max} characters).',
    fr: 'Pour finir, écrivez un bref message à l’équipe ({max} caractères au maximum).',
  },
  'handoff.empty': {
    es: 'Necesito una respuesta para continuar.',
    en: 'I need an answer to go on.',
    fr: 'J’ai besoin d’une réponse pour continuer.',
  },
  'handoff.tooLong': {
    es: 'Es demasiado largo: el máximo es {max} caracteres. ¿Puede acortarlo?',
    en: 'That is too long: the maximum is {max} characters. Could you shorten it?',
    fr: 'C’est trop long : le maximum est de {max} caractères. Pouvez-vous raccourcir ?',
  },
  'handoff.pickOne': {
    es: 'Elija una de las opciones, por favor.',
    en: 'Please pick one of the options.',
    fr: 'Choisissez l’une des options, s’il vous plaît.',
  },
  'handoff.summary': {
    es: 'Esto es lo que prepararé para el equipo de MIEUX+:',
    en: 'This is what I will prepare for the MIEUX+ team:',
    fr: 'Voici ce que je vais préparer pour l’équipe MIEUX+ :',
  },
  'handoff.summarySmtp': {
    es: 'Esto es lo que enviaré al equipo de MIEUX+:',
    en: 'This is what I will send to the MIEUX+ team:',
    fr: 'Voici ce que je vais envoyer à l’équipe MIEUX+ :',
  },
  // Nothing is sent when the bot only prepares the e-mail: the button says what it does.
  'handoff.confirmPrepare': { es: 'Preparar el correo', en: 'Prepare the e-mail', fr: 'Préparer l’e-mail' },
  'handoff.confirmSend': { es: 'Enviar al equipo', en: 'Send to the team', fr: 'Envoyer à l’équipe' },
  'handoff.confirmCorrect': { es: 'Corregir un dato', en: 'Correct a detail', fr: 'Corriger une donnée' },
  'handoff.confirmCancel': { es: 'Cancelar', en: 'Cancel', fr: 'Annuler' },
  'handoff.askConfirm': {
    es: '¿Está todo correcto?',
    en: 'Is everything correct?',
    fr: 'Tout est-il correct ?',
  },
  'handoff.askWhichField': {
    es: '¿Qué dato quiere corregir?',
    en: 'Which detail would you like to correct?',
    fr: 'Quelle donnée voulez-vous corriger ?',
  },
  'handoff.readyMailto': {
    es: 'Su correo para el equipo de MIEUX+ está preparado, pero **aún no se ha enviado**. Pulse «Abrir mi correo» para abrirlo en su programa de correo, revíselo y envíelo. Si el botón no abre nada (por ejemplo, si usa un correo web), copie este texto en un correo nuevo a {email}:',
    en: 'Your e-mail to the MIEUX+ team is ready, but **it has not been sent yet**. Press “Open my e-mail” to open it in your mail program, check it and send it. If the button opens nothing (for example with webmail), copy this text into a new e-mail to {email}:',
    fr: 'Votre e-mail à l’équipe MIEUX+ est prêt, mais **il n’est pas encore envoyé**. Appuyez sur « Ouvrir ma messagerie » pour l’ouvrir dans votre logiciel de messagerie, vérifiez-le et envoyez-le. Si le bouton n’ouvre rien (par exemple avec une messagerie web), copiez ce texte dans un nouvel e-mail à {email} :',
  },
  'handoff.sentSmtp': {
    es: 'Gracias. Su solicitud ha quedado registrada y se enviará por correo al equipo de MIEUX+ ({email}), con su dirección {replyTo}. Si además quiere enviarla desde su propio correo, pulse «Abrir mi correo».',
    en: 'Thank you. Your request is recorded and will be e-mailed to the MIEUX+ team ({email}), with your address {replyTo}. If you also want to send it from your own mail, press “Open my e-mail”.',
    fr: 'Merci. Votre demande est enregistrée et sera transmise par e-mail à l’équipe MIEUX+ ({email}), avec votre adresse {replyTo}. Si vous souhaitez aussi l’envoyer depuis votre propre messagerie, appuyez sur « Ouvrir ma messagerie ».',
  },
  'handoff.copyTo': { es: 'Para', en: 'To', fr: 'À' },
  'handoff.copySubject': { es: 'Asunto', en: 'Subject', fr: 'Objet' },
  'handoff.mailtoButton': { es: 'Abrir mi correo', en: 'Open my e-mail', fr: 'Ouvrir ma messagerie' },
  'handoff.cancelled': {
    es: 'He cancelado el formulario: no se ha guardado ni enviado nada. ¿En qué más puedo ayudarle?',
    en: 'I have cancelled the form: nothing was kept or sent. What else can I help you with?',
    fr: 'J’ai annulé le formulaire : rien n’a été conservé ni envoyé. Que puis-je faire d’autre pour vous ?',
  },
  'handoff.formHelp': {
    es: 'Estoy reuniendo sus datos para ponerle en contacto con el equipo de MIEUX+. Responda a la pregunta, escriba «cancelar» para dejarlo, o hágame una pregunta sobre MIEUX+ y después seguiremos donde estábamos.',
    en: 'I am collecting your details to put you in touch with the MIEUX+ team. Answer the question, type “cancel” to stop, or ask me a question about MIEUX+ and we will carry on where we were.',
    fr: 'Je rassemble vos coordonnées pour vous mettre en contact avec l’équipe MIEUX+. Répondez à la question, tapez « annuler » pour arrêter, ou posez-moi une question sur MIEUX+ et nous reprendrons où nous en étions.',
  },
  'handoff.resume': {
    es: 'Sigamos con el formulario.',
    en: 'Let us go back to the form.',
    fr: 'Reprenons le formulaire.',
  },
  'handoff.subject': {
    es: 'MIEUX+ — solicitud de contacto ({role})',
    en: 'MIEUX+ — contact request ({role})',
    fr: 'MIEUX+ — demande de contact ({role})',
  },
  'handoff.mailIntro': {
    es: 'Hola, equipo de MIEUX+:\n\nLes escribo a través del asistente de MIEUX+.',
    en: 'Dear MIEUX+ team,\n\nI am writing to you through the MIEUX+ assistant.',
    fr: 'Bonjour à l’équipe MIEUX+,\n\nJe vous écris par l’intermédiaire de l’assistant MIEUX+.',
  },

  // The roles a person can choose in the form.
  'role.expert': {
    es: 'Funcionario/a de un Estado miembro de la UE (experto/a)',
    en: 'EU Member State official (expert)',
    fr: 'Fonctionnaire d’un État membre de l’UE (expert·e)',
  },
  'role.memberStateInstitution': {
    es: 'Institución de un Estado miembro de la UE',
    en: 'EU Member State institution',
    fr: 'Institution d’un État membre de l’UE',
  },
  'role.partnerInstitution': {
    es: 'Institución de un país socio',
    en: 'Partner-country institution',
    fr: 'Institution d’un pays partenaire',
  },
  'role.other': { es: 'Otro', en: 'Other', fr: 'Autre' },

  // Area labels other than the five areas, whose labels are the knowledge base's titles.
  'area.other': { es: 'Otra', en: 'Other', fr: 'Autre' },

  // The form's fields, in its summary and in the e-mail.
  'field.role': { es: 'Perfil', en: 'Role', fr: 'Profil' },
  'field.name': { es: 'Nombre', en: 'Name', fr: 'Nom' },
  'field.email': { es: 'Correo electrónico', en: 'E-mail', fr: 'E-mail' },
  'field.organisation': { es: 'Organización', en: 'Organisation', fr: 'Organisation' },
  'field.country': { es: 'País', en: 'Country', fr: 'Pays' },
  'field.area': { es: 'Área de interés', en: 'Area of interest', fr: 'Domaine d’intérêt' },
  'field.message': { es: 'Mensaje', en: 'Message', fr: 'Message' },
  'field.lang': { es: 'Idioma', en: 'Language', fr: 'Langue' },

  // The languages' names, in each language.
  'language.es': { es: 'español', en: 'Spanish', fr: 'espagnol' },
  'language.en': { es: 'inglés', en: 'English', fr: 'anglais' },
  'language.fr': { es: 'francés', en: 'French', fr: 'français' },

  // The chat page's own words besides the branding's (Web Chat translates its controls itself from the locale).
  'page.noscript': {
    es: 'El chat necesita JavaScript. También puede escribir al equipo de MIEUX+ en {email}.',
    en: 'The chat needs JavaScript. You can also write to the MIEUX+ team at {email}.',
    fr: 'Le chat a besoin de JavaScript. Vous pouvez aussi écrire à l’équipe de MIEUX+ à {email}.',
  },

  // What the page script shows by itself, before or instead of Web Chat.
  'script.chatLabel': {
    es: 'Chat con el asistente de MIEUX+',
    en: 'Chat with the MIEUX+ assistant',
    fr: 'Discussion avec l’assistant MIEUX+',
  },
  'script.loading': {
    es: 'Cargando el chat…',
    en: 'Loading the chat…',
    fr: 'Chargement du chat…',
  },
  'script.unavailable': {
    es: 'El chat no está disponible en este momento. Puede escribir al equipo de MIEUX+ en {email}.',
    en: 'The chat is not available right now. You can write to the MIEUX+ team at {email}.',
    fr: 'Le chat n’est pas disponible pour le moment. Vous pouvez écrire à l’équipe de MIEUX+ à {email}.',
  },

  // The website widget's own controls (widget.js); its branded texts are in branding/branding.yaml.
  'widget.close': {
    es: 'Cerrar el chat',
    en: 'Close the chat',
    fr: 'Fermer le chat',
  },
  'widget.newTab': {
    es: '(se abre en una pestaña nueva)',
    en: '(opens in a new tab)',
    fr: '(s’ouvre dans un nouvel onglet)',
  },
  // The insights page (/insights) and its CSV files: see insightsStrings.ts.
  ...INSIGHTS_STRINGS,
} as const satisfies Record<string, Localized<string>>;

export type StringKey = keyof typeof STRINGS;

/** Replaces `{name}` placeholders; unknown ones stay visible, so a missing value shows in tests. */
export function format(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The one lookup: string `key` in `lang`, with its placeholders filled in. */
export function t(key: StringKey, lang: Lang, values: Readonly<Record<string, string>> = {}): string {
  return format(STRINGS[key][lang], values);
}

/** The strings whose keys start with `section.`, by the rest of their key (the page script's, for instance). */
export function section(name: string): Record<string, Localized<string>> {
  const prefix = `${name}.`;
  return Object.fromEntries(
    Object.entries(STRINGS)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}

const placeholders = (text: string): string =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

/**
 * Checks a string table: every text present and not blank, and the same placeholders in every
 * language of a string, so no reply shows an unfilled `{name}` in one language only. Throws
 * naming each string that fails.
 */
export function checkStrings(table: Readonly<Record<string, Partial<Localized<string>>>> = STRINGS): void {
  const problems: string[] = [];
  for (const [key, texts] of Object.entries(table)) {
    const missing = LANGUAGES.filter((lang) => !texts[lang]?.trim());
    if (missing.length > 0) problems.push(`'${key}' has no text in ${missing.join(', ')}`);
    const found = new Set(LANGUAGES.map((lang) => placeholders(texts[lang] ?? '')));
    if (missing.length === 0 && found.size > 1)
      problems.push(
        `'${key}' has different placeholders in different languages (${LANGUAGES.map((lang) => `${lang}: ${placeholders(texts[lang] ?? '') || 'none'}`).join('; ')})`,
      );
  }
  if (problems.length > 0)
    throw new StringTableError(`checkStrings(): ${problems.length} problem(s) in the string table:\n  - ${problems.join('\n  - ')}`);
}
