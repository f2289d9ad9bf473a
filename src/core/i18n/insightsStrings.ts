import type { Localized } from '../language/languages';

/**
 * The insights page's words, for the page template, its script (which gets them from the
 * server) and the CSV headers. `{n}` and `{days}` are filled in by whoever shows them. Part of
 * the one string table: INSIGHTS_STRINGS below is spread into STRINGS (strings.ts), so `t` reads
 * them and checkStrings checks them at start; in a file of their own so the page can change
 * without touching the bot's replies. Row names are keyed by the row ids of core/insights, which
 * checks there that none is missing (nothing here imports core/insights: it reads this folder).
 */
export const INSIGHTS_PAGE_STRINGS = {
  title: { es: 'MIEUX+ · Cómo va el asistente', en: 'MIEUX+ · How the assistant is doing', fr: 'MIEUX+ · Comment va l’assistant' },
  heading: { es: 'Cómo va el asistente', en: 'How the assistant is doing', fr: 'Comment va l’assistant' },
  intro: {
    es: 'Recuentos por día de lo que la gente pregunta y de cómo responde el asistente. No se guarda ningún nombre, dirección ni identificador de conversación.',
    en: 'Daily counts of what people ask and how the assistant answers. No names, addresses or conversation ids are kept.',
    fr: 'Des comptes par jour de ce que les gens demandent et de la façon dont l’assistant répond. Aucun nom, adresse ni identifiant de conversation n’est conservé.',
  },
  noscript: { es: 'Esta página necesita JavaScript.', en: 'This page needs JavaScript.', fr: 'Cette page a besoin de JavaScript.' },
  loginHeading: { es: 'Acceso', en: 'Sign in', fr: 'Connexion' },
  tokenLabel: { es: 'Clave de acceso (INSIGHTS_TOKEN)', en: 'Access key (INSIGHTS_TOKEN)', fr: 'Clé d’accès (INSIGHTS_TOKEN)' },
  tokenHint: {
    es: 'Se guarda solo en esta pestaña y se borra al cerrarla.',
    en: 'Kept in this tab only, and forgotten when it is closed.',
    fr: 'Conservée dans cet onglet seulement, et oubliée à sa fermeture.',
  },
  signIn: { es: 'Entrar', en: 'Sign in', fr: 'Se connecter' },
  signOut: { es: 'Salir', en: 'Sign out', fr: 'Se déconnecter' },
  wrongToken: { es: 'Esa clave no es válida.', en: 'That key is not valid.', fr: 'Cette clé n’est pas valide.' },
  periodHeading: { es: 'Periodo', en: 'Period', fr: 'Période' },
  lastDays: { es: 'Últimos {n} días', en: 'Last {n} days', fr: '{n} derniers jours' },
  custom: { es: 'Otro periodo', en: 'Other period', fr: 'Autre période' },
  from: { es: 'Desde', en: 'From', fr: 'Du' },
  to: { es: 'Hasta', en: 'To', fr: 'Au' },
  show: { es: 'Mostrar', en: 'Show', fr: 'Afficher' },
  loading: { es: 'Cargando…', en: 'Loading…', fr: 'Chargement…' },
  loadFailed: {
    es: 'No se pudieron cargar los datos. Inténtelo de nuevo en un momento.',
    en: 'The data could not be loaded. Please try again in a moment.',
    fr: 'Les données n’ont pas pu être chargées. Réessayez dans un instant.',
  },
  periodShown: { es: 'Del {from} al {to} (UTC)', en: '{from} to {to} (UTC)', fr: 'Du {from} au {to} (UTC)' },
  retention: {
    es: 'Los recuentos de más de {days} días se borran.',
    en: 'Counts older than {days} days are deleted.',
    fr: 'Les comptes de plus de {days} jours sont effacés.',
  },
  downloadCsv: { es: 'Descargar CSV', en: 'Download CSV', fr: 'Télécharger le CSV' },
  chartNote: {
    es: 'Gráfico: {title}. Los mismos datos están en la tabla siguiente.',
    en: 'Chart: {title}. The same data is in the table that follows.',
    fr: 'Graphique : {title}. Les mêmes données sont dans le tableau qui suit.',
  },
  empty: { es: 'Nada en este periodo.', en: 'Nothing in this period.', fr: 'Rien sur cette période.' },
  emptyRecorded: { es: 'Nada registrado por ahora.', en: 'Nothing recorded yet.', fr: 'Rien d’enregistré pour l’instant.' },
  totalsConversations: { es: 'Conversaciones', en: 'Conversations', fr: 'Conversations' },
  totalsQuestions: { es: 'Preguntas', en: 'Questions', fr: 'Questions' },
  totalsAnswers: { es: 'Respondidas', en: 'Answered', fr: 'Avec réponse' },
  totalsHandoffs: { es: 'Mensajes al equipo', en: 'Messages to the team', fr: 'Messages à l’équipe' },
} as const satisfies Record<string, Localized<string>>;

