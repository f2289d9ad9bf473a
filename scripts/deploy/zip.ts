import { createWriteStream, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import { openPromise } from 'yauzl';
import { ZipFile } from 'yazl';

export interface ZipSummary {
  readonly files: number;
  /** Symbolic links left out (npm's node_modules/.bin shims): App Service's zip deploy does not keep them. */
  readonly skippedLinks: number;
}

/**
 * Zips the contents of `folder` (not the folder itself) into `zipPath`, keeping file modes, one
 * file open at a time (yazl reads each file when its turn comes: node_modules holds ~20,000).
 */
export async function zipFolder(folder: string, zipPath: string): Promise<ZipSummary> {
  mkdirSync(dirname(zipPath), { recursive: true });
  const zip = new ZipFile();
  const written = finished(zip.outputStream.pipe(createWriteStream(zipPath)));
  let files = 0;
  let skippedLinks = 0;
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = join(dir, entry.name);
      const name = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) skippedLinks++;
      else if (entry.isDirectory()) walk(abs, name);
      else if (entry.isFile()) {
        const stat = lstatSync(abs);
        // A fixed time keeps the same tree's zip the same, byte for byte.
        zip.addFile(abs, name, { mode: stat.mode, mtime: new Date('2000-01-01T00:00:00Z') });
        files++;
      }
    }
  };
  walk(folder, '');
  zip.end();
  await written;
  return { files, skippedLinks };
}

/**
 * Unzips `zipPath` into `dest` as App Service's zip deploy would: files with their modes. yauzl
 * refuses entries whose names would leave `dest` (absolute, `..`).
 */
export async function unzipTo(zipPath: string, dest: string): Promise<number> {
  const zip = await openPromise(zipPath, { lazyEntries: true, strictFileNames: true });
  let files = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const target = join(dest, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      const mode = (entry.externalFileAttributes >>> 16) & 0o777;
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target, { mode: mode || 0o644 }));
      files++;
    }
  } finally {
    zip.close();
  }
  return files;
}
