import { PNG } from 'pngjs';

/**
 * The two icons Teams requires, drawn here so the package needs no design files: "M+" in pixel
 * cells. Colour: 192×192, white M and gold plus on EU blue. Outline: 32×32, white on transparent
 * only — Teams rejects an outline icon with any other colour.
 */

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

export type Rgba = readonly [number, number, number, number];

const EU_BLUE: Rgba = [0x00, 0x33, 0x99, 0xff];
const EU_GOLD: Rgba = [0xff, 0xcc, 0x00, 0xff];
const WHITE: Rgba = [0xff, 0xff, 0xff, 0xff];

const M = ['X.....X', 'XX...XX', 'X.X.X.X', 'X..X..X', 'X.....X', 'X.....X', 'X.....X'];
const PLUS = ['..X..', '..X..', 'XXXXX', '..X..', '..X..'];
const M_WIDTH = 7;
const PLUS_WIDTH = 5;
/** Glyph width in cells: M, one cell of space, plus. */
const WIDTH_CELLS = M_WIDTH + 1 + PLUS_WIDTH;
const HEIGHT_CELLS = M.length;

function fillRect(png: PNG, x: number, y: number, w: number, h: number, color: Rgba): void {
  for (let row = y; row < y + h; row++) {
    for (let col = x; col < x + w; col++) {
      const at = (row * png.width + col) * 4;
      png.data[at] = color[0];
      png.data[at + 1] = color[1];
      png.data[at + 2] = color[2];
      png.data[at + 3] = color[3];
    }
  }
}

function drawCells(png: PNG, cells: readonly string[], x: number, y: number, cell: number, color: Rgba): void {
  cells.forEach((line, row) => {
    // The glyphs are drawn with 'X' and '.', one ASCII character a cell.
    Array.from(line).forEach((mark, col) => {
      if (mark === 'X') fillRect(png, x + col * cell, y + row * cell, cell, cell, color);
    });
  });
}

/** "M+" centred on a square canvas, each glyph cell `cell` pixels wide. */
function drawMPlus(png: PNG, cell: number, m: Rgba, plus: Rgba): void {
  const x = Math.floor((png.width - WIDTH_CELLS * cell) / 2);
  const y = Math.floor((png.height - HEIGHT_CELLS * cell) / 2);
  drawCells(png, M, x, y, cell, m);
  // The plus is two cells shorter than the M: one cell down keeps it centred on the M.
  drawCells(png, PLUS, x + (M_WIDTH + 1) * cell, y + cell, cell, plus);
}

export function colorIcon(): Buffer {
  const png = new PNG({ width: COLOR_ICON_SIZE, height: COLOR_ICON_SIZE });
  fillRect(png, 0, 0, COLOR_ICON_SIZE, COLOR_ICON_SIZE, EU_BLUE);
  drawMPlus(png, 9, WHITE, EU_GOLD);
  return PNG.sync.write(png);
}

export function outlineIcon(): Buffer {
  // A new PNG's pixels are all 0: fully transparent.
  const png = new PNG({ width: OUTLINE_ICON_SIZE, height: OUTLINE_ICON_SIZE });
  drawMPlus(png, 2, WHITE, WHITE);
  return PNG.sync.write(png);
}

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
