import { describe, expect, it } from 'vitest';
import { annotateRequest, createLogger, currentRequestScope, runInRequestScope } from '../src/logger';

function capture(level: Parameters<typeof createLogger>[0] = 'debug') {
  const lines: string[] = [];
  const logger = createLogger(level, (line) => lines.push(line));
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('createLogger (pino)', () => {
  it('writes one JSON object per line: level as a word, ISO time, pid, hostname, fields, msg', () => {
    const { logger, lines, parsed } = capture();
    logger.info('listening', { port: 3978, entries: 30 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const [line] = parsed();
    expect(line).toMatchObject({ level: 'info', msg: 'listening', port: 3978, entries: 30, pid: process.pid });
    expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
    expect(typeof line!.hostname).toBe('string');
  });

  it('drops lines below its level, and writes nothing when silent', () => {
    const warn = capture('warn');
    warn.logger.debug('d');
    warn.logger.info('i');
    warn.logger.warn('w');
    warn.logger.error('e');
    expect(warn.parsed().map((l) => [l.level, l.msg])).toEqual([
      ['warn', 'w'],
      ['error', 'e'],
    ]);
    const silent = capture('silent');
    silent.logger.error('e');
    expect(silent.lines).toEqual([]);
  });

  it('inside a request scope every line carries its reqId, also after awaits; outside, none', async () => {
    const { logger, parsed } = capture();
    logger.info('before');
    await runInRequestScope({ requestId: 'req-42', fields: {} }, async () => {
      logger.info('start');
      await new Promise((resolve) => setTimeout(resolve, 5));
      await Promise.resolve();
      logger.warn('later');
    });
    logger.info('after');
    expect(parsed().map((l) => [l.msg, l.reqId])).toEqual([
      ['before', undefined],
      ['start', 'req-42'],
      ['later', 'req-42'],
      ['after', undefined],
    ]);
  });

  it('two requests at once keep their own ids', async () => {
    const { logger, parsed } = capture();
    const one = (id: string, delay: number) =>
      runInRequestScope({ requestId: id, fields: {} }, async () => {
        await new Promise((resolve) => setTimeout(resolve, delay));
        logger.info(`from ${id}`);
      });
    await Promise.all([one('a', 10), one('b', 1)]);
    expect(parsed().map((l) => [l.msg, l.reqId])).toEqual([
      ['from b', 'b'],
      ['from a', 'a'],
    ]);
  });

  it('annotateRequest adds to the scope of the request being handled, and is a no-op outside one', () => {
    const scope = { requestId: 'r', fields: {} as Record<string, string | number | boolean | undefined> };
    runInRequestScope(scope, () => annotateRequest({ channel: 'webchat' }));
    expect(scope.fields).toEqual({ channel: 'webchat' });
    expect(currentRequestScope()).toBeUndefined();
    expect(() => annotateRequest({ channel: 'x' })).not.toThrow();
  });
});
