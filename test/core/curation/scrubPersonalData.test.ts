import { describe, expect, it } from 'vitest';
import { MAX_RECORDED_CHARS, scrubPersonalData } from '../../../src/core/curation/scrubPersonalData';

/** [what was typed, what may be recorded]: one utterance per case, in the three languages. */
const CASES: readonly (readonly [string, string])[] = [
  // e-mail addresses
  ['Mi correo es juan.perez+mieux@gmail.com, ¿me escriben?', 'Mi correo es [email], ¿me escriben?'],
  ['Please answer to j.smith@home-office.gov.uk', 'Please answer to [email]'],
  ['Écrivez-moi à marie_dupont@interieur.gouv.fr svp', 'Écrivez-moi à [email] svp'],
  // phone numbers: international and local, with spaces, dots, dashes, brackets
  ['Llámeme al +34 612 34 56 78 por favor', 'Llámeme al [phone] por favor'],
  ['mi móvil: 612 345 678', 'mi móvil: [phone]'],
  ['teléfono 91-123-45-67', 'teléfono [phone]'],
  ['call me on +44 20 7946 0958', 'call me on [phone]'],
  ['my number is (555) 123-4567', 'my number is [phone]'],
  ['or 555.123.4567 after 5pm', 'or [phone] after 5pm'],
  ['appelez-moi au 06 12 34 56 78', 'appelez-moi au [phone]'],
  ['mon fixe : 01.23.45.67.89', 'mon fixe : [phone]'],
  ['+33612345678 merci', '[phone] merci'],
  // long digit runs and identifiers: ID, passport, IBAN, card, postcode
  ['mi DNI es 12345678Z', 'mi DNI es [number]'],
  ['número de expediente 2023004512', 'número de expediente [number]'],
  ['my passport number is X1234567', 'my passport number is [number]'],
  ['IBAN ES91 2100 0418 4502 0005 1332', 'IBAN [number]'],
  ['card 4111 1111 1111 1111', 'card [number]'],
  ['mon IBAN FR7630006000011234567890189', 'mon IBAN [number]'],
  ['j’habite au 75011', 'j’habite au [number]'],
  // dates, which can be birth dates
  ['nací el 12/05/1985', 'nací el [date]'],
  ['born on 03-11-1990', 'born on [date]'],
  // addresses with a path or a query; a bare site is kept
  ['vi esto en https://example.org/form?user=juan&id=42', 'vi esto en [url]'],
  ['see www.example.com/profile/john.smith', 'see [url]'],
  ['le site www.mieux-initiative.eu est-il officiel ?', 'le site www.mieux-initiative.eu est-il officiel ?'],
  // names when people introduce themselves
  ['Me llamo Juan Pérez y quiero ser experto', 'Me llamo [name] y quiero ser experto'],
  ['me llamo juan perez quiero participar', 'me llamo [name] quiero participar'],
  ['Hola, soy Ana García, experta en asilo', 'Hola, soy [name], experta en asilo'],
  ['Mi nombre es María José de la Fuente', 'Mi nombre es [name]'],
  ['Me llamo Pedro de Madrid y trabajo en el ministerio', 'Me llamo [name] y trabajo en el ministerio'],
  ['my name is Anne van der Berg, from the Netherlands', 'my name is [name], from the Netherlands'],
  ['My name is John Smith and I work for the ministry', 'My name is [name] and I work for the ministry'],
  ["Hi, I'm Sarah. Can I join?", "Hi, I'm [name]. Can I join?"],
  ["Je m'appelle Marie-Claire Dupont et je voudrais participer", "Je m'appelle [name] et je voudrais participer"],
  ['Bonjour, je suis Pierre Martin', 'Bonjour, je suis [name]'],
  ['Mon nom est Dupont', 'Mon nom est [name]'],
  // introductions without "my name is", and names written in lower case
  ['Hi, I am john smith', 'Hi, I am [name]'],
  ["hello, i'm peter parker, can I apply?", "hello, i'm [name], can I apply?"],
  ['This is Maria Lopez from the ministry', 'This is [name] from the ministry'],
  ["my name's Peter Parker", "my name's [name]"],
  ['Hola, soy juan pérez', 'Hola, soy [name]'],
  ['Le escribe María López, del ministerio', 'Le escribe [name], del ministerio'],
  ['Buenos días, le saluda Carmen Ruiz', 'Buenos días, le saluda [name]'],
  ['Bonjour, je suis jean dupont', 'Bonjour, je suis [name]'],
  ["C'est Marie Dupont du ministère", "C'est [name] du ministère"],
  ["moi c'est pierre martin", "moi c'est [name]"],
  // e-mail addresses written so that machines miss them
  ['john [at] gmail [dot] com', '[email]'],
  ['write to john.smith (at) home-office (dot) gov (dot) uk', 'write to [email]'],
  ['mi correo: juan arroba gmail punto com', 'mi correo: [email]'],
  ['juan.perez [arroba] correo [punto] es', '[email]'],
  ['marie at orange point fr', '[email]'],
  ['écrivez à marie (at) orange.fr', 'écrivez à [email]'],
  // street addresses
  ['I live at Calle Mayor 5', 'I live at [address]'],
  ['my address is 221B Baker Street, London', 'my address is [address], London'],
  ['I live at 10 downing street', 'I live at [address]'],
  ['Vivo en la calle Mayor 5, 3º B', 'Vivo en la [address]'],
  ['mi dirección es Avenida de América 32', 'mi dirección es [address]'],
  ['envíenlo a C/ Alcalá, 45', 'envíenlo a [address]'],
  ["J'habite au 12 rue de la Paix et je voudrais participer", "J'habite au [address] et je voudrais participer"],
  ['mon adresse est 5 avenue Victor Hugo', 'mon adresse est [address]'],
  // profile addresses without a scheme or www.
  ['my profile: linkedin.com/in/johnsmith', 'my profile: [url]'],
  ['mi perfil es linkedin.com/in/juan-perez-123', 'mi perfil es [url]'],
  ['voir facebook.com/marie.dupont?ref=x', 'voir [url]'],
  // Teams mentions name people
  ['<at>Jane Doe</at> what is MIEUX+?', 'what is MIEUX+?'],
  // what is not personal data stays as it was
  ['¿Qué es MIEUX+?', '¿Qué es MIEUX+?'],
  ['soy experta en migración laboral', 'soy experta en migración laboral'],
  ['I am a civil servant in Spain', 'I am a civil servant in Spain'],
  ['¿Qué pasó en 2019-2022 y en 2023?', '¿Qué pasó en 2019-2022 y en 2023?'],
  ['¿Cuántos de los 1.500.000 euros van a formación?', '¿Cuántos de los 1.500.000 euros van a formación?'],
  ['more than 15 000 experts since 2009?', 'more than 15 000 experts since 2009?'],
  ['Est-ce que MIEUX+ a 100 actions ?', 'Est-ce que MIEUX+ a 100 actions ?'],
  ['Hi, I am interested in the thematic areas', 'Hi, I am interested in the thematic areas'],
  ['I am looking for information on funding', 'I am looking for information on funding'],
  ['I am civil servant in Spain', 'I am civil servant in Spain'],
  ['I am policy officer at the ministry', 'I am policy officer at the ministry'],
  ['This is the programme for experts, right?', 'This is the programme for experts, right?'],
  ['What happens at the point of entry?', 'What happens at the point of entry?'],
  ['soy funcionaria pública', 'soy funcionaria pública'],
  ['soy abogado laboralista, ¿puedo participar?', 'soy abogado laboralista, ¿puedo participar?'],
  ['¿Qué hace MIEUX+ en la calle?', '¿Qué hace MIEUX+ en la calle?'],
  ['je suis intéressée par MIEUX+', 'je suis intéressée par MIEUX+'],
  ['je suis agent public', 'je suis agent public'],
  ["C'est quoi MIEUX+ ?", "C'est quoi MIEUX+ ?"],
  ['le site mieux-initiative.eu est-il officiel ?', 'le site mieux-initiative.eu est-il officiel ?'],
  ['Are there 5 thematic areas?', 'Are there 5 thematic areas?'],
];

