/**
 * Waits for `work` for at most `timeoutMs`: true if it settled in time, false if not (it goes on
 * in the background). A rejection of `work` within the time is passed on. The timer is cleared
 * either way, so a shutdown is not held up by it.
 */
export async function waitAtMost(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([work.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
