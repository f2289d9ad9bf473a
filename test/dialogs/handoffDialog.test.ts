import { STRINGS, t } from '../../src/core/i18n/strings';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { areaLabelFor } from '../../src/core/handoff/areaLabel';
import { AREAS, FIELDS, ROLES, type Field, type HandoffRequest } from '../../src/core/handoff/handoffRequest';
import { displayUserText } from '../../src/core/handoff/handoffMail';
import { answerText } from '../../src/core/knowledge/answerText';
import type { Lang } from '../../src/core/language/languages';
import type { HandoffSubmitter } from '../../src/app/handoff/handoffSubmitter';
import { buttonTitles, CONTACT, createTestBot, type TestBot } from '../support/testBot';
import { shippedKnowledge } from '../support/shippedKnowledge';

const kb = shippedKnowledge();
const areaLabel = areaLabelFor(kb);

type Person = Omit<HandoffRequest, 'lang'>;

const PEOPLE: Readonly<Record<Lang, Person>> = {
  es: {
    role: 'expert',
    name: 'Ana García',
    email: 'ana.garcia@interior.es',
    organisation: 'Ministerio del Interior',
    country: 'España',
    area: 'area-international-protection',
    message: 'Me gustaría participar como experta en asilo.',
  },
  en: {
    role: 'memberStateInstitution',
    name: 'John Smith',
    email: 'j.smith@migration.ie',
    organisation: 'Department of Justice',
    country: 'Ireland',
    area: 'area-legal-migration',
    message: 'We would like to start a request on labour migration.',
  },
  fr: {
    role: 'partnerInstitution',
    name: 'Amina Diallo',
    email: 'amina.diallo@interieur.gouv.sn',
    organisation: 'Direction générale de l’immigration',
    country: 'Sénégal',
    area: 'area-migration-development',
    message: 'Nous souhaitons un appui sur la mobilisation de la diaspora.',
  },
};

const START: Readonly<Record<Lang, string>> = { es: 'Quiero participar', en: 'I want to take part', fr: 'Je veux participer' };

/** A recording submitter, as the SMTP outbox would be. */
function recordingSubmitter(fail = false): HandoffSubmitter & { readonly requests: HandoffRequest[] } {
  const requests: HandoffRequest[] = [];
  return {
    delivers: true,
    requests,
    submit: async (r) => {
      if (fail) throw new Error('storage down');
      requests.push(r);
    },
  };
}

const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '');
const last = (replies: Partial<Activity>[]) => replies[replies.length - 1]!;

/** The answer to the question the bot asks, for a person. */
function answerFor(person: Person, question: string, lang: Lang): string {
  const table: Array<[string, string]> = [
    [t('handoff.askRole', lang), STRINGS[`role.${person.role}`][lang]],
    [t('handoff.askName', lang), person.name],
    [t('handoff.askEmail', lang), person.email],
    [t('handoff.askOrganisation', lang), person.organisation],
    [t('handoff.askCountry', lang), person.country],
    [t('handoff.askArea', lang), areaLabel(person.area, lang)],
    [t('handoff.askMessage', lang, { max: '1000' }), person.message],
  ];
  const found = table.find(([q]) => question === q);
  if (!found) throw new Error(`no answer for: ${question}`);
  return found[1];
}

/** Says yes to consent, then answers every question until the summary; returns the summary turn. */
async function fillForm(bot: TestBot, lang: Lang, person: Person, start = START[lang]): Promise<Partial<Activity>[]> {
  const consent = await bot.say(start);
  expect(buttonTitles(last(consent))).toEqual([STRINGS['handoff.consentYes'][lang], STRINGS['handoff.consentNo'][lang]]);
  let replies = await bot.say(STRINGS['handoff.consentYes'][lang]);
  for (let i = 0; i < 10 && last(replies).text !== t('handoff.askConfirm', lang); i += 1) {
    replies = await bot.say(answerFor(person, last(replies).text ?? '', lang));
  }
  expect(last(replies).text).toBe(t('handoff.askConfirm', lang));
  return replies;
}

function expectedSummaryValue(person: Person, field: Field, lang: Lang): string {
  if (field === 'role') return STRINGS[`role.${person.role}`][lang];
  if (field === 'area') return areaLabel(person.area, lang);
  return person[field];
}

