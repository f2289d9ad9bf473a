import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadBranding } from '../../../src/core/branding/loadBranding';
import { decodePng, outlineColourProblem, type DecodedImage, type Rgba } from '../../../scripts/teams/icons';

const BRANDING = join(__dirname, '..', '..', '..', 'branding');

function pixels(image: DecodedImage): Rgba[] {
  const all: Rgba[] = [];
  for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) all.push(image.pixel(x, y));
  return all;
}

function image(width: number, height: number, paint: (x: number, y: number) => Rgba): DecodedImage {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) png.data.set(paint(x, y), (y * width + x) * 4);
  return decodePng(PNG.sync.write(png));
}

describe('Teams icons (the files in branding/)', () => {
  const { icons } = loadBranding(BRANDING).teams;

  it('colour icon: a 192×192 opaque PNG', () => {
    const icon = decodePng(icons.colour.bytes);
    expect([icon.width, icon.height]).toEqual([192, 192]);
    expect(pixels(icon).every(([, , , a]) => a === 255)).toBe(true);
  });

  it('outline icon: a 32×32 PNG with a visible mark in white and transparent only', () => {
    const icon = decodePng(icons.outline.bytes);
    expect([icon.width, icon.height]).toEqual([32, 32]);
    expect(outlineColourProblem(icon)).toBeUndefined();
    const all = pixels(icon);
    const white = all.filter(([r, g, b, a]) => a > 0 && r === 255 && g === 255 && b === 255).length;
    // A real mark, not a blank or a filled square.
    expect(white).toBeGreaterThan(50);
    expect(all.filter(([, , , a]) => a === 0).length).toBeGreaterThan((32 * 32) / 2);
  });

  it('are the bytes of the files branding.yaml names', () => {
    expect(icons.colour.bytes.equals(readFileSync(join(BRANDING, icons.colour.file)))).toBe(true);
    expect(icons.outline.bytes.equals(readFileSync(join(BRANDING, icons.outline.file)))).toBe(true);
  });
});

describe("Teams' outline rule", () => {
  it('rejects any colour but white, and an empty icon, and accepts soft white edges', () => {
    const blueDot = image(32, 32, (x, y) => (x === 5 && y === 7 ? [0, 51, 153, 255] : [0, 0, 0, 0]));
    expect(outlineColourProblem(blueDot)).toBe('pixel (5, 7) is rgba(0, 51, 153, 255); only white and transparent are allowed');
    const empty = image(32, 32, () => [0, 0, 0, 0]);
    expect(outlineColourProblem(empty)).toBe('has no white pixel: the icon would be invisible');
    const softWhite = image(32, 32, (x) => (x < 4 ? [255, 255, 255, 128] : [0, 0, 0, 0]));
    expect(outlineColourProblem(softWhite)).toBeUndefined();
  });
});
