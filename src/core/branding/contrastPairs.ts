import { AA_MINIMUM, contrastRatio, formatRatio, parseHexColour, type ContrastKind } from './contrast';
import type { ColourRole, Colours } from './types';

/** A colour drawn on another somewhere in the widget, the page or Web Chat. */
export interface ContrastPair {
  readonly foreground: ColourRole;
  readonly background: ColourRole;
  readonly kind: ContrastKind;
  /** What a visitor would fail to see, for the message. */
  readonly use: string;
}

/**
 * Every pairing the widget and Web Chat draw (see webChatStyle.ts and src/widget/styles.ts). The
 * launcher also sits on the host website, whose colours are not ours: its outline keeps it apart.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'onPrimary', background: 'primary', kind: 'text', use: "the panel heading, the visitor's messages and the launcher's icon" },
  { foreground: 'text', background: 'background', kind: 'text', use: 'text in the panel' },
  { foreground: 'text', background: 'botBubble', kind: 'text', use: "the bot's messages" },
  { foreground: 'subtle', background: 'background', kind: 'text', use: 'timestamps and the line saying what is kept' },
  { foreground: 'link', background: 'background', kind: 'text', use: 'the privacy notice link' },
  { foreground: 'link', background: 'botBubble', kind: 'text', use: "links in the bot's messages" },
  { foreground: 'primary', background: 'background', kind: 'ui', use: 'the send button and suggested actions against the panel' },
  { foreground: 'focus', background: 'background', kind: 'ui', use: 'the keyboard focus outline' },
];

const KIND_NAMES: Readonly<Record<ContrastKind, string>> = { text: 'text', largeText: 'large text', ui: 'controls and focus outlines' };

export interface ContrastProblem {
  readonly field: string;
  readonly message: string;
}

/** One problem per pair below WCAG 2.1 AA; colours that do not parse are reported elsewhere. */
export function contrastProblems(colours: Colours): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const pair of CONTRAST_PAIRS) {
    const fg = parseHexColour(colours[pair.foreground]);
    const bg = parseHexColour(colours[pair.background]);
    if (!fg || !bg) continue;
    const ratio = contrastRatio(fg, bg);
    const minimum = AA_MINIMUM[pair.kind];
    if (ratio >= minimum) continue;
    problems.push({
      field: `colours.${pair.foreground}`,
      message:
        `${colours[pair.foreground]} on colours.${pair.background} ${colours[pair.background]} has contrast ${formatRatio(ratio)}; ` +
        `${pair.use} need at least ${minimum}:1 (WCAG 2.1 AA for ${KIND_NAMES[pair.kind]})`,
    });
  }
  return problems;
}
