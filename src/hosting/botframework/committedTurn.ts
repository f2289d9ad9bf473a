import type { BotState, ResourceResponse, TurnContext } from 'botbuilder';
import { isETagConflict } from '../../adapters/storage/eTagConflict';
import { StateCommitError } from '../../errors';

export interface CommittedTurnOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  /** Waits before attempt n (n ≥ 2), so two instances that collided do not collide again in step. */
  readonly backoffMs?: (attempt: number) => number;
  /** No commit starts later than this after the turn began (see COMMIT_DEADLINE_MS). */
  readonly commitDeadlineMs?: number;
  readonly now?: () => number;
}

const DEFAULT_ATTEMPTS = 8;

/**
 * A turn starts its last state write at most this long after it began, so a turn's commit is
 * over within this plus one storage write (its tries are bounded: createStorage). What waits on
 * a commit that may still come — an outbox item before its turn commits — waits far longer.
 */
export const COMMIT_DEADLINE_MS = 60_000;

const defaultBackoff = (attempt: number): number => 5 * 2 ** (attempt - 2) + Math.random() * 25;

const AFTER_COMMIT = Symbol('after commit');

/**
 * Registers work that must happen once, and only if this turn's state is committed (an e-mail,
 * an outbox entry): the turn's logic may run more than once (see `runCommittedTurn`), so such
 * work must not be done from inside it.
 */
export function afterCommit(context: TurnContext, work: () => Promise<void>): void {
  const queue = context.turnState.get<(() => Promise<void>)[] | undefined>(AFTER_COMMIT);
  if (!queue) throw new Error('afterCommit: called outside runCommittedTurn, or after its commit');
  queue.push(work);
}

/** True inside runCommittedTurn before its commit, where afterCommit may be called. */
export function isCommitPending(context: TurnContext): boolean {
  return context.turnState.get(AFTER_COMMIT) !== undefined;
}

/**
 * Runs one turn so that, with several bot instances sharing one storage, two turns of the same
 * conversation at the same time neither lose each other's state nor send a reply twice.
 *
 * Within one process, turns of a conversation already run one after another (TurnQueue). Across
 * instances nothing orders them, so the turn is optimistic:
 *  1. Replies the logic sends are held back (an onSendActivities handler that does not pass them
 *     on yet and answers with empty ids).
 *  2. The logic runs; then each state is saved with the eTag it was read with
 *     (OptimisticConversationState).
 *  3. If a save is refused for an eTag conflict — another instance committed a turn of this
 *     conversation since we read — nothing of this attempt has left the process: its held
 *     replies are dropped, the states are read again, and the whole logic runs again on the state
 *     that now includes the other turn. Up to `maxAttempts`, with a short random back-off.
 *  4. Once the state is committed, the held replies are sent, in order, through the rest of the
 *     send pipeline, then the `afterCommit` work runs.
 *
 * So a reply is sent only for the attempt whose state was written: never twice, never for a turn
 * the state does not show. The alternative — keeping the replies already sent and merging the
 * state write — cannot be done in general (a form step's answer depends on the step it read).
 * The price: replies go out after the state write instead of while the logic runs (a turn's
 * replies reach the person together), and a send's ResourceResponse has no id (this bot never
 * updates or deletes what it sent). A reply the channel refuses after the commit fails the turn
 * as before; its state stays committed.
 *
 * `states` must list every BotState the turn writes. They are committed in order; a conflict on
 * one after an earlier one was written is not retried (re-running would apply the turn twice to
 * the state already written) but thrown. Errors other than conflicts are thrown at once, held
 * replies dropped, and the adapter's onTurnError answers; sends from there go out directly.
 */
export async function runCommittedTurn(
  context: TurnContext,
  states: readonly BotState[],
  logic: () => Promise<void>,
  options: CommittedTurnOptions = {},
): Promise<void> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  const backoffMs = options.backoffMs ?? defaultBackoff;
  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.commitDeadlineMs ?? COMMIT_DEADLINE_MS);
  const held: (() => Promise<ResourceResponse[]>)[] = [];
  const afterCommitQueue: (() => Promise<void>)[] = [];
  let holding = true;
  context.onSendActivities(async (_context, activities, next) => {
    if (!holding) return next();
    held.push(next);
    return activities.map(() => ({ id: '' }));
  });
  context.turnState.set(AFTER_COMMIT, afterCommitQueue);

  try {
    for (let attempt = 1; ; attempt += 1) {
      let committed = 0;
      let committing = false;
      try {
        await logic();
        committing = true;
        for (const state of states) {
          if (now() > deadline) throw new StateCommitError('the turn took too long');
          await state.saveChanges(context, false);
          committed += 1;
        }
        break;
      } catch (error) {
        if (error instanceof StateCommitError) throw error;
        const retry = isETagConflict(error) && committed === 0 && attempt < maxAttempts;
        // A write the storage refused (down, throttled) or a conflict past the attempts: told apart
        // from the turn's own errors, so the person hears that nothing was saved.
        if (!retry)
          throw committing && committed === 0
            ? new StateCommitError(isETagConflict(error) ? 'conflicts on every attempt' : 'the storage refused the write', error)
            : error;
        held.length = 0;
        afterCommitQueue.length = 0;
        await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt + 1)));
        for (const state of states) await state.load(context, true);
      }
    }
  } finally {
    holding = false;
    context.turnState.delete(AFTER_COMMIT);
  }
  for (const send of held.splice(0)) await send();
  for (const work of afterCommitQueue.splice(0)) await work();
}
