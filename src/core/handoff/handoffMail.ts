import { STRINGS, t } from '../i18n/strings';
import type { AreaLabel } from './areaLabel';
import type { Lang } from '../language/languages';
import { FIELDS, type Field, type HandoffRequest } from './handoffRequest';

export interface HandoffMail {
  readonly to: string;
  readonly subject: string;
  /** Plain text, one "Label: value" line per field, then the message. */
  readonly body: string;
  /** `mailto:` link with subject and body, percent-encoded (RFC 6068). */
  readonly mailto: string;
}

/** The value of a field as a person reads it, in the request's language. */
export function fieldValue(request: HandoffRequest, field: Field, areaLabel: AreaLabel, lang: Lang = request.lang): string {
  switch (field) {
    case 'role':
      return STRINGS[`role.${request.role}`][lang];
    case 'area':
      return areaLabel(request.area, lang);
    default:
      return request[field];
  }
}

export function composeHandoffMail(request: HandoffRequest, to: string, areaLabel: AreaLabel): HandoffMail {
  const lang = request.lang;
  const lines = FIELDS.filter((f) => f !== 'message').map((f) => `${STRINGS[`field.${f}`][lang]}: ${fieldValue(request, f, areaLabel)}`);
  lines.push(`${STRINGS['field.lang'][lang]}: ${STRINGS[`language.${lang}`][lang]}`);
  const body = `${t('handoff.mailIntro', lang)}\n\n${lines.join('\n')}\n\n${STRINGS['field.message'][lang]}:\n${request.message}\n`;
  const subject = t('handoff.subject', lang, { role: STRINGS[`role.${request.role}`][lang] });
  // Nothing in a value can end the subject, add a header or, once the link sits in a Markdown
  // message, end the link; CRLF is what RFC 6068 asks for line breaks in a body.
  const query = `subject=${encodeUnreserved(subject)}&body=${encodeUnreserved(body.replace(/\r?\n/g, '\r\n'))}`;
  return { to, subject, body, mailto: `mailto:${encodeUnreserved(to).replace('%40', '@')}?${query}` };
}

/**
 * Percent-encodes everything but RFC 3986's unreserved characters. encodeURIComponent leaves
 * `! ' ( ) *` as they are, and a ")" typed by the person would end a Markdown link early.
 */
export function encodeUnreserved(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Markdown and HTML characters, escaped so that what a person typed is shown, never interpreted. */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/**
 * What a person typed, for a Markdown message: escaped, and with a zero-width space after every
 * ".", ":" and "@". Escaping alone does not stop auto-linking: Web Chat's linkify still turns
 * `https://evil\.example` into a link to `https://evil`, and Teams links bare domains; in a group
 * chat everyone would see a link the person typed, shown in the bot's bubble.
 */
export function displayUserText(value: string): string {
  return escapeMarkdown(value).replace(/[.:@]/g, (c) => `${c}\u200b`);
}

/** The summary shown before sending, as a Markdown list with every value shown as text only. */
export function summaryMarkdown(request: HandoffRequest, areaLabel: AreaLabel): string {
  return FIELDS.map((f) => `- **${STRINGS[`field.${f}`][request.lang]}:** ${displayUserText(fieldValue(request, f, areaLabel))}`).join(
    '\n',
  );
}

/**
 * The e-mail as a Markdown code block, for people whose mailto: link opens nothing (webmail):
 * they copy it into a new message. Inside a code block nothing a person typed is formatted or
 * turned into a link; the fence is longer than any run of backticks in the text, so no text can close it.
 */
export function copyableMail(mail: HandoffMail, lang: Lang): string {
  const text = `${t('handoff.copyTo', lang)}: ${mail.to}\n${t('handoff.copySubject', lang)}: ${mail.subject}\n\n${mail.body.trimEnd()}`;
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${text}\n${fence}`;
}
