import { readFileSync } from 'node:fs';

/** A built file's text, or undefined when it has not been built (`npm run dev` without `npm run build`). */
export function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
