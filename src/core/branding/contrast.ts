/**
 * WCAG 2.x contrast, computed as the recommendation defines it: the relative luminance of each
 * sRGB colour, then (lighter + 0.05) / (darker + 0.05). No rounding before comparing: 4.49:1 is
 * not 4.5:1.
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** '#003399' or '#039' → [0, 51, 153]; undefined for anything else. */
export function parseHexColour(value: string): Rgb | undefined {
  if (!HEX.test(value)) return undefined;
  const digits = value.length === 4 ? value.slice(1).replace(/./g, (d) => d + d) : value.slice(1);
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16)) as unknown as Rgb;
}

/** '#039' → '#003399': one spelling, so what is shown, compared and sent to Teams agrees. */
export function normaliseHexColour(value: string): string | undefined {
  const rgb = parseHexColour(value);
  return rgb && `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function channel(value: number): number {
  const c = value / 255;
  // WCAG 2.0 printed 0.03928, the sRGB standard says 0.04045; no 8-bit value lies between them.
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** From 1 (the same colour) to 21 (black on white), whichever is the foreground. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** Shown cut, not rounded, to two decimals: a failing 4.499 must not read as 4.50. */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/** WCAG 2.1 AA: 1.4.3 for text, 1.4.11 for user interface components and focus indicators. */
export const AA_MINIMUM = { text: 4.5, largeText: 3, ui: 3 } as const;
export type ContrastKind = keyof typeof AA_MINIMUM;
