import { STRINGS } from '../../../src/core/i18n/strings';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { ConsoleAdapter } from '../../../src/hosting/botframework/consoleAdapter';
import { loadConfig } from '../../../src/config';
import { composeBot } from '../../../src/index';
import { createLogger } from '../../../src/logger';
import { replyText, shippedKnowledge } from '../../support/shippedKnowledge';

const ROOT = join(__dirname, '..', '..', '..');

describe('ConsoleAdapter', () => {
  it('runs the composed bot in-process: welcome, then answers', async () => {
    const { bot } = composeBot(loadConfig({}, null), createLogger('silent'));
    const printed: Partial<Activity>[] = [];
    const adapter = new ConsoleAdapter((a) => printed.push(a), 'en-US');
    await adapter.start((context) => bot.run(context));
    await adapter.say('Who funds MIEUX+?', (context) => bot.run(context));
    expect(printed.map((a) => a.text)).toEqual([STRINGS['bot.welcome'].en, replyText('funding', 'en')]);
  });
});

describe('npm run chat', () => {
  it('answers what is typed on standard input and picks buttons by number', async () => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/chat.ts', '--lang', 'fr'], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stdin.end('Qui finance MIEUX+ ?\n1\nexit\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const kb = shippedKnowledge();
    expect(code).toBe(0);
    expect(out).toContain(STRINGS['bot.welcome'].fr);
    expect(out).toContain(kb.entries.get('funding')!.text.fr.answer);
    const firstFollowUp = kb.entries.get(kb.entries.get('funding')!.followUps[0]!)!;
    expect(out).toContain(firstFollowUp.text.fr.answer);
  }, 30_000);
});
