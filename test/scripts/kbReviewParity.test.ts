/**
 * `npm run kb:review` and the insights page show the same numbers: on one curation store, filled
 * by the real bot, the command's text and the page's tables (the data /insights/api/report
 * answers) list the same groups with the same sizes and the same votes per entry.
 */
import { MemoryStorage, type Activity, type CardAction } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buildReview, formatReview } from '../../scripts/review';
import { MemoryAggregateStore } from '../../src/adapters/storage/memoryAggregateStore';
import { Curation } from '../../src/app/curation/curation';
import { CurationRecorder } from '../../src/app/curation/curationRecorder';
import { CurationStore } from '../../src/app/curation/curationStore';
import { createInsights } from '../../src/app/insights/createInsights';
import type { InsightsTable } from '../../src/core/insights/insightsTables';
import type { Lang } from '../../src/core/language/languages';
import { LocalRecognizer } from '../../src/core/understanding/localRecognizer';
import { shippedKnowledge } from '../support/shippedKnowledge';
import { CONTACT, createTestBot, recordingLogger } from '../support/testBot';

const kb = shippedKnowledge();
const recognizer = new LocalRecognizer(kb);
const vectorise = (text: string, lang: Lang) => recognizer.termVector(text, lang);

const voteAction = (activity: Partial<Activity> | undefined, vote: 'up' | 'down'): CardAction =>
  (activity?.suggestedActions?.actions ?? []).find((a) => (a.value as { feedback?: string } | undefined)?.feedback === vote)!;

/** The lines of one section of the command's text: from its heading to the next blank line. */
function section(text: string, heading: string): string[] {
  const start = text.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rest = text.slice(start).split('\n').slice(1);
  const end = rest.indexOf('');
  return end < 0 ? rest : rest.slice(0, end);
}

/** The command's groups of a section, as [size, question] — what the page's table rows hold in columns 1 and 3. */
const commandGroups = (lines: string[]): [string, string][] =>
  lines.flatMap((line) => {
    const match = /^ +(\d+)× \[\w\w\] (".*?") {2}\(/.exec(line);
    return match ? [[match[1]!, JSON.parse(match[2]!) as string] as [string, string]] : [];
  });

const pageGroups = (table: InsightsTable | undefined): [string, string][] =>
  (table?.rows ?? []).map((row) => [String(row[0]), String(row[2])]);

describe('kb:review and the insights page', () => {
  it('show the same groups, sizes and votes for the same records', async () => {
    const store = new CurationStore(new MemoryStorage(), 100);
    const recorder = new CurationRecorder(store, recordingLogger());
    const bot = createTestBot({
      curation: ({ replies }) => new Curation({ recorder, recordQuestions: true, offerFeedback: true, replies, email: CONTACT }),
    });
    for (const text of [
      'What is the capital of France?',
      'capital of France',
      'Who won the football match yesterday?',
      '¿Cuál es la capital de Francia?',
    ])
      await bot.say(text);
    for (const [question, vote] of [
      ['Who funds MIEUX+?', 'down'],
      ['Which regions does MIEUX+ cover?', 'down'],
      ['Which regions does MIEUX+ cover?', 'up'],
      ['What is MIEUX+?', 'up'],
    ] as const) {
      const [answer] = await bot.say(question);
      await bot.send({ type: 'message', value: voteAction(answer, vote).value });
    }
    await recorder.flush();

    const command = formatReview(await buildReview(store, vectorise), kb, 1000);
    const insights = createInsights(
      new MemoryAggregateStore({ maxDays: 90 }),
      { entryIds: () => kb.entries.keys(), titleOf: (lang) => (id) => kb.entries.get(id)?.text[lang].title, curation: store, vectorise },
      { retentionDays: 90 },
      recordingLogger(),
    );
    const { tables } = await insights.payload({ from: insights.today(), to: insights.today() }, 'en');
    const table = (id: string) => tables.find((t) => t.id === id);

    const unanswered = commandGroups(section(command, 'Unanswered questions:'));
    expect(unanswered.length).toBeGreaterThanOrEqual(2);
    expect(pageGroups(table('unanswered'))).toEqual(unanswered);
    const doubtful = commandGroups(section(command, 'Answers that may have been wrong'));
    expect(doubtful.length).toBeGreaterThanOrEqual(1);
    expect(pageGroups(table('doubtful'))).toEqual(doubtful);

    const commandVotes = section(command, 'Entries by negative feedback').map((line) => {
      const match = /👎 +(\d+) +👍 +(\d+) .*? {2}([a-z0-9-]+) \(/.exec(line);
      return match ? [match[3], match[1], match[2]] : line;
    });
    const pageVotes = (table('feedback')?.rows ?? []).map((row) => [row[0], String(row[2]), String(row[3])]);
    expect(pageVotes).toEqual(commandVotes);
    expect(pageVotes).toContainEqual(['regions', '1', '1']);
    await insights.stop(1_000);
  });
});
