import { STRINGS, t } from '../../../src/core/i18n/strings';
import { describe, expect, it } from 'vitest';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import { checkTextField, isValidEmail, type HandoffRequest } from '../../../src/core/handoff/handoffRequest';
import { composeHandoffMail, copyableMail, displayUserText, escapeMarkdown, summaryMarkdown } from '../../../src/core/handoff/handoffMail';
import { LANGUAGES } from '../../../src/core/language/languages';
import { shippedKnowledge } from '../../support/shippedKnowledge';
import { linkTargets, renderWebChatMarkdown } from '../../support/webChatMarkdown';

const kb = shippedKnowledge();
const areaLabel = areaLabelFor(kb);
const TEAM = 'mieux-initiative@icmpd.org';

const request: HandoffRequest = {
  lang: 'fr',
  role: 'partnerInstitution',
  name: 'Amina Diallo & Co',
  email: 'amina.diallo@interieur.gouv.sn',
  organisation: 'Direction générale de l’immigration, « DGI »',
  country: 'Sénégal',
  area: 'area-migration-development',
  message: 'Bonjour,\nnous souhaitons un appui sur la diaspora?&subject=piège #1 100%',
};

/** Parses a mailto: URL the way a mail client does (RFC 6068). */
function parseMailto(link: string): { to: string; subject: string; body: string } {
  expect(link.startsWith('mailto:')).toBe(true);
  const [address, query = ''] = link.slice('mailto:'.length).split('?');
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    expect(params.has(key!)).toBe(false);
    params.set(key!, decodeURIComponent(value));
  }
  expect([...params.keys()].sort()).toEqual(['body', 'subject']);
  return { to: decodeURIComponent(address!), subject: params.get('subject')!, body: params.get('body')! };
}

describe('composeHandoffMail', () => {
  const mail = composeHandoffMail(request, TEAM, areaLabel);
  const decoded = parseMailto(mail.mailto);

  it('addresses the team', () => {
    expect(decoded.to).toBe(TEAM);
  });

  it('puts the role in the subject', () => {
    expect(decoded.subject).toBe(mail.subject);
    expect(decoded.subject).toContain(STRINGS['role.partnerInstitution'].fr);
  });

  it('carries every field in the body, labelled in the person’s language, with CRLF line breaks', () => {
    const lines = decoded.body.split('\r\n');
    const field = (label: string) => lines.find((l) => l.startsWith(`${label}: `))?.slice(label.length + 2);
    expect(field(STRINGS['field.name'].fr)).toBe(request.name);
    expect(field(STRINGS['field.email'].fr)).toBe(request.email);
    expect(field(STRINGS['field.organisation'].fr)).toBe(request.organisation);
    expect(field(STRINGS['field.country'].fr)).toBe(request.country);
    expect(field(STRINGS['field.role'].fr)).toBe(STRINGS['role.partnerInstitution'].fr);
    expect(field(STRINGS['field.area'].fr)).toBe(kb.entries.get('area-migration-development')!.text.fr.title);
    expect(field(STRINGS['field.lang'].fr)).toBe(STRINGS['language.fr'].fr);
    expect(decoded.body).toContain(`${STRINGS['field.message'].fr}:\r\n${request.message.replace('\n', '\r\n')}`);
    expect(decoded.body).not.toMatch(/[^\r]\n/);
  });

  it('keeps characters that would end a parameter inside the encoded value', () => {
    expect(mail.mailto).not.toContain(' ');
    expect(mail.mailto.split('&').length).toBe(2);
    expect(mail.mailto.split('?').length).toBe(2);
  });
});

