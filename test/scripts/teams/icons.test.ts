import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { colorIcon, decodePng, outlineColourProblem, outlineIcon, type DecodedImage, type Rgba } from '../../../scripts/teams/icons';

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

describe('Teams icons', () => {
  it('colour icon: a 192×192 opaque PNG in EU blue with a white and gold mark', () => {
    const icon = decodePng(colorIcon());
    expect([icon.width, icon.height]).toEqual([192, 192]);
    const all = pixels(icon);
    expect(all.every(([, , , a]) => a === 255)).toBe(true);
    const colours = new Set(all.map(([r, g, b]) => `${r},${g},${b}`));
    expect([...colours].sort()).toEqual(['0,51,153', '255,204,0', '255,255,255']);
    expect(icon.pixel(0, 0)).toEqual([0, 51, 153, 255]);
  });

  it('outline icon: a 32×32 PNG with only white and transparent pixels', () => {
    const icon = decodePng(outlineIcon());
    expect([icon.width, icon.height]).toEqual([32, 32]);
    expect(outlineColourProblem(icon)).toBeUndefined();
    const all = pixels(icon);
    const white = all.filter(([r, g, b, a]) => a === 255 && r === 255 && g === 255 && b === 255).length;
    const transparent = all.filter(([, , , a]) => a === 0).length;
    expect(white + transparent).toBe(32 * 32);
    // A real mark, not a blank or a filled square.
    expect(white).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(32 * 32 / 2);
    expect(icon.pixel(0, 0)[3]).toBe(0);
  });

  it('the outline rule rejects any colour but white, and an empty icon, and accepts soft white edges', () => {
    const blueDot = image(32, 32, (x, y) => (x === 5 && y === 7 ? [0, 51, 153, 255] : [0, 0, 0, 0]));
    expect(outlineColourProblem(blueDot)).toBe('pixel (5, 7) is rgba(0, 51, 153, 255); only white and transparent are allowed');
    const empty = image(32, 32, () => [0, 0, 0, 0]);
    expect(outlineColourProblem(empty)).toBe('has no white pixel: the icon would be invisible');
    const softWhite = image(32, 32, (x) => (x < 4 ? [255, 255, 255, 128] : [0, 0, 0, 0]));
    expect(outlineColourProblem(softWhite)).toBeUndefined();
  });

  it('the same icons every time, so a rebuilt package is identical', () => {
    expect(colorIcon().equals(colorIcon())).toBe(true);
    expect(outlineIcon().equals(outlineIcon())).toBe(true);
  });
});
