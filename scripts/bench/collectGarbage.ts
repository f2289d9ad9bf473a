import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const isCallable = (value: unknown): value is () => void => typeof value === 'function';

/** A full collection, so heap figures are what is retained (the flag is set at run time; tsx owns the command line). */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  if (isCallable(gc)) gc();
}
