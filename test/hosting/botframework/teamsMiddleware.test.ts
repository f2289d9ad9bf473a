import { describe, expect, it } from 'vitest';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { TeamsMiddleware } from '../../../src/hosting/botframework/teamsMiddleware';
import { forTeams, textMessage } from '../../../src/hosting/botframework/replyActivity';

const BOT = { id: '28:bot-id', name: 'MIEUX+' };

/** An adapter with the middleware, whose bot records the text it saw and replies with a list and buttons. */
function harness() {
  const seen: (string | undefined)[] = [];
  const adapter = new TestAdapter(async (context: TurnContext) => {
    seen.push(context.activity.text);
    await context.sendActivity(textMessage('Topics:\n- one\n- two', 'en', ['One', 'Two']));
  });
  adapter.use(new TeamsMiddleware());
  const send = async (activity: Partial<Activity>) => {
    const before = adapter.activeQueue.length;
    await adapter.receiveActivity({ recipient: BOT, ...activity });
    return adapter.activeQueue.splice(before);
  };
  return { seen, send };
}

describe('TeamsMiddleware', () => {
  it('leaves other channels alone: suggested actions and Markdown as the bot wrote them', async () => {
    const { seen, send } = harness();
    const [reply] = await send({
      type: 'message',
      channelId: 'webchat',
      text: '<at>MIEUX+</at> hi',
      conversation: { id: 'c', conversationType: 'channel', isGroup: true, name: '' },
    });
    expect(seen).toEqual(['<at>MIEUX+</at> hi']);
    expect(reply?.text).toBe('Topics:\n- one\n- two');
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(['One', 'Two']);
  });

  it('in Teams, adapts what the bot sends and strips the mention from what it reads', async () => {
    const { seen, send } = harness();
    const entities = [{ type: 'mention', mentioned: BOT, text: '<at>MIEUX+</at>' }];
    const [reply] = await send({
      type: 'message',
      channelId: 'msteams',
      text: '<at>MIEUX+</at> hi',
      entities,
      conversation: { id: 'c', conversationType: 'channel', isGroup: true, name: '' },
    });
    expect(seen).toEqual(['hi']);
    expect(reply?.text).toBe('Topics:\n\n• one\n\n• two');
    expect(reply?.suggestedActions).toBeUndefined();
    expect(reply?.attachments).toHaveLength(1);
  });

  it('in a Teams channel, a message without mention never reaches the bot', async () => {
    const { seen, send } = harness();
    const replies = await send({
      type: 'message',
      channelId: 'msteams',
      text: 'hi',
      conversation: { id: 'c', conversationType: 'channel', isGroup: true, name: '' },
    });
    expect(replies).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('a Teams event that is not a message reaches the bot unchanged', async () => {
    const { seen, send } = harness();
    const replies = await send({
      type: 'conversationUpdate',
      channelId: 'msteams',
      conversation: { id: 'c', conversationType: 'channel', isGroup: true, name: '' },
    });
    expect(seen).toEqual([undefined]);
    expect(replies[0]?.suggestedActions).toBeUndefined();
  });
});

describe('forTeams', () => {
  it('keeps plain text and non-message activities as they are', () => {
    const plain = { ...textMessage('a\n- b', 'en'), textFormat: 'plain' };
    expect(forTeams(plain).text).toBe('a\n- b');
    const typing: Partial<Activity> = { type: 'typing' };
    expect(forTeams(typing)).toBe(typing);
  });
});
