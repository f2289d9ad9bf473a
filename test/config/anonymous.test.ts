/** Local anonymous mode (no MicrosoftAppId) is for this machine: what it listens on and whom it replies to. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const APP = { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'pw' };

describe('HOST', () => {
  it('defaults to loopback in local anonymous mode', () => {
    expect(loadConfig({}, null).host).toBe('127.0.0.1');
  });

  it('defaults to every interface with an app id, whose requests are authenticated', () => {
    expect(loadConfig(APP, null).host).toBe('0.0.0.0');
  });

  it('is what is set, in either mode', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }, null).host).toBe('0.0.0.0');
    expect(loadConfig({ ...APP, HOST: '127.0.0.1' }, null).host).toBe('127.0.0.1');
  });
});

describe('ALLOWED_SERVICE_URLS', () => {
  it('is empty by default: only loopback serviceUrls', () => {
    expect(loadConfig({}, null).allowedServiceUrls).toEqual([]);
  });

  it('lists http(s) URLs, without a trailing slash', () => {
    expect(loadConfig({ ALLOWED_SERVICE_URLS: 'https://channel.example.org/bot/, http://10.0.0.5:3000' }, null).allowedServiceUrls).toEqual(
      ['https://channel.example.org/bot', 'http://10.0.0.5:3000'],
    );
  });

  it.each(['ftp://x.example.org', 'not a url', 'https://x.example.org/?q=1', 'https://user:pw@x.example.org'])(
    'refuses %j, naming the variable',
    (value) => {
      expect(() => loadConfig({ ALLOWED_SERVICE_URLS: value }, null)).toThrow(/^config: ALLOWED_SERVICE_URLS must list/);
    },
  );
});
