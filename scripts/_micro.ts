import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from '../src/bot/adapter';
import { loadConfig } from '../src/config';
import { composeBot } from '../src/index';
import { createLogger } from '../src/logger';
const config = loadConfig({ LOG_LEVEL: 'silent' }, null);
const { adapter, bot } = composeBot(config, createLogger('silent'));
const echoAdapter = createAdapter(config.bot);
const echo = { run: async (c: TurnContext) => { await c.sendActivity(c.activity.text ?? ''); } };
const qs = ['¿Quién financia MIEUX+?', 'What are the five areas?', 'Comment devenir expert ?', 'hola', 'what is the capital of France'];
const act = (n: number) => ({ type: 'message', id: 'a' + n, channelId: 'bench', serviceUrl: 'http://127.0.0.1:9/', deliveryMode: 'expectReplies', locale: 'es', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' + (n % 200) }, text: qs[n % 5] }) as unknown as Activity;
async function time(name: string, f: (n: number) => Promise<unknown>) {
  for (let i = 0; i < 2000; i++) await f(i);
  const t0 = process.hrtime.bigint(); const N = 10000;
  for (let i = 0; i < N; i++) await f(i);
  console.log(name, Number(process.hrtime.bigint() - t0) / N / 1000, 'µs/turn');
}
(async () => {
  await time('echo', (n) => echoAdapter.handle('', act(n), (c) => echo.run(c)));
  await time('bot ', (n) => adapter.handle('', act(n), (c) => bot.run(c)));
  await time('echo', (n) => echoAdapter.handle('', act(n), (c) => echo.run(c)));
  await time('bot ', (n) => adapter.handle('', act(n), (c) => bot.run(c)));
})();
