import type { Lang, Localized } from '../language/languages';
import { format } from '../i18n/strings';

/** The helpful / not helpful control offered after an answer, and the replies to it. `{email}` is the team's address. */
export const FEEDBACK_STRINGS = {
  up: { es: '👍 Útil', en: '👍 Helpful', fr: '👍 Utile' },
  down: { es: '👎 No útil', en: '👎 Not helpful', fr: '👎 Pas utile' },
  thanksUp: {
    es: '¡Gracias por su valoración!',
    en: 'Thank you for your feedback!',
    fr: 'Merci pour votre avis !',
  },
  thanksDown: {
    es: 'Gracias por decírmelo: nos ayuda a mejorar esta respuesta. Si necesita más información, puede escribir al equipo de MIEUX+ en {email}.',
    en: 'Thank you for telling me: it helps us improve this answer. If you need more information, you can write to the MIEUX+ team at {email}.',
    fr: 'Merci de me l’avoir signalé : cela nous aide à améliorer cette réponse. Si vous avez besoin de plus d’informations, vous pouvez écrire à l’équipe MIEUX+ à {email}.',
  },
} as const satisfies Record<string, Localized<string>>;

export function feedbackText(key: keyof typeof FEEDBACK_STRINGS, lang: Lang, values: Readonly<Record<string, string>> = {}): string {
  return format(FEEDBACK_STRINGS[key][lang], values);
}
