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
 * Runs one turn so that, with several instances sharing one storage, two turns of one conversation
 * neither lose each other's state nor send a reply twice: replies are held, the state is saved with
 * the eTag it was read with, a conflict re-runs the turn on fresh state, and only the committed
 * attempt's replies go out, then its afterCommit work. `states` lists every BotState the turn writes.
 * Design and limits: docs/architecture.md#committed-turns-committedturnts
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