/** Each table's heading and a line on what it shows (the README's curator section says the same). */
export const INSIGHTS_TABLE_STRINGS = {
  perDay: {
    title: {
      es: 'Conversaciones y preguntas por día',
      en: 'Conversations and questions per day',
      fr: 'Conversations et questions par jour',
    },
    about: {
      es: 'Cuántas conversaciones empezaron y cuántas preguntas se hicieron cada día, por idioma y canal.',
      en: 'How many conversations started and how many questions were asked each day, by language and channel.',
      fr: 'Combien de conversations ont commencé et combien de questions ont été posées chaque jour, par langue et canal.',
    },
  },
  perLanguage: {
    title: { es: 'Por idioma', en: 'By language', fr: 'Par langue' },
    about: { es: 'El idioma en que se habló.', en: 'The language people wrote in.', fr: 'La langue dans laquelle les gens ont écrit.' },
  },
  perChannel: {
    title: { es: 'Por canal', en: 'By channel', fr: 'Par canal' },
    about: {
      es: 'El chat del sitio web, Teams u otro.',
      en: 'The website chat, Teams, or another channel.',
      fr: 'Le chat du site web, Teams ou un autre canal.',
    },
  },
  outcomes: {
    title: { es: 'Cómo terminaron las preguntas', en: 'How questions ended', fr: 'Comment les questions se sont terminées' },
    about: {
      es: 'Parte de las preguntas respondidas, respondidas tras «¿quería decir…?», sin respuesta, casos personales y conversación.',
      en: 'The share of questions answered, answered after "did you mean", not found, personal cases, and small talk.',
      fr: 'La part des questions avec réponse, avec réponse après « vouliez-vous dire », sans réponse, cas personnels et échanges de politesse.',
    },
  },
  afterAnswer: {
    title: { es: 'Después de una respuesta', en: 'After an answer', fr: 'Après une réponse' },
    about: {
      es: 'Parte de las respuestas valoradas «útil» o «no útil», o seguidas de la misma pregunta con otras palabras.',
      en: 'The share of answers voted helpful or not helpful, or followed by the same question in other words.',
      fr: 'La part des réponses jugées utiles ou pas utiles, ou suivies de la même question en d’autres mots.',
    },
  },
  funnel: {
    title: { es: 'Mensajes al equipo: paso a paso', en: 'Messages to the team, step by step', fr: 'Messages à l’équipe, étape par étape' },
    about: {
      es: 'Cuántas personas llegaron a cada paso del formulario y dónde lo dejaron.',
      en: 'How many people reached each step of the form, and where they left it.',
      fr: 'Combien de personnes ont atteint chaque étape du formulaire, et où elles l’ont quitté.',
    },
  },
  entries: {
    title: { es: 'Respuestas: uso y valoraciones', en: 'Answers: use and votes', fr: 'Réponses : usage et avis' },
    about: {
      es: 'Para cada entrada: cuántas veces se respondió con ella, sus valoraciones «útil» y «no útil», y cuántas veces se volvió a preguntar.',
      en: 'For each entry: how often it was the answer, its helpful and not helpful votes, and how often the question was asked again.',
      fr: 'Pour chaque entrée : combien de fois elle a servi de réponse, ses avis utiles et pas utiles, et combien de fois la question a été reposée.',
    },
  },
  neverAsked: {
    title: { es: 'Entradas nunca usadas', en: 'Entries never asked', fr: 'Entrées jamais demandées' },
    about: {
      es: 'Entradas de la base de conocimientos con las que nadie recibió respuesta en el periodo.',
      en: 'Knowledge base entries nobody was answered with in the period.',
      fr: 'Entrées de la base de connaissances qui n’ont servi de réponse à personne sur la période.',
    },
  },
  unanswered: {
    title: { es: 'Preguntas sin respuesta, agrupadas', en: 'Unanswered questions, grouped', fr: 'Questions sans réponse, regroupées' },
    about: {
      es: 'Lo mismo que muestra kb:review: preguntas parecidas juntas, sin datos personales, con las entradas más cercanas.',
      en: 'What kb:review shows: similar questions together, personal data removed, with the closest entries.',
      fr: 'Ce que montre kb:review : les questions semblables ensemble, sans données personnelles, avec les entrées les plus proches.',
    },
  },
  doubtful: {
    title: { es: 'Respuestas dudosas, agrupadas', en: 'Doubtful answers, grouped', fr: 'Réponses douteuses, regroupées' },
    about: {
      es: 'Lo que muestra kb:review: respuestas por poco margen, preguntas repetidas con otras palabras y respuestas valoradas «no útil».',
      en: 'What kb:review shows: answers won by a small lead, questions asked again in other words, and answers voted not helpful.',
      fr: 'Ce que montre kb:review : réponses gagnées de peu, questions reposées en d’autres mots, et réponses jugées pas utiles.',
    },
  },
  feedback: {
    title: { es: 'Entradas por valoraciones negativas', en: 'Entries by negative votes', fr: 'Entrées par avis négatifs' },
    about: {
      es: 'Lo que muestra kb:review: todas las valoraciones registradas, las más «no útil» primero; qué corregir antes.',
      en: 'What kb:review shows: every recorded vote, the most "not helpful" first; what to fix first.',
      fr: 'Ce que montre kb:review : tous les avis enregistrés, les plus « pas utile » d’abord ; ce qu’il faut corriger en premier.',
    },
  },
} as const satisfies Record<string, { title: Localized<string>; about: Localized<string> }>;

