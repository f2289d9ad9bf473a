import type { Localized } from '../language/languages';

/**
 * The widget's own controls and states, beside the branded texts. Not branding (the comms team
 * has no reason to change "Close"), so they live in code; `{email}` is the team's address.
 */
export const WIDGET_STRINGS = {
  close: {
    es: 'Cerrar el chat',
    en: 'Close the chat',
    fr: 'Fermer le chat',
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
  newTab: {
    es: '(se abre en una pestaña nueva)',
    en: '(opens in a new tab)',
    fr: '(s’ouvre dans un nouvel onglet)',
  },
} as const satisfies Record<string, Localized<string>>;
