/**
 * The numbers that decide between answering, asking "did you mean" and admitting not knowing.
 * Tuned on the evaluation set in test/eval (`npm run eval` shows the effect of a change).
 */
export interface Tuning {
  /** Below this nothing is close enough: the bot says it does not know. */
  readonly clarifyMin: number;
  /** From here a candidate can be answered, if it leads the next one by `margin`. */
  readonly answerMin: number;
  readonly margin: number;
  /** A candidate this close to the winner is offered with it in "did you mean". */
  readonly clarifySpread: number;
  readonly maxOptions: number;
  /** What a word the knowledge base never uses weighs against the words it knows (a rare known word weighs about 3). */
  readonly unknownWordWeight: number;
  /** How much an entry the bot just offered gains, so "tell me more about the asylum one" lands on it. */
  readonly offeredBoost: number;
}

export const DEFAULT_TUNING: Tuning = Object.freeze({
  clarifyMin: 0.3,
  answerMin: 0.4,
  margin: 0.05,
  clarifySpread: 0.15,
  maxOptions: 3,
  unknownWordWeight: 1.5,
  offeredBoost: 0.1,
});
