import type { Localized } from '../language/languages';

/**
 * The chat page's own words (Web Chat translates its controls itself from the locale). The page
 * script receives the `script` part; `{email}` is the team's address.
 */
export const WEB_PAGE_STRINGS = {
  title: {
    es: 'Asistente de MIEUX+',
    en: 'MIEUX+ assistant',
    fr: 'Assistant MIEUX+',
  },
  heading: {
    es: 'Pregunte sobre MIEUX+',
    en: 'Ask about MIEUX+',
    fr: 'Questions sur MIEUX+',
  },
  intro: {
    es: 'Respuestas sobre la iniciativa MIEUX+ (Migration EU Expertise), en español, inglés o francés.',
    en: 'Answers about the MIEUX+ (Migration EU Expertise) initiative, in English, Spanish or French.',
    fr: 'Des réponses sur l’initiative MIEUX+ (Migration EU Expertise), en français, anglais ou espagnol.',
  },
  noscript: {
    es: 'El chat necesita JavaScript. También puede escribir al equipo de MIEUX+ en {email}.',
    en: 'The chat needs JavaScript. You can also write to the MIEUX+ team at {email}.',
    fr: 'Le chat a besoin de JavaScript. Vous pouvez aussi écrire à l’équipe de MIEUX+ à {email}.',
  },
} as const satisfies Record<string, Localized<string>>;

/** What the page script shows by itself, before or instead of Web Chat. */
export const WEB_SCRIPT_STRINGS = {
  chatLabel: {
    es: 'Chat con el asistente de MIEUX+',
    en: 'Chat with the MIEUX+ assistant',
    fr: 'Discussion avec l’assistant MIEUX+',
  },
  loading: {
    es: 'Cargando el chat…',
    en: 'Loading the chat…',
    fr: 'Chargement du chat…',
  },
  unavailable: {
    es: 'El chat no está disponible en este momento. Puede escribir al equipo de MIEUX+ en {email}.',
    en: 'The chat is not available right now. You can write to the MIEUX+ team at {email}.',
    fr: 'Le chat n’est pas disponible pour le moment. Vous pouvez écrire à l’équipe de MIEUX+ à {email}.',
  },
} as const satisfies Record<string, Localized<string>>;
