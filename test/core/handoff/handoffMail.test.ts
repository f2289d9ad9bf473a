import { describe, expect, it } from 'vitest';
import { areaLabelFor } from '../../../src/core/handoff/areaLabel';
import { checkTextField, isValidEmail, type HandoffRequest } from '../../../src/core/handoff/handoffRequest';
import { composeHandoffMail, escapeMarkdown, summaryMarkdown } from '../../../src/core/handoff/handoffMail';
import { FIELD_LABELS, LANGUAGE_NAMES, ROLE_LABELS } from '../../../src/core/handoff/handoffStrings';
import { shippedKnowledge } from '../../support/shippedKnowledge';

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
    expect(decoded.subject).toContain(ROLE_LABELS.partnerInstitution.fr);
  });

  it('carries every field in the body, labelled in the person’s language, with CRLF line breaks', () => {
    const lines = decoded.body.split('\r\n');
    const field = (label: string) => lines.find((l) => l.startsWith(`${label}: `))?.slice(label.length + 2);
    expect(field(FIELD_LABELS.name.fr)).toBe(request.name);
    expect(field(FIELD_LABELS.email.fr)).toBe(request.email);
    expect(field(FIELD_LABELS.organisation.fr)).toBe(request.organisation);
    expect(field(FIELD_LABELS.country.fr)).toBe(request.country);
    expect(field(FIELD_LABELS.role.fr)).toBe(ROLE_LABELS.partnerInstitution.fr);
    expect(field(FIELD_LABELS.area.fr)).toBe(kb.entries.get('area-migration-development')!.text.fr.title);
    expect(field(FIELD_LABELS.lang.fr)).toBe(LANGUAGE_NAMES.fr.fr);
    expect(decoded.body).toContain(`${FIELD_LABELS.message.fr}:\r\n${request.message.replace('\n', '\r\n')}`);
    expect(decoded.body).not.toMatch(/[^\r]\n/);
  });

  it('keeps characters that would end a parameter inside the encoded value', () => {
    expect(mail.mailto).not.toContain(' ');
    expect(mail.mailto.split('&').length).toBe(2);
    expect(mail.mailto.split('?').length).toBe(2);
  });
});

describe('summaryMarkdown', () => {
  it('shows what was typed without letting it become markup', () => {
    const summary = summaryMarkdown({ ...request, name: '<script>alert(1)</script> **bold** [x](http://evil)' }, areaLabel);
    expect(summary).not.toContain('<script>');
    expect(summary).toContain('&lt;script&gt;');
    expect(summary).toContain('\\*\\*bold\\*\\*');
    expect(summary).toContain('\\[x\\]\\(http://evil\\)');
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
