import { describe, expect, it } from 'vitest';
import { handoffRequestKey } from '../../../src/core/handoff/requestKey';

const confirming = { channelId: 'directline', conversation: { id: 'conv-1' }, id: 'conv-1|0000007' };

describe('handoffRequestKey', () => {
  it('is the same for the same confirming message, so a retried turn names the same request', () => {
    expect(handoffRequestKey(confirming)).toBe(handoffRequestKey({ ...confirming }));
  });

  it.each([
    ['another message', { ...confirming, id: 'conv-1|0000009' }],
    ['another conversation', { ...confirming, conversation: { id: 'conv-2' } }],
    ['another channel', { ...confirming, channelId: 'msteams' }],
  ])('differs for %s', (_kind, other) => {
    expect(handoffRequestKey(other)).not.toBe(handoffRequestKey(confirming));
  });

  it.each([
    ['an object', {}],
    ['an array', ['x']],
    ['a number', 7],
    ['an empty string', ''],
    ['a string with a line break', 'a\nb'],
    ['a very long string', 'x'.repeat(1_000)],
  ])('an activity id that is %s does not make two requests one', (_kind, id) => {
    const first = handoffRequestKey({ ...confirming, id });
    const second = handoffRequestKey({ ...confirming, id });
    expect(first).not.toBe(second);
    expect(first).not.toContain('object');
  });
});
