import { PNG } from 'pngjs';

/**
 * Teams' rules for the two icons of an app package. The icons themselves are files the comms
 * team keeps in branding/ (teams.icons in branding.yaml): colour, 192×192; outline, 32×32 and
 * white on transparent only — Teams rejects an outline icon with any other colour.
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export type Rgba = readonly [number, number, number, number];

export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  pixel(x: number, y: number): Rgba;
}

export function decodePng(bytes: Buffer): DecodedImage {
  const png = PNG.sync.read(bytes);
  return {
    width: png.width,
    height: png.height,
    pixel: (x, y) => {
      const at = (y * png.width + x) * 4;
      const byte = (i: number): number => png.data[at + i] ?? 0;
      return [byte(0), byte(1), byte(2), byte(3)];
    },
  };
}

/**
 * Teams' outline rule: white on transparent. Any opacity of white is fine (anti-aliased edges);
 * any other colour is not, and an icon with no visible pixel would show nothing.
 */
export function outlineColourProblem(image: DecodedImage): string | undefined {
  let visible = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const [r, g, b, a] = image.pixel(x, y);
      if (a === 0) continue;
      if (r !== 255 || g !== 255 || b !== 255) return `pixel (${x}, ${y}) is rgba(${r}, ${g}, ${b}, ${a}); only white and transparent are allowed`;
      visible++;
    }
  }
  return visible === 0 ? 'has no white pixel: the icon would be invisible' : undefined;
}