describe('the mailto: link inside a Markdown message', () => {
  // Parentheses, quotes, "!" and "*" are what encodeURIComponent leaves as they are.
  const tricky: HandoffRequest = {
    ...request,
    name: "Seán O'Brien (DGI)*",
    message: 'Voir (https://evil.example/x) et [ici](http://evil) ! fin) *gras*',
  };
  const mail = composeHandoffMail(tricky, TEAM, areaLabel);

  it('encodes every character outside RFC 3986 unreserved ones in the subject and body', () => {
    const query = mail.mailto.slice(mail.mailto.indexOf('?') + 1);
    for (const part of query.split('&')) expect(part).toMatch(/^(?:subject|body)=[A-Za-z0-9\-._~%]*$/);
    expect(parseMailto(mail.mailto).body).toContain(tricky.message);
  });

  it.each(LANGUAGES)(
    "renders in Web Chat with no link but the team's address (the card's button carries the e-mail), and nothing the person typed becomes a link (%s)",
    (lang) => {
      const ready = `${t('handoff.readyMailto', lang, { email: TEAM })}\n\n${copyableMail(mail, lang)}`;
      const sent = t('handoff.sentSmtp', lang, { email: TEAM, replyTo: displayUserText(tricky.email) });
      for (const text of [ready, sent]) {
        const links = linkTargets(renderWebChatMarkdown(text));
        expect(links.every((l) => l === `mailto:${TEAM}`)).toBe(true);
      }
      // The e-mail to copy is shown whole, as text.
      const shown = renderWebChatMarkdown(ready)
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'");
      expect(shown).toContain(tricky.message);
      expect(shown).toContain(tricky.name);
    },
  );
});

describe('summaryMarkdown', () => {
  it.each([
    ['a web address', 'https://evil.example'],
    ['an escaped-looking address', 'https://evil\\.example'],
    ['a domain with a path', 'evil.example/login'],
    ['a www. address', 'www.evil.com'],
    ['a bare domain in a sentence', 'see evil.com now'],
    ['an e-mail address', 'boss@evil.com'],
  ])('shows %s typed by the person as text, never as a link, in Web Chat', (_kind, value) => {
    const html = renderWebChatMarkdown(summaryMarkdown({ ...request, organisation: value, message: value }, areaLabel));
    expect(linkTargets(html)).toEqual([]);
    const text = html.replace(/<[^>]+>/g, '').replace(/\u200b/g, '');
    expect(text).toContain(value);
    // The person's own e-mail address is shown, not linked, too.
    expect(text).toContain(request.email);
  });

  it('shows what was typed without letting it become markup', () => {
    const summary = summaryMarkdown({ ...request, name: '<script>alert(1)</script> **bold** [x](http://evil)' }, areaLabel);
    expect(summary).not.toContain('<script>');
    expect(summary).toContain('&lt;script&gt;');
    expect(summary).toContain('\\*\\*bold\\*\\*');
    expect(summary).toContain('\\[x\\]\\(http:\u200b//evil\\)');
  });

  it('escapes every Markdown special character', () => {
    expect(escapeMarkdown('a_b*c`d#e|f')).toBe('a\\_b\\*c\\`d\\#e\\|f');
  });
});

describe('form fields', () => {
  it.each([
    ['ana@ejemplo.es', true],
    ['ana.garcia+mieux@interior.gob.es', true],
    ['ana@ejemplo', false],
    ['ana ejemplo.es', false],
    ['ana@@ejemplo.es', false],
    ['<ana@ejemplo.es>', false],
    ['ana@ejemplo.es\r\nBcc: x@y.z', false],
    ['', false],
  ])('e-mail %j valid: %s', (value, valid) => {
    expect(isValidEmail(value)).toBe(valid);
  });

  it.each([
    ['name', '  Ana  ', { ok: true, value: 'Ana' }],
    ['name', '   ', { ok: false, problem: 'empty' }],
    ['name', 'x'.repeat(101), { ok: false, problem: 'tooLong' }],
    ['country', 'Espa\u0000ña', { ok: true, value: 'España' }],
    ['organisation', 'Ministerio\r\ndel Interior', { ok: true, value: 'Ministerio del Interior' }],
    ['message', 'línea 1\nlínea 2', { ok: true, value: 'línea 1\nlínea 2' }],
    ['message', 'x'.repeat(1001), { ok: false, problem: 'tooLong' }],
    ['email', 'no-es-correo', { ok: false, problem: 'invalidEmail' }],
  ] as const)('%s %j → %j', (field, raw, expected) => {
    expect(checkTextField(field, raw)).toEqual(expected);
  });
});
