import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../../src/config';
import { WIDGET_CONFIG_PLACEHOLDER } from '../../src/core/branding/widgetContract';

/**
 * Part of `npm run build`: bundles the launcher script (src/widget, TypeScript) into one small
 * ES2019 file, dist/widget/widget.js, that the server serves with the configuration written in
 * (injectWidgetConfig in src/core/branding/widgetConfig.ts). esbuild, not tsc, because the
 * widget is several modules that must reach the browser as one classic script, minified.
 */
export const WIDGET_ENTRY = join(PROJECT_ROOT, 'src', 'widget', 'main.ts');
export const WIDGET_OUT_DIR = join(PROJECT_ROOT, 'dist', 'widget');
export const WIDGET_FILE = 'widget.js';

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function sizesOf(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The bundled widget, in memory, with the configuration placeholder still in it. */
export async function bundleWidget(options: { minify?: boolean } = {}): Promise<string> {
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: options.minify ?? true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const found = code.split(WIDGET_CONFIG_PLACEHOLDER).length - 1;
  // The server replaces exactly one: a minifier that renamed or copied it would break that.
  if (found !== 1) throw new Error(`bundleWidget(): the bundle must contain ${WIDGET_CONFIG_PLACEHOLDER} exactly once, found ${found}`);
  return code;
}

export async function buildWidget(outDir = WIDGET_OUT_DIR): Promise<{ path: string; sizes: Sizes }> {
  const code = await bundleWidget();
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, WIDGET_FILE);
  writeFileSync(path, code);
  return { path, sizes: sizesOf(Buffer.from(code, 'utf8')) };
}

if (require.main === module) {
  buildWidget().then(
    ({ sizes }) =>
      console.log(
        `widget.js built to dist/widget: ${sizes.raw} bytes, ${sizes.gzip} gzip, ${sizes.brotli} brotli (before the configuration is written in)`,
      ),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