describe.each<Lang>(['es', 'en', 'fr'])('hand-off in %s', (lang) => {
  const person = PEOPLE[lang];

  it('asks for consent, then each detail, shows a summary and ends with a mailto: link', async () => {
    const bot = createTestBot();
    const consent = await bot.say(START[lang]);
    expect(last(consent).text).toBe(t('handoff.consentMailto', lang, { email: CONTACT }));
    const summaryTurn = await fillForm(bot, lang, person);
    const summary = summaryTurn[0]!.text!;
    expect(summary.startsWith(t('handoff.summary', lang))).toBe(true);
    for (const field of FIELDS) expect(summary).toContain(`**${STRINGS[`field.${field}`][lang]}:**`);
    // Nothing is sent by the bot here: the button says it prepares the e-mail.
    expect(buttonTitles(last(summaryTurn))).toEqual([
      STRINGS['handoff.confirmPrepare'][lang],
      STRINGS['handoff.confirmCorrect'][lang],
      STRINGS['handoff.confirmCancel'][lang],
    ]);

    const [final] = await bot.say(STRINGS['handoff.confirmPrepare'][lang]);
    const button = final!.attachments![0]!.content.buttons[0];
    expect(button.type).toBe('openUrl');
    expect(button.title).toBe(STRINGS['handoff.mailtoButton'][lang]);
    expect(String(button.value).startsWith(`mailto:${CONTACT}?subject=`)).toBe(true);
    // One link (the button), a text that says nothing was sent yet, and the e-mail to copy for webmail.
    expect(final!.text).not.toContain('mailto:');
    expect(final!.text!.startsWith(t('handoff.readyMailto', lang, { email: CONTACT }))).toBe(true);
    const copy = final!.text!.slice(t('handoff.readyMailto', lang, { email: CONTACT }).length);
    expect(copy).toMatch(/^\n\n```text\n/);
    expect(copy).toContain(`${t('handoff.copyTo', lang)}: ${CONTACT}`);
    const body = decodeURIComponent(String(button.value).split('&body=')[1]!);
    for (const field of FIELDS) {
      expect(body).toContain(expectedSummaryValue(person, field, lang));
      expect(copy).toContain(expectedSummaryValue(person, field, lang));
    }
  });

  it('with SMTP configured, submits the request and says it was sent', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    const consent = await bot.say(START[lang]);
    expect(last(consent).text).toBe(t('handoff.consentSmtp', lang, { email: CONTACT }));
    const summary = await fillForm(bot, lang, person);
    expect(buttonTitles(last(summary))[0]).toBe(STRINGS['handoff.confirmSend'][lang]);
    const [final] = await bot.say(STRINGS['handoff.confirmSend'][lang]);
    expect(submitter.requests).toEqual([{ lang, ...person }]);
    expect(final!.text).toBe(t('handoff.sentSmtp', lang, { email: CONTACT, replyTo: displayUserText(person.email) }));
    expect(final!.attachments).toHaveLength(1);
  });

  it('without consent keeps nothing and gives the plain address', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await bot.say(START[lang]);
    const [reply] = await bot.say(STRINGS['handoff.consentNo'][lang]);
    expect(reply!.text).toBe(t('handoff.noConsent', lang, { email: CONTACT }));
    // The form is over: a question is answered normally.
    const [answer] = await bot.say(kb.entries.get('funding')!.text[lang].questions[0]!);
    expect(answer!.text).toBe(answerText(kb.entries.get('funding')!, lang));
    expect(submitter.requests).toEqual([]);
  });
});

describe('each role', () => {
  it.each(ROLES)('%s is recorded as chosen', async (role) => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, 'en', { ...PEOPLE.en, role });
    await bot.say(STRINGS['handoff.confirmSend'].en);
    expect(submitter.requests[0]!.role).toBe(role);
  });
});

describe('each area', () => {
  it.each(AREAS)('%s is recorded as chosen', async (area) => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, 'es', { ...PEOPLE.es, area });
    await bot.say(STRINGS['handoff.confirmSend'].es);
    expect(submitter.requests[0]!.area).toBe(area);
  });
});

describe('validation', () => {
  it('explains an invalid e-mail and asks again', async () => {
    const bot = createTestBot();
    await bot.say(START.es);
    await bot.say(STRINGS['handoff.consentYes'].es);
    await bot.say(STRINGS['role.expert'].es);
    await bot.say('Ana García');
    const invalid = await bot.say('ana@ejemplo');
    expect(texts(invalid)).toEqual([t('handoff.invalidEmail', 'es')]);
    const next = await bot.say('ana@ejemplo.es');
    expect(texts(next)).toEqual([t('handoff.askOrganisation', 'es')]);
  });

  it('refuses a message over the limit, saying the limit', async () => {
    const bot = createTestBot();
    await bot.say(START.en);
    await bot.say(STRINGS['handoff.consentYes'].en);
    for (const answer of [STRINGS['role.other'].en, 'Jo', 'jo@example.org', 'Org', 'Malta', areaLabel('other', 'en')])
      await bot.say(answer);
    const tooLong = await bot.say('x'.repeat(1001));
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]!.text).toContain(t('handoff.tooLong', 'en', { max: '1000' }));
  });

  it('asks again when a choice is not one of the options', async () => {
    const bot = createTestBot();
    await bot.say(START.fr);
    await bot.say(STRINGS['handoff.consentYes'].fr);
    const retry = await bot.say('je ne sais pas');
    expect(last(retry).text).toContain(t('handoff.pickOne', 'fr'));
    expect(buttonTitles(last(retry))).toEqual(ROLES.map((r) => STRINGS[`role.${r}`].fr));
  });
});

describe('correction', () => {
  it.each<Field>(['role', 'name', 'email', 'organisation', 'country', 'area', 'message'])(
    'corrects the %s and returns to the summary',
    async (field) => {
      const submitter = recordingSubmitter();
      const bot = createTestBot({ submitter });
      const person = PEOPLE.es;
      const changed: Person = {
        ...person,
        role: 'other',
        name: 'Ana María García',
        email: 'amg@interior.es',
        organisation: 'Policía Nacional',
        country: 'Portugal',
        area: 'other',
        message: 'Otro mensaje.',
      };
      await fillForm(bot, 'es', person);
      await bot.say(STRINGS['handoff.confirmCorrect'].es);
      const question = await bot.say(STRINGS[`field.${field}`].es);
      expect(texts(question)).toHaveLength(1);
      const summary = await bot.say(answerFor(changed, last(question).text!, 'es'));
      expect(last(summary).text).toBe(t('handoff.askConfirm', 'es'));
      await bot.say(STRINGS['handoff.confirmSend'].es);
      expect(submitter.requests).toEqual([{ lang: 'es', ...person, [field]: changed[field] }]);
    },
  );
});

describe('cancel and help', () => {
  // After n answers (0 = at the consent question), "cancel" ends the form and nothing is submitted.
  const answersBefore = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  it.each(answersBefore)('cancel after %i answers', async (n) => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    const person = PEOPLE.en;
    let replies = await bot.say(START.en);
    const script: string[] = [STRINGS['handoff.consentYes'].en];
    for (let i = 0; i < n; i += 1) {
      if (i > 0) script.push(answerFor(person, last(replies).text!, 'en'));
      replies = await bot.say(script[i]!);
    }
    const cancelled = await bot.say(['cancel', 'cancelar', 'annuler'][n % 3]!);
    expect(texts(cancelled)).toEqual([t('handoff.cancelled', 'en')]);
    const [answer] = await bot.say('Who funds MIEUX+?');
    expect(answer!.text).toBe(answerText(kb.entries.get('funding')!, 'en'));
    expect(submitter.requests).toEqual([]);
  });

  it('cancel from the summary buttons', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, 'fr', PEOPLE.fr);
    expect(texts(await bot.say(STRINGS['handoff.confirmCancel'].fr))).toEqual([t('handoff.cancelled', 'fr')]);
    expect(submitter.requests).toEqual([]);
  });

  it('help explains the form and asks the same question again', async () => {
    const bot = createTestBot();
    await bot.say(START.es);
    await bot.say(STRINGS['handoff.consentYes'].es);
    await bot.say(STRINGS['role.expert'].es);
    const help = await bot.say('ayuda');
    expect(texts(help)).toEqual([t('handoff.formHelp', 'es'), t('handoff.askName', 'es')]);
  });
});

describe('a question in the middle of the form', () => {
  it('is answered, then the form resumes where it was', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    const person = PEOPLE.es;
    await bot.say(START.es);
    await bot.say(STRINGS['handoff.consentYes'].es);
    await bot.say(STRINGS['role.expert'].es);
    const interrupted = await bot.say('¿Quién financia MIEUX+?');
    expect(texts(interrupted)).toEqual([
      answerText(kb.entries.get('funding')!, 'es'),
      t('handoff.resume', 'es'),
      t('handoff.askName', 'es'),
    ]);
    for (const answer of [person.name, person.email, person.organisation, person.country, areaLabel(person.area, 'es'), person.message])
      await bot.say(answer);
    await bot.say(STRINGS['handoff.confirmSend'].es);
    expect(submitter.requests).toEqual([{ lang: 'es', ...person }]);
  });

  it('is taken as the message when typed as the message to the team', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    const person = { ...PEOPLE.en, message: 'Who funds MIEUX+? We would like to know before applying.' };
    await fillForm(bot, 'en', person);
    await bot.say(STRINGS['handoff.confirmSend'].en);
    expect(submitter.requests[0]!.message).toBe(person.message);
  });
});

describe('entry points and memory', () => {
  it('the button after a participation answer starts the form', async () => {
    const bot = createTestBot();
    const [answer] = await bot.say('How can I become an expert?');
    expect(buttonTitles(answer)).toContain(STRINGS['handoff.button'].en);
    const consent = await bot.say(STRINGS['handoff.button'].en);
    expect(last(consent).text).toBe(t('handoff.consentMailto', 'en', { email: CONTACT }));
  });

  it('the button after an unanswered question starts the form', async () => {
    const bot = createTestBot();
    const [notFound] = await bot.say('¿Cuál es la capital de Francia?');
    expect(buttonTitles(notFound)).toContain(STRINGS['handoff.button'].es);
    expect(last(await bot.say(STRINGS['handoff.button'].es)).text).toBe(t('handoff.consentMailto', 'es', { email: CONTACT }));
  });

  it('keeps no contact details once a request is done: a second request asks for them again', async () => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, 'en', PEOPLE.en);
    await bot.say(STRINGS['handoff.confirmSend'].en);
    await fillForm(bot, 'en', { ...PEOPLE.en, message: 'A second question.' });
    await bot.say(STRINGS['handoff.confirmSend'].en);
    expect(submitter.requests[1]).toEqual({ lang: 'en', ...PEOPLE.en, message: 'A second question.' });
  });

  it('does not claim the request was sent when it could not be stored, and still gives the mailto: link', async () => {
    const bot = createTestBot({ submitter: recordingSubmitter(true) });
    await fillForm(bot, 'es', PEOPLE.es);
    const [final] = await bot.say(STRINGS['handoff.confirmSend'].es);
    expect(final!.text!.startsWith(t('handoff.readyMailto', 'es', { email: CONTACT }))).toBe(true);
    expect(bot.logger.lines.join('\n')).not.toContain(PEOPLE.es.email);
  });

  it('never echoes typed markup back as markup in the summary', async () => {
    const bot = createTestBot();
    const summary = await fillForm(bot, 'en', { ...PEOPLE.en, name: '<img src=x onerror=alert(1)>' });
    expect(summary[0]!.text).not.toContain('<img');
  });
});

describe('yes and no typed in words', () => {
  it.each<[string, Lang]>([
    ['sí', 'es'],
    ['si', 'es'],
    ['vale', 'es'],
    ['claro', 'es'],
    ['de acuerdo', 'es'],
    ['yes', 'en'],
    ['ok', 'en'],
    ['sure', 'en'],
    ['oui', 'fr'],
    ["d'accord", 'fr'],
  ])('%j at the consent question goes on to the first question (%s)', async (typed, lang) => {
    const bot = createTestBot();
    await bot.say(START[lang]);
    const next = await bot.say(typed);
    expect(last(next).text).toBe(t('handoff.askRole', lang));
  });

  it.each<[string, Lang]>([
    ['no', 'es'],
    ['no, gracias', 'es'],
    ['nope', 'en'],
    ['no thanks', 'en'],
    ['non', 'fr'],
    ['non merci', 'fr'],
  ])('%j at the consent question keeps nothing (%s)', async (typed, lang) => {
    const bot = createTestBot();
    await bot.say(START[lang]);
    expect(texts(await bot.say(typed))).toEqual([t('handoff.noConsent', lang, { email: CONTACT })]);
  });

  it('anything else at the consent question gets a short nudge with the buttons, not the whole paragraph again', async () => {
    const bot = createTestBot();
    await bot.say(START.fr);
    const retry = await bot.say('je ne sais pas');
    expect(texts(retry)).toEqual([t('handoff.answerYesNo', 'fr')]);
    expect(buttonTitles(last(retry))).toEqual([STRINGS['handoff.consentYes'].fr, STRINGS['handoff.consentNo'].fr]);
  });

  it.each<[string, Lang]>([
    ['sí', 'es'],
    ['yes', 'en'],
    ['oui', 'fr'],
  ])('%j at "is everything correct?" sends the request (%s)', async (typed, lang) => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, lang, PEOPLE[lang]);
    await bot.say(typed);
    expect(submitter.requests).toEqual([{ lang, ...PEOPLE[lang] }]);
  });

  it.each<[string, Lang]>([
    ['no', 'es'],
    ['no', 'en'],
    ['non', 'fr'],
  ])('%j at "is everything correct?" asks which detail to correct (%s)', async (typed, lang) => {
    const submitter = recordingSubmitter();
    const bot = createTestBot({ submitter });
    await fillForm(bot, lang, PEOPLE[lang]);
    const question = await bot.say(typed);
    expect(last(question).text).toBe(t('handoff.askWhichField', lang));
    expect(submitter.requests).toEqual([]);
  });
});