export type InsightsTableId = keyof typeof INSIGHTS_TABLE_STRINGS;

export const INSIGHTS_COLUMN_STRINGS = {
  day: { es: 'Día', en: 'Day', fr: 'Jour' },
  conversations: { es: 'Conversaciones', en: 'Conversations', fr: 'Conversations' },
  questions: { es: 'Preguntas', en: 'Questions', fr: 'Questions' },
  questionsIn: { es: 'Preguntas: {what}', en: 'Questions: {what}', fr: 'Questions : {what}' },
  language: { es: 'Idioma', en: 'Language', fr: 'Langue' },
  channel: { es: 'Canal', en: 'Channel', fr: 'Canal' },
  outcome: { es: 'Resultado', en: 'Outcome', fr: 'Résultat' },
  followUp: { es: 'Qué siguió', en: 'What followed', fr: 'Ce qui a suivi' },
  count: { es: 'Número', en: 'Count', fr: 'Nombre' },
  share: { es: 'Parte', en: 'Share', fr: 'Part' },
  step: { es: 'Paso', en: 'Step', fr: 'Étape' },
  reached: { es: 'Llegaron', en: 'Reached', fr: 'Atteinte' },
  shareOfStarted: { es: 'Parte de los que empezaron', en: 'Share of those who started', fr: 'Part de ceux qui ont commencé' },
  droppedBefore: { es: 'Lo dejaron antes', en: 'Left before', fr: 'Partis avant' },
  entry: { es: 'Entrada', en: 'Entry', fr: 'Entrée' },
  entryTitle: { es: 'Título', en: 'Title', fr: 'Titre' },
  asked: { es: 'Respondida', en: 'Answered with', fr: 'Réponse donnée' },
  picked: { es: 'Elegida tras «¿quería decir…?»', en: 'Picked after "did you mean"', fr: 'Choisie après « vouliez-vous dire »' },
  up: { es: 'Útil', en: 'Helpful', fr: 'Utile' },
  down: { es: 'No útil', en: 'Not helpful', fr: 'Pas utile' },
  downShare: { es: 'Parte «no útil»', en: 'Share not helpful', fr: 'Part « pas utile »' },
  askedAgain: { es: 'Preguntada de nuevo', en: 'Asked again', fr: 'Reposée' },
  size: { es: 'Veces', en: 'Times', fr: 'Fois' },
  question: { es: 'Pregunta', en: 'Question', fr: 'Question' },
  examples: { es: 'Otras formulaciones', en: 'Other wordings', fr: 'Autres formulations' },
  kinds: { es: 'Tipo', en: 'Kind', fr: 'Type' },
  answeredWith: { es: 'Respondida con', en: 'Answered with', fr: 'Réponse donnée' },
  closest: { es: 'Entradas más cercanas', en: 'Closest entries', fr: 'Entrées les plus proches' },
  lastAt: { es: 'Última vez (UTC)', en: 'Last (UTC)', fr: 'Dernière fois (UTC)' },
} as const satisfies Record<string, Localized<string>>;

