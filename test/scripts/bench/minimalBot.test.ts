import { describe, expect, it } from 'vitest';
import { TestAdapter, type Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config';
import { loadKnowledge } from '../../../src/core/knowledge/loadKnowledge';
import { minimalBot } from '../../../scripts/bench/minimalBot';

const config = loadConfig({}, null);
const kb = loadKnowledge(config.knowledgeDir);

/** The benchmark's reference bot must really understand and remember, or the comparison means nothing. */
describe("the benchmark's minimal bot", () => {
  it("answers with the entry's text, admits what it does not know, and keeps the conversation's language", async () => {
    const bot = minimalBot(config);
    const adapter = new TestAdapter((context) => bot.run(context));
    const texts: string[] = [];
    const say = async (text: string) => {
      await adapter.send(text);
      while (adapter.activeQueue.length > 0) texts.push((adapter.activeQueue.shift() as Partial<Activity>).text ?? '');
    };
    await say('¿Quién financia MIEUX+?');
    await say('What is the capital of France?');
    await say('¿Quién financia MIEUX+?');
    await say('mieux');
    expect(texts[0]).toBe(kb.entries.get('funding')!.text.es.answer);
    expect(texts[1]).toBe('I do not know.');
    // One word that does not tell the language: the conversation's (Spanish, written last) is
    // kept, not the client's locale (TestAdapter's is English).
    expect(texts[3]).toBe(kb.entries.get('about')!.text.es.answer);
  });
});
