import type { Lang, Localized } from '../language/languages';
import { format } from '../i18n/strings';
import type { Area, Field, Role } from './handoffRequest';

/**
 * What the bot says during the hand-off. `{email}` is the team's address, `{max}` a length limit,
 * `{replyTo}` the person's own address.
 */
export const HANDOFF_STRINGS = {
  button: {
    es: 'Contactar con el equipo',
    en: 'Contact the MIEUX+ team',
    fr: 'Contacter l’équipe MIEUX+',
  },
  consentMailto: {
    es: 'Para ponerle en contacto con el equipo de MIEUX+ le pediré su perfil, nombre, correo electrónico, organización, país, área de interés y un mensaje breve. Con ellos prepararé un correo para el equipo de MIEUX+ ({email}) que usted enviará desde su propio correo; no los usaré para nada más. ¿Está de acuerdo?',
    en: 'To put you in touch with the MIEUX+ team I will ask for your role, name, e-mail, organisation, country, area of interest and a short message. I will use them only to prepare an e-mail to the MIEUX+ team ({email}), which you send from your own mail. Do you agree?',
    fr: 'Pour vous mettre en contact avec l’équipe MIEUX+, je vous demanderai votre profil, nom, adresse e-mail, organisation, pays, domaine d’intérêt et un bref message. Je les utiliserai uniquement pour préparer un e-mail à l’équipe MIEUX+ ({email}), que vous enverrez depuis votre propre messagerie. Êtes-vous d’accord ?',
  },
  consentSmtp: {
    es: 'Para ponerle en contacto con el equipo de MIEUX+ le pediré su perfil, nombre, correo electrónico, organización, país, área de interés y un mensaje breve. Los enviaré por correo al equipo de MIEUX+ ({email}) junto con su mensaje; no los usaré para nada más. ¿Está de acuerdo?',
    en: 'To put you in touch with the MIEUX+ team I will ask for your role, name, e-mail, organisation, country, area of interest and a short message. I will e-mail them to the MIEUX+ team ({email}) with your message, and use them for nothing else. Do you agree?',
    fr: 'Pour vous mettre en contact avec l’équipe MIEUX+, je vous demanderai votre profil, nom, adresse e-mail, organisation, pays, domaine d’intérêt et un bref message. Je les transmettrai par e-mail à l’équipe MIEUX+ ({email}) avec votre message, et ne les utiliserai pour rien d’autre. Êtes-vous d’accord ?',
  },
  consentYes: { es: 'Sí, de acuerdo', en: 'Yes, I agree', fr: 'Oui, d’accord' },
  consentNo: { es: 'No, gracias', en: 'No, thanks', fr: 'Non, merci' },
  answerYesNo: {
    es: 'Responda «sí» o «no», o pulse uno de los botones.',
    en: 'Please answer “yes” or “no”, or press one of the buttons.',
    fr: 'Répondez « oui » ou « non », ou appuyez sur l’un des boutons.',
  },
  noConsent: {
    es: 'De acuerdo, no he guardado ningún dato. Si lo desea, puede escribir directamente al equipo de MIEUX+ en {email}.',
    en: 'All right, I have kept none of your details. If you wish, you can write to the MIEUX+ team directly at {email}.',
    fr: 'Très bien, je n’ai conservé aucune donnée. Si vous le souhaitez, vous pouvez écrire directement à l’équipe MIEUX+ à {email}.',
  },
  askRole: {
    es: '¿Qué opción le describe mejor?',
    en: 'Which of these describes you best?',
    fr: 'Quelle option vous décrit le mieux ?',
  },
  askName: { es: '¿Cuál es su nombre completo?', en: 'What is your full name?', fr: 'Quel est votre nom complet ?' },
  askEmail: {
    es: '¿En qué dirección de correo electrónico puede responderle el equipo?',
    en: 'At which e-mail address can the team answer you?',
    fr: 'À quelle adresse e-mail l’équipe peut-elle vous répondre ?',
  },
  invalidEmail: {
    es: 'Esa dirección de correo no parece válida (por ejemplo: nombre@ministerio.es). ¿Puede escribirla de nuevo?',
    en: 'That e-mail address does not look valid (for example: name@ministry.gov). Could you type it again?',
    fr: 'Cette adresse e-mail ne semble pas valide (par exemple : nom@ministere.fr). Pouvez-vous la saisir à nouveau ?',
  },
  askOrganisation: {
    es: '¿En qué organización o institución trabaja?',
    en: 'Which organisation or institution do you work for?',
    fr: 'Pour quelle organisation ou institution travaillez-vous ?',
  },
  askCountry: { es: '¿En qué país?', en: 'In which country?', fr: 'Dans quel pays ?' },
  askArea: {
    es: '¿Qué área temática le interesa?',
    en: 'Which thematic area are you interested in?',
    fr: 'Quel domaine thématique vous intéresse ?',
  },
  askMessage: {
    es: 'Por último, escriba un mensaje breve para el equipo (máximo {max} caracteres).',
    en: 'Finally, write a short message for the team (at most {max} characters).',
    fr: 'Pour finir, écrivez un bref message à l’équipe ({max} caractères au maximum).',
  },
  empty: {
    es: 'Necesito una respuesta para continuar.',
    en: 'I need an answer to go on.',
    fr: 'J’ai besoin d’une réponse pour continuer.',
  },
  tooLong: {
    es: 'Es demasiado largo: el máximo es {max} caracteres. ¿Puede acortarlo?',
    en: 'That is too long: the maximum is {max} characters. Could you shorten it?',
    fr: 'C’est trop long : le maximum est de {max} caractères. Pouvez-vous raccourcir ?',
  },
  pickOne: {
    es: 'Elija una de las opciones, por favor.',
    en: 'Please pick one of the options.',
    fr: 'Choisissez l’une des options, s’il vous plaît.',
  },
  summary: {
    es: 'Esto es lo que prepararé para el equipo de MIEUX+:',
    en: 'This is what I will prepare for the MIEUX+ team:',
    fr: 'Voici ce que je vais préparer pour l’équipe MIEUX+ :',
  },
  summarySmtp: {
    es: 'Esto es lo que enviaré al equipo de MIEUX+:',
    en: 'This is what I will send to the MIEUX+ team:',
    fr: 'Voici ce que je vais envoyer à l’équipe MIEUX+ :',
  },
  // Nothing is sent when the bot only prepares the e-mail: the button says what it does.
  confirmPrepare: { es: 'Preparar el correo', en: 'Prepare the e-mail', fr: 'Préparer l’e-mail' },
  confirmSend: { es: 'Enviar al equipo', en: 'Send to the team', fr: 'Envoyer à l’équipe' },
  confirmCorrect: { es: 'Corregir un dato', en: 'Correct a detail', fr: 'Corriger une donnée' },
  confirmCancel: { es: 'Cancelar', en: 'Cancel', fr: 'Annuler' },
  askConfirm: {
    es: '¿Está todo correcto?',
    en: 'Is everything correct?',
    fr: 'Tout est-il correct ?',
  },
  askWhichField: { es: '¿Qué dato quiere corregir?', en: 'Which detail would you like to correct?', fr: 'Quelle donnée voulez-vous corriger ?' },
  readyMailto: {
    es: 'Su correo para el equipo de MIEUX+ está preparado, pero **aún no se ha enviado**. Pulse «Abrir mi correo» para abrirlo en su programa de correo, revíselo y envíelo. Si el botón no abre nada (por ejemplo, si usa un correo web), copie este texto en un correo nuevo a {email}:',
    en: 'Your e-mail to the MIEUX+ team is ready, but **it has not been sent yet**. Press “Open my e-mail” to open it in your mail program, check it and send it. If the button opens nothing (for example with webmail), copy this text into a new e-mail to {email}:',
    fr: 'Votre e-mail à l’équipe MIEUX+ est prêt, mais **il n’est pas encore envoyé**. Appuyez sur « Ouvrir ma messagerie » pour l’ouvrir dans votre logiciel de messagerie, vérifiez-le et envoyez-le. Si le bouton n’ouvre rien (par exemple avec une messagerie web), copiez ce texte dans un nouvel e-mail à {email} :',
  },
  sentSmtp: {
    es: 'Gracias. Su solicitud ha quedado registrada y se enviará por correo al equipo de MIEUX+ ({email}), con su dirección {replyTo}. Si además quiere enviarla desde su propio correo, pulse «Abrir mi correo».',
    en: 'Thank you. Your request is recorded and will be e-mailed to the MIEUX+ team ({email}), with your address {replyTo}. If you also want to send it from your own mail, press “Open my e-mail”.',
    fr: 'Merci. Votre demande est enregistrée et sera transmise par e-mail à l’équipe MIEUX+ ({email}), avec votre adresse {replyTo}. Si vous souhaitez aussi l’envoyer depuis votre propre messagerie, appuyez sur « Ouvrir ma messagerie ».',
  },
  copyTo: { es: 'Para', en: 'To', fr: 'À' },
  copySubject: { es: 'Asunto', en: 'Subject', fr: 'Objet' },
  mailtoButton: { es: 'Abrir mi correo', en: 'Open my e-mail', fr: 'Ouvrir ma messagerie' },
  cancelled: {
    es: 'He cancelado el formulario: no se ha guardado ni enviado nada. ¿En qué más puedo ayudarle?',
    en: 'I have cancelled the form: nothing was kept or sent. What else can I help you with?',
    fr: 'J’ai annulé le formulaire : rien n’a été conservé ni envoyé. Que puis-je faire d’autre pour vous ?',
  },
  formHelp: {
    es: 'Estoy reuniendo sus datos para ponerle en contacto con el equipo de MIEUX+. Responda a la pregunta, escriba «cancelar» para dejarlo, o hágame una pregunta sobre MIEUX+ y después seguiremos donde estábamos.',
    en: 'I am collecting your details to put you in touch with the MIEUX+ team. Answer the question, type “cancel” to stop, or ask me a question about MIEUX+ and we will carry on where we were.',
    fr: 'Je rassemble vos coordonnées pour vous mettre en contact avec l’équipe MIEUX+. Répondez à la question, tapez « annuler » pour arrêter, ou posez-moi une question sur MIEUX+ et nous reprendrons où nous en étions.',
  },
  resume: {
    es: 'Sigamos con el formulario.',
    en: 'Let us go back to the form.',
    fr: 'Reprenons le formulaire.',
  },
  subject: {
    es: 'MIEUX+ — solicitud de contacto ({role})',
    en: 'MIEUX+ — contact request ({role})',
    fr: 'MIEUX+ — demande de contact ({role})',
  },
  mailIntro: {
    es: 'Hola, equipo de MIEUX+:\n\nLes escribo a través del asistente de MIEUX+.',
    en: 'Dear MIEUX+ team,\n\nI am writing to you through the MIEUX+ assistant.',
    fr: 'Bonjour à l’équipe MIEUX+,\n\nJe vous écris par l’intermédiaire de l’assistant MIEUX+.',
  },
} as const satisfies Record<string, Localized<string>>;