describe('scrubPersonalData', () => {
  it.each(CASES)('%j → %j', (typed, recorded) => {
    expect(scrubPersonalData(typed)).toBe(recorded);
  });

  it('collapses white space, line breaks included', () => {
    expect(scrubPersonalData('  ¿Qué   es\n\nMIEUX+?  ')).toBe('¿Qué es MIEUX+?');
  });

  it(`cuts to ${MAX_RECORDED_CHARS} characters at a word boundary, marking the cut`, () => {
    const long = 'palabra '.repeat(100);
    const scrubbed = scrubPersonalData(long);
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_RECORDED_CHARS);
    expect(scrubbed.endsWith('palabra…')).toBe(true);
  });

  it('scrubs before cutting, so a number across the limit never survives in part', () => {
    // The phone number starts just before the limit: cut first, its first digits would remain.
    const text = `${'x'.repeat(MAX_RECORDED_CHARS - 6)} +34 612 34 56 78`;
    const scrubbed = scrubPersonalData(text);
    expect(scrubbed).not.toMatch(/\d/);
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_RECORDED_CHARS);
  });

  it('takes a shorter limit', () => {
    expect(scrubPersonalData('my name is John and my e-mail is john@example.org', 30)).toBe('my name is [name] and my…');
  });

  it('finishes on a long, adversarial text (a backtracking pattern would hang past the test timeout)', () => {
    const nasty = `${'1 '.repeat(20_000)}a ${'a@'.repeat(20_000)}`;
    const scrubbed = scrubPersonalData(nasty);
    expect(scrubbed.length).toBeLessThanOrEqual(MAX_RECORDED_CHARS);
    expect(scrubbed).not.toMatch(/1 1 1/);
  });
});
