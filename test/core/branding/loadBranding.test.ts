import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { BrandingError, loadBranding } from '../../../src/core/branding/loadBranding';

const SHIPPED = join(__dirname, '..', '..', '..', 'branding');
const tmp = mkdtempSync(join(tmpdir(), 'branding-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let copies = 0;
/** A copy of the shipped branding folder with `edit` applied to its YAML document. */
function brandingWith(edit: (doc: ReturnType<typeof parseDocument>) => void, files: Record<string, Buffer> = {}): string {
  const dir = join(tmp, `copy-${copies++}`);
  cpSync(SHIPPED, dir, { recursive: true });
  const doc = parseDocument(readFileSync(join(dir, 'branding.yaml'), 'utf8'));
  edit(doc);
  writeFileSync(join(dir, 'branding.yaml'), doc.toString());
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

function problemsOf(dir: string): readonly string[] {
  try {
    loadBranding(dir, 'branding/branding.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(BrandingError);
    return (error as BrandingError).problems;
  }
  throw new Error('loadBranding() accepted a broken branding folder');
}

describe('loadBranding: the shipped folder', () => {
  const branding = loadBranding(SHIPPED);

  it('loads with every text in es, en and fr, and images with their sizes', () => {
    for (const lang of ['es', 'en', 'fr'] as const) {
      expect(branding.botName[lang]).not.toBe('');
      expect(branding.privacy.kept[lang]).toMatch(/\S/);
      expect(branding.teams.name[lang].short).not.toBe('');
    }
    expect([branding.images.avatar.width, branding.images.avatar.height]).toEqual([96, 96]);
    expect([branding.teams.icons.colour.width, branding.teams.icons.outline.width]).toEqual([192, 32]);
    expect(branding.images.avatar.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(branding.images.avatar.hash).not.toBe(branding.images.logo.hash);
  });

  it('says in every language that unanswered questions are kept without names or addresses', () => {
    expect(branding.privacy.kept.en).toMatch(/could not answer.*without names or addresses.*improve/);
    expect(branding.privacy.kept.es).toMatch(/no supo responder.*sin nombres ni direcciones.*mejorarlo/);
    expect(branding.privacy.kept.fr).toMatch(/n’a pas su répondre.*sans noms ni adresses.*améliorer/);
  });

  it('is frozen: nothing at run time can change what the next visitor sees', () => {
    expect(Object.isFrozen(branding)).toBe(true);
    expect(Object.isFrozen(branding.texts.heading)).toBe(true);
    expect(Object.isFrozen(branding.teams.commands[0]!.text.es)).toBe(true);
  });
});

describe('loadBranding: problems name the field', () => {

  it.each<[string, (doc: ReturnType<typeof parseDocument>) => void, Record<string, Buffer>, readonly string[]]>([
    ['a missing French heading', (d) => d.deleteIn(['texts', 'heading', 'fr']), {}, ['texts.heading.fr: has no French text']],
    ['an empty Spanish bot name', (d) => d.setIn(['botName', 'es'], '  '), {}, ['botName.es: is missing or empty']],
    ['a launcher label too long', (d) => d.setIn(['texts', 'launcherLabel', 'en'], 'x'.repeat(41)), {}, ['texts.launcherLabel.en: is 41 characters long; at most 40 fit']],
    ['a misspelt section', (d) => d.set('colors', { primary: '#000000' }), {}, ['colors: is not a branding field (expected one of botName, images, colours, texts, privacy, teams)']],
    [
      'a colour without #',
      (d) => d.setIn(['colours', 'primary'], '003399'),
      {},
      ["colours.primary: \"003399\" is not a colour; write it as '#RRGGBB' in quotes, e.g. '#003399'"],
    ],
    [
      'grey timestamps too light to read',
      (d) => d.setIn(['colours', 'subtle'], '#999'),
      {},
      ['colours.subtle: #999999 on colours.background #FFFFFF has contrast 2.84:1; timestamps and the line saying what is kept need at least 4.5:1 (WCAG 2.1 AA for text)'],
    ],
    ['a privacy notice over http', (d) => d.setIn(['privacy', 'noticeUrl'], 'http://www.icmpd.org/privacy'), {}, ["privacy.noticeUrl: 'http://www.icmpd.org/privacy' is not an https:// address"]],
    ['no terms of use', (d) => d.deleteIn(['teams', 'termsOfUseUrl']), {}, ['teams.termsOfUseUrl: is missing (an https:// address)']],
    ['an avatar that is not there', (d) => d.setIn(['images', 'avatar'], 'missing.png'), {}, ['images.avatar: missing.png is not in the branding folder']],
    ['an avatar in another folder', (d) => d.setIn(['images', 'avatar'], '../secret.png'), {}, ['images.avatar: "../secret.png" is not the name of a .png file in the branding folder']],
    ['a logo that is not a PNG', () => undefined, { 'logo.png': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') }, ['images.logo: logo.png is not a PNG image']],
    ['a Teams icon of the wrong size', (d) => d.setIn(['teams', 'icons', 'colour'], 'avatar.png'), {}, ['teams.icons.colour: avatar.png is 96×96 pixels; it must be 192×192']],
    ['a logo too small', (d) => d.setIn(['images', 'logo'], 'teams-outline.png'), {}, []],
    ['an avatar too small', (d) => d.setIn(['images', 'avatar'], 'teams-outline.png'), {}, ['images.avatar: teams-outline.png is 32×32 pixels; it must be 48 to 512 pixels wide']],
    [
      'a command answered by no entry id',
      (d) => d.setIn(['teams', 'commands', 0, 'answers'], 'What is it?'),
      {},
      ['teams.commands[0].answers: must be the id of the knowledge entry that answers the question'],
    ],
    ['a command title Teams would cut', (d) => d.setIn(['teams', 'commands', 2, 'fr', 'title'], 'Dans quelles régions MIEUX+ travaille-t-il ?'), {}, ['teams.commands[2].fr.title: is 44 characters long; at most 32 fit']],
    ['a command with no English', (d) => d.deleteIn(['teams', 'commands', 1, 'en']), {}, ['teams.commands[1].en: has no English texts (title and description)']],
    ['eleven commands', (d) => d.addIn(['teams', 'commands'], d.getIn(['teams', 'commands', 0])), {}, []],
  ])('%s', (_name, edit, files, expected) => {
    const dir = brandingWith(edit, files);
    if (expected.length === 0) {
      // Cases that must load: the boundary sits just past them.
      expect(() => loadBranding(dir)).not.toThrow();
      return;
    }
    expect(problemsOf(dir)).toEqual(expected);
  });

  it('refuses an eleventh command: Teams shows at most ten', () => {
    const dir = brandingWith((d) => {
      d.addIn(['teams', 'commands'], d.getIn(['teams', 'commands', 0]));
      d.addIn(['teams', 'commands'], d.getIn(['teams', 'commands', 1]));
    });
    expect(problemsOf(dir)).toEqual(['teams.commands: must be a list of 1 to 10 commands (Teams shows at most 10)']);
  });

  it('lists every problem at once, in a message naming the file', () => {
    const dir = brandingWith((d) => {
      d.deleteIn(['privacy', 'kept', 'es']);
      d.setIn(['colours', 'onPrimary'], '#6699FF');
    });
    let message = '';
    try {
      loadBranding(dir, 'branding/branding.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      'Branding.load(): 2 problem(s) in branding/branding.yaml:\n' +
        "  - colours.onPrimary: #6699FF on colours.primary #003399 has contrast 3.91:1; the panel heading, the visitor's messages and the launcher's icon need at least 4.5:1 (WCAG 2.1 AA for text)\n" +
        '  - privacy.kept.es: has no Spanish text',
    );
  });

  it('names the line of a YAML syntax error', () => {
    const dir = brandingWith(() => undefined);
    writeFileSync(join(dir, 'branding.yaml'), 'botName:\n  es: a: b\n');
    expect(problemsOf(dir)).toEqual([expect.stringMatching(/^line 2, column \d+: is not valid YAML \(/)]);
  });

  it('says so when the file is not there', () => {
    expect(problemsOf(join(tmp, 'nowhere'))).toEqual(['(file): cannot be read (ENOENT)']);
  });
});