export type HandoffStringKey = keyof typeof HANDOFF_STRINGS;

export function h(key: HandoffStringKey, lang: Lang, values: Readonly<Record<string, string>> = {}): string {
  return format(HANDOFF_STRINGS[key][lang], values);
}

export const ROLE_LABELS: Readonly<Record<Role, Localized<string>>> = {
  expert: {
    es: 'Funcionario/a de un Estado miembro de la UE (experto/a)',
    en: 'EU Member State official (expert)',
    fr: 'Fonctionnaire d’un État membre de l’UE (expert·e)',
  },
  memberStateInstitution: {
    es: 'Institución de un Estado miembro de la UE',
    en: 'EU Member State institution',
    fr: 'Institution d’un État membre de l’UE',
  },
  partnerInstitution: {
    es: 'Institución de un país socio',
    en: 'Partner-country institution',
    fr: 'Institution d’un pays partenaire',
  },
  other: { es: 'Otro', en: 'Other', fr: 'Autre' },
};

/** Area labels other than the five areas, whose labels are the knowledge base's titles. */
export const OTHER_AREA_LABEL: Localized<string> = { es: 'Otra', en: 'Other', fr: 'Autre' };

export const FIELD_LABELS: Readonly<Record<Field | 'lang', Localized<string>>> = {
  role: { es: 'Perfil', en: 'Role', fr: 'Profil' },
  name: { es: 'Nombre', en: 'Name', fr: 'Nom' },
  email: { es: 'Correo electrónico', en: 'E-mail', fr: 'E-mail' },
  organisation: { es: 'Organización', en: 'Organisation', fr: 'Organisation' },
  country: { es: 'País', en: 'Country', fr: 'Pays' },
  area: { es: 'Área de interés', en: 'Area of interest', fr: 'Domaine d’intérêt' },
  message: { es: 'Mensaje', en: 'Message', fr: 'Message' },
  lang: { es: 'Idioma', en: 'Language', fr: 'Langue' },
};

export const LANGUAGE_NAMES: Readonly<Record<Lang, Localized<string>>> = {
  es: { es: 'español', en: 'Spanish', fr: 'espagnol' },
  en: { es: 'inglés', en: 'English', fr: 'anglais' },
  fr: { es: 'francés', en: 'French', fr: 'français' },
};

export type AreaLabel = (area: Area, lang: Lang) => string;
