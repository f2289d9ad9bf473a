import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, normaliseHexColour, parseHexColour, relativeLuminance } from '../../../src/core/branding/contrast';
import { contrastProblems } from '../../../src/core/branding/contrastPairs';
import { AA_PALETTE } from '../../support/palette';

const rgb = (hex: string) => parseHexColour(hex)!;

describe('WCAG 2.x contrast', () => {
  // Worked by hand from the WCAG 2.x formulas (and matching WebAIM's checker for the greys).
  it.each([
    ['#000000', '#FFFFFF', '21.00:1'],
    ['#FFFFFF', '#FFFFFF', '1.00:1'],
    ['#767676', '#FFFFFF', '4.54:1'],
    ['#777777', '#FFFFFF', '4.47:1'],
    ['#003399', '#FFFFFF', '10.86:1'],
    ['#FFCC00', '#FFFFFF', '1.51:1'],
    ['#595959', '#FFFFFF', '7.00:1'],
    ['#0000FF', '#000000', '2.44:1'],
    ['#FF0000', '#FFFFFF', '3.99:1'],
  ])('%s against %s is %s', (a, b, expected) => {
    expect(formatRatio(contrastRatio(rgb(a), rgb(b)))).toBe(expected);
    // The same whichever is the foreground.
    expect(contrastRatio(rgb(b), rgb(a))).toBeCloseTo(contrastRatio(rgb(a), rgb(b)), 12);
  });

  it.each([
    ['#000000', 0],
    ['#FFFFFF', 1],
    ['#808080', 0.2158605],
  ])('relative luminance of %s is %f', (hex, luminance) => {
    expect(relativeLuminance(rgb(hex))).toBeCloseTo(luminance, 6);
  });

  it('cuts the ratio it shows instead of rounding it up to a pass', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });

  it.each([
    ['#003399', '#003399'],
    ['#039', '#003399'],
    ['#abcdef', '#ABCDEF'],
    ['003399', undefined],
    ['#00339', undefined],
    ['#0033999', undefined],
    ['blue', undefined],
    ['#GG3399', undefined],
  ])('colour %s reads as %s', (input, expected) => {
    expect(normaliseHexColour(input)).toBe(expected);
  });
});

const GOOD = AA_PALETTE;

describe('branding contrast pairs (AA)', () => {
  it('passes the shipped palette', () => {
    expect(contrastProblems(GOOD)).toEqual([]);
  });

  it.each([
    [
      { subtle: '#777777' },
      ['colours.subtle: #777777 on colours.background #FFFFFF has contrast 4.47:1; timestamps and the line saying what is kept need at least 4.5:1 (WCAG 2.1 AA for text)'],
    ],
    [
      { onPrimary: '#FFCC00', primary: '#FFFFFF' },
      [
        "colours.onPrimary: #FFCC00 on colours.primary #FFFFFF has contrast 1.51:1; the panel heading, the visitor's messages and the launcher's icon need at least 4.5:1 (WCAG 2.1 AA for text)",
        'colours.primary: #FFFFFF on colours.background #FFFFFF has contrast 1.00:1; the send button and suggested actions against the panel need at least 3:1 (WCAG 2.1 AA for controls and focus outlines)',
      ],
    ],
    // 3.99:1 is enough for a control, not for text.
    [{ focus: '#FF0000' }, []],
    [{ link: '#FF0000' }, [expect.stringMatching(/^colours\.link: #FF0000 on colours\.background #FFFFFF has contrast 3\.99:1; the privacy notice link need at least 4\.5:1/), expect.stringMatching(/^colours\.link: #FF0000 on colours\.botBubble #F2F2F2 has contrast 3\.\d\d:1/)]],
    [{ focus: '#AAAAAA' }, [expect.stringMatching(/^colours\.focus: #AAAAAA on colours\.background #FFFFFF has contrast 2\.32:1; the keyboard focus outline need at least 3:1/)]],
    [
      { botBubble: '#555555' },
      [
        expect.stringMatching(/^colours\.text: #1B1B1B on colours\.botBubble #555555 has contrast 2\.31:1; the bot's messages need at least 4\.5:1/),
        expect.stringMatching(/^colours\.link: #003399 on colours\.botBubble #555555 has contrast 1\.45:1; links in the bot's messages need/),
      ],
    ],
  ])('with %o it reports %o', (change, expected) => {
    const messages = contrastProblems({ ...GOOD, ...change }).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual(expected);
  });
});
