import { bool, integer, type Env } from './env';

export interface CurationConfig {
  /** How many unanswered questions are kept (the oldest go first); 0 = none are recorded. */
  readonly maxQuestions: number;
  /** Offer helpful / not helpful buttons after an answer. */
  readonly feedback: boolean;
}

export function curationConfig(env: Env): CurationConfig {
  return {
    maxQuestions: integer(env, 'CURATION_MAX_QUESTIONS', 1_000, 0, 100_000),
    feedback: bool(env, 'CURATION_FEEDBACK', true),
  };
}