/** Each language's name, by the language named, in each language of the reader. */
export const LANGUAGE_NAMES = {
  es: { es: 'Español', en: 'Spanish', fr: 'Espagnol' },
  en: { es: 'Inglés', en: 'English', fr: 'Anglais' },
  fr: { es: 'Francés', en: 'French', fr: 'Français' },
} as const satisfies Localized<Localized<string>>;

export const CHANNEL_NAMES = {
  web: { es: 'Sitio web', en: 'Website', fr: 'Site web' },
  teams: { es: 'Teams', en: 'Teams', fr: 'Teams' },
  other: { es: 'Otro', en: 'Other', fr: 'Autre' },
} as const satisfies Record<string, Localized<string>>;

export const OUTCOME_NAMES = {
  answered: { es: 'Respondida', en: 'Answered', fr: 'Avec réponse' },
  answeredAfterDidYouMean: {
    es: 'Respondida tras «¿quería decir…?»',
    en: 'Answered after "did you mean"',
    fr: 'Réponse après « vouliez-vous dire »',
  },
  didYouMeanUnpicked: {
    es: '«¿Quería decir…?» sin elección',
    en: '"Did you mean" with nothing picked',
    fr: '« Vouliez-vous dire » sans choix',
  },
  notFound: { es: 'Sin respuesta', en: 'Not found', fr: 'Sans réponse' },
  personalCase: { es: 'Caso personal', en: 'Personal case', fr: 'Cas personnel' },
  smallTalk: { es: 'Saludos y conversación', en: 'Greetings and small talk', fr: 'Salutations et politesse' },
} as const satisfies Record<string, Localized<string>>;

export const AFTER_ANSWER_NAMES = {
  votedUp: { es: 'Valorada «útil»', en: 'Voted helpful', fr: 'Jugée utile' },
  votedDown: { es: 'Valorada «no útil»', en: 'Voted not helpful', fr: 'Jugée pas utile' },
  askedAgain: { es: 'Preguntada de nuevo con otras palabras', en: 'Asked again in other words', fr: 'Reposée en d’autres mots' },
} as const satisfies Record<string, Localized<string>>;

