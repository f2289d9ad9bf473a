import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

describe("loadConfig: the curator's loop", () => {
  it('records up to 1,000 unanswered questions and offers feedback by default', () => {
    const config = loadConfig({}, null);
    expect(config.curation).toEqual({ maxQuestions: 1000, feedback: true });
    expect(Object.isFrozen(config.curation)).toBe(true);
  });

  it('reads CURATION_MAX_QUESTIONS (0 turns recording off) and CURATION_FEEDBACK', () => {
    expect(loadConfig({ CURATION_MAX_QUESTIONS: '0', CURATION_FEEDBACK: 'false' }, null).curation).toEqual({
      maxQuestions: 0,
      feedback: false,
    });
    expect(loadConfig({ CURATION_MAX_QUESTIONS: '5000', CURATION_FEEDBACK: 'on' }, null).curation).toEqual({
      maxQuestions: 5000,
      feedback: true,
    });
  });

  it.each([
    [{ CURATION_MAX_QUESTIONS: '-1' }, /CURATION_MAX_QUESTIONS must be a whole number/],
    [{ CURATION_MAX_QUESTIONS: 'many' }, /CURATION_MAX_QUESTIONS must be a whole number/],
    [{ CURATION_MAX_QUESTIONS: '100001' }, /CURATION_MAX_QUESTIONS must be between 0 and 100000/],
    [{ CURATION_FEEDBACK: 'sometimes' }, /CURATION_FEEDBACK must be true or false/],
  ])('%j is refused, naming the variable', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
  });
});
