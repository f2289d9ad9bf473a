import { t } from '../i18n/strings';
import type { Lang } from '../language/languages';
import type { Entry } from './types';

/**
 * An entry's answer as the bot says it: an answer drawn from the brochure names its source, so
 * a reader can tell the brochure's words from the bot's own guidance and from "the brochure does
 * not say".
 */
export function answerText(entry: Entry, lang: Lang): string {
  const answer = entry.text[lang].answer;
  return entry.kind === 'brochure' ? `${answer}\n\n_${t('bot.source', lang)}_` : answer;
}

/** Two answers in one reply, for a message that asked two things: the second under its title. */
export function answerTexts(first: Entry, second: Entry, lang: Lang): string {
  const body = (entry: Entry) => entry.text[lang].answer;
  const sourced = first.kind === 'brochure' || second.kind === 'brochure';
  const text = `${body(first)}\n\n**${second.text[lang].title}**\n\n${body(second)}`;
  return sourced ? `${text}\n\n_${t('bot.source', lang)}_` : text;
}