export const FUNNEL_NAMES = {
  offered: { es: 'Botón ofrecido', en: 'Button offered', fr: 'Bouton proposé' },
  started: { es: 'Formulario empezado', en: 'Form started', fr: 'Formulaire commencé' },
  consentGiven: { es: 'Consentimiento dado', en: 'Consent given', fr: 'Consentement donné' },
  role: { es: 'Perfil', en: 'Role', fr: 'Profil' },
  name: { es: 'Nombre', en: 'Name', fr: 'Nom' },
  email: { es: 'Correo electrónico', en: 'E-mail', fr: 'Courriel' },
  organisation: { es: 'Organización', en: 'Organisation', fr: 'Organisation' },
  country: { es: 'País', en: 'Country', fr: 'Pays' },
  area: { es: 'Área temática', en: 'Thematic area', fr: 'Domaine thématique' },
  message: { es: 'Mensaje', en: 'Message', fr: 'Message' },
  summary: { es: 'Resumen', en: 'Summary', fr: 'Récapitulatif' },
  completed: { es: 'Correo preparado o enviado', en: 'E-mail prepared or sent', fr: 'Courriel préparé ou envoyé' },
} as const satisfies Record<string, Localized<string>>;

export const FUNNEL_EXIT_NAMES = {
  consentRefused: { es: 'Consentimiento rechazado', en: 'Consent refused', fr: 'Consentement refusé' },
  cancelled: { es: 'Cancelado', en: 'Cancelled', fr: 'Annulé' },
  mailto: { es: 'Correo preparado (mailto)', en: 'E-mail prepared (mailto)', fr: 'Courriel préparé (mailto)' },
  queued: { es: 'Enviado por el asistente', en: 'Sent by the assistant', fr: 'Envoyé par l’assistant' },
} as const satisfies Record<string, Localized<string>>;

export const RECORDED_KIND_NAMES = {
  notFound: { es: 'sin respuesta', en: 'not found', fr: 'sans réponse' },
  clarify: { es: '«¿quería decir…?»', en: '"did you mean"', fr: '« vouliez-vous dire »' },
  closeCall: { es: 'por poco margen', en: 'close call', fr: 'de justesse' },
  rephrased: { es: 'preguntada de nuevo', en: 'asked again', fr: 'reposée' },
  downvoted: { es: 'no útil', en: 'not helpful', fr: 'pas utile' },
} as const satisfies Record<string, Localized<string>>;

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}.${K}`]: T[K] };

function prefixed<P extends string, T extends Readonly<Record<string, Localized<string>>>>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([key, text]) => [`${prefix}.${key}`, text])) as Prefixed<P, T>;
}

type TableStrings = typeof INSIGHTS_TABLE_STRINGS;
type FlatTables = {
  readonly [K in Extract<keyof TableStrings, string> as `insights.table.${K}.title` | `insights.table.${K}.about`]: Localized<string>;
};

function flatTables(): FlatTables {
  return Object.fromEntries(
    Object.entries(INSIGHTS_TABLE_STRINGS).flatMap(([id, { title, about }]) => [
      [`insights.table.${id}.title`, title],
      [`insights.table.${id}.about`, about],
    ]),
  ) as FlatTables;
}

/** Every string above under one key each (`insights.page.title`, `insights.table.funnel.about`, …), for the one string table. */
export const INSIGHTS_STRINGS = {
  ...prefixed('insights.page', INSIGHTS_PAGE_STRINGS),
  ...flatTables(),
  ...prefixed('insights.column', INSIGHTS_COLUMN_STRINGS),
  ...prefixed('insights.language', LANGUAGE_NAMES),
  ...prefixed('insights.channel', CHANNEL_NAMES),
  ...prefixed('insights.outcome', OUTCOME_NAMES),
  ...prefixed('insights.afterAnswer', AFTER_ANSWER_NAMES),
  ...prefixed('insights.funnel', FUNNEL_NAMES),
  ...prefixed('insights.funnelExit', FUNNEL_EXIT_NAMES),
  ...prefixed('insights.recordedKind', RECORDED_KIND_NAMES),
};
