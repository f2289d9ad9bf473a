/**
 * The link between a hand-off request in the outbox and the turn that confirmed it: the turn
 * lists the request's id in its own conversation state (Turn.listInCommit), so the id is stored
 * exactly when, and only if, the turn's state is committed. A worker that finds it there knows
 * the person was told the request is on its way; one that does not, does not send it. Ids only.
 */

/** The conversation state's property listing the hand-off requests its turns confirmed. */
export const HANDOFF_COMMITS_PROPERTY = 'handoffCommits';

/** Only the latest are kept: a worker reads them within seconds of the commit. */
const KEPT = 20;

/** The list with `id` added last (once), and only the latest kept. */
export function withCommit(ids: readonly string[], id: string): string[] {
  return [...ids.filter((known) => known !== id), id].slice(-KEPT);
}

/** Whether a stored conversation state (as storage reads it) lists request `id`. */
export function stateLists(state: unknown, id: string): boolean {
  const ids = (state as Record<string, unknown> | undefined)?.[HANDOFF_COMMITS_PROPERTY];
  return Array.isArray(ids) && ids.includes(id);
}
