/**
 * The well-behaved client of `npm run abuse`, in a process of its own so that what it measures
 * is the bot's latency, not the hostile load generator's own event loop: a person at the web
 * chat (Direct Line: a question, then a poll for the answer) and a channel on /api/messages
 * (expectReplies), each from an address of its own, one request at a time, each timed.
 * argv: the bot's base URL, then the seconds to run; the result goes to the parent over IPC.
 */
import { activity, Client, poll, postActivity, startConversation, token } from './hostile';
import { cycle } from './cycle';

const QUESTIONS = [
  'Who funds MIEUX+?',
  'What are the thematic areas?',
  'How can I become an expert?',
  'Which regions does MIEUX+ work in?',
];

export interface WellBehavedResult {
  readonly postMs: number[];
  readonly pollMs: number[];
  readonly apiMs: number[];
  /** Answers other than 2xx, and connection errors, by kind. */
  readonly errors: Readonly<Record<string, number>>;
}

/** People at the web chat, each from an address of its own with one conversation. */
const PEOPLE = 4;
/** What a person takes to read an answer and type the next question (short: a busy person). */
const READING_MS = 1_500;
/** A channel's turns on /api/messages: this many per conversation, then a new conversation. */
const TURNS_PER_CHANNEL_CONVERSATION = 10;
const CHANNEL_PAUSE_MS = 250;

type Timer = <T extends { status: number }>(samples: number[], what: string, call: () => Promise<T>) => Promise<T>;

async function person(
  base: string,
  address: string,
  deadline: number,
  timed: Timer,
  samples: { postMs: number[]; pollMs: number[] },
  fail: (what: string) => void,
): Promise<void> {
  const client = new Client(base, address, 2);
  let turn = 0;
  let conversation: { token: string; id: string; watermark: string } | undefined;
  while (Date.now() < deadline) {
    try {
      if (!conversation) {
        const issued = await token(client);
        const started = issued.token ? await startConversation(client, issued.token) : undefined;
        if (!issued.token || !started?.conversationId) {
          fail(`start ${started?.status ?? issued.status}`);
          await new Promise((r) => setTimeout(r, READING_MS));
          continue;
        }
        conversation = { token: issued.token, id: started.conversationId, watermark: '' };
      }
      const c = conversation;
      const question = cycle(QUESTIONS, turn++, 'wellBehaved QUESTIONS');
      await timed(samples.postMs, 'direct line post', () =>
        postActivity(client, c.token, c.id, JSON.stringify({ type: 'message', text: question })),
      );
      const page = await timed(samples.pollMs, 'direct line poll', () => poll(client, c.token, c.id, c.watermark));
      const watermark = /"watermark":"(\d+)"/.exec(page.text)?.[1];
      if (watermark) c.watermark = watermark;
    } catch (error) {
      fail((error as NodeJS.ErrnoException).code ?? 'error');
    }
    await new Promise((r) => setTimeout(r, READING_MS));
  }
  client.close();
}

async function channel(
  base: string,
  address: string,
  deadline: number,
  timed: Timer,
  apiMs: number[],
  fail: (what: string) => void,
): Promise<void> {
  const client = new Client(base, address, 2);
  for (let turn = 0; Date.now() < deadline; turn += 1) {
    try {
      const conversationId = `${address}-${Math.floor(turn / TURNS_PER_CHANNEL_CONVERSATION)}`;
      const body = activity({
        text: cycle(QUESTIONS, turn, 'wellBehaved QUESTIONS'),
        conversationId,
        serviceUrl: 'http://127.0.0.1:9',
        expectReplies: true,
      });
      await timed(apiMs, '/api/messages', () => client.request('POST', '/api/messages', { body }));
    } catch (error) {
      fail((error as NodeJS.ErrnoException).code ?? 'error');
    }
    await new Promise((r) => setTimeout(r, CHANNEL_PAUSE_MS));
  }
  client.close();
}

/**
 * PEOPLE people at the web chat (a question, then a poll for the answer, then reading) and a
 * channel on /api/messages (expectReplies), each from an address of its own, within the rate
 * limits as real ones are, each request timed.
 */
export async function wellBehaved(base: string, deadline: number): Promise<WellBehavedResult> {
  const result = { postMs: [] as number[], pollMs: [] as number[], apiMs: [] as number[], errors: {} as Record<string, number> };
  const fail = (what: string) => void (result.errors[what] = (result.errors[what] ?? 0) + 1);
  const timed: Timer = async (samples, what, call) => {
    const started = performance.now();
    const answer = await call();
    samples.push(performance.now() - started);
    if (answer.status >= 300) fail(`${what} ${answer.status}`);
    return answer;
  };
  await Promise.all([
    ...Array.from({ length: PEOPLE }, (_, i) => person(base, `127.0.0.${200 + i}`, deadline, timed, result, fail)),
    channel(base, '127.0.0.210', deadline, timed, result.apiMs, fail),
  ]);
  return result;
}

if (require.main === module) {
  const [base = '', seconds = '0'] = process.argv.slice(2);
  // The parent going away (even killed) closes the IPC channel: never outlive it.
  process.once('disconnect', () => process.exit(0));
  void wellBehaved(base, Date.now() + Number(seconds) * 1_000).then((result) => process.send?.(result, () => process.exit(0)));
}
