import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const AZURITE =
  'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';

describe('loadConfig: production settings', () => {
  it('defaults: bounded in-memory state, limits on, message texts off, public-cloud auth', () => {
    const config = loadConfig({}, null);
    expect(config.storage).toEqual({ kind: 'memory', ttlMinutes: 60, maxItems: 50_000 });
    expect(config.rateLimit).toEqual({ messagesPerMinute: 60, ipPerMinute: 600, trustProxy: false });
    expect(config.logMessageText).toBe(false);
    expect(config.channelAuth).toBeUndefined();
  });

  it('a connection string selects Azure Blob Storage, with the default or the given container', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURITE }, null).storage).toEqual({
      kind: 'blobs',
      connectionString: AZURITE,
      container: 'mieux-bot-state',
      stateTtlHours: 24,
    });
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURITE, AZURE_STORAGE_CONTAINER: 'bot-2' }, null).storage).toMatchObject({
      container: 'bot-2',
    });
  });

  it('state on Blob Storage expires after AZURE_STORAGE_STATE_TTL_HOURS, from 1 hour to a year', () => {
    expect(loadConfig({ AZURE_STORAGE_CONNECTION_STRING: AZURITE, AZURE_STORAGE_STATE_TTL_HOURS: '2' }, null).storage).toMatchObject({
      stateTtlHours: 2,
    });
    expect(() => loadConfig({ AZURE_STORAGE_STATE_TTL_HOURS: '0' }, null)).toThrow(
      /^config: AZURE_STORAGE_STATE_TTL_HOURS must be between 1 and 8760/,
    );
  });

  it('memory limits are configurable', () => {
    expect(loadConfig({ MEMORY_STATE_TTL_MINUTES: '5', MEMORY_STATE_MAX_ITEMS: '1000' }, null).storage).toEqual({
      kind: 'memory',
      ttlMinutes: 5,
      maxItems: 1000,
    });
  });

  it('limits, proxy trust and the text flag are configurable; 0 turns a limit off', () => {
    const config = loadConfig(
      { RATE_LIMIT_MESSAGES_PER_MINUTE: '0', RATE_LIMIT_IP_PER_MINUTE: '30', TRUST_PROXY: 'true', LOG_MESSAGE_TEXT: 'yes' },
      null,
    );
    expect(config.rateLimit).toEqual({ messagesPerMinute: 0, ipPerMinute: 30, trustProxy: true });
    expect(config.logMessageText).toBe(true);
  });

  it('either channel-auth setting switches to explicit settings, the other keeping the public value', () => {
    expect(loadConfig({ BotOpenIdMetadata: 'https://login.example.gov/openid' }, null).channelAuth).toEqual({
      openIdMetadataUrl: 'https://login.example.gov/openid',
      tokenIssuer: 'https://api.botframework.com',
    });
    expect(loadConfig({ ToBotFromChannelTokenIssuer: 'https://api.example.gov' }, null).channelAuth).toEqual({
      openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      tokenIssuer: 'https://api.example.gov',
    });
  });

  it.each([
    [
      { AZURE_STORAGE_CONNECTION_STRING: 'secret-value-without-shape' },
      /^config: AZURE_STORAGE_CONNECTION_STRING must be an Azure Storage connection string/,
    ],
    [{ AZURE_STORAGE_CONTAINER: 'Bad_Name' }, /^config: AZURE_STORAGE_CONTAINER must be 3 to 63 lowercase/],
    [{ AZURE_STORAGE_CONTAINER: 'ab' }, /^config: AZURE_STORAGE_CONTAINER must be 3 to 63 lowercase/],
    [{ MEMORY_STATE_TTL_MINUTES: '0' }, /^config: MEMORY_STATE_TTL_MINUTES must be between/],
    [{ MEMORY_STATE_MAX_ITEMS: 'many' }, /^config: MEMORY_STATE_MAX_ITEMS must be a whole number/],
    [{ RATE_LIMIT_MESSAGES_PER_MINUTE: '-1' }, /^config: RATE_LIMIT_MESSAGES_PER_MINUTE must be a whole number/],
    [{ TRUST_PROXY: 'maybe' }, /^config: TRUST_PROXY must be true or false/],
    [{ LOG_MESSAGE_TEXT: '2' }, /^config: LOG_MESSAGE_TEXT must be true or false/],
    [{ BotOpenIdMetadata: 'login.botframework.com' }, /^config: BotOpenIdMetadata must be an http\(s\) URL/],
    [{ BotOpenIdMetadata: 'ftp://x.example/openid' }, /^config: BotOpenIdMetadata must be an http\(s\) URL/],
  ])('fails fast on %j, naming the variable', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(message);
  });

  it('never puts the connection string in its error message', () => {
    expect(() => loadConfig({ AZURE_STORAGE_CONNECTION_STRING: 'AccountKey=very-secret' }, null)).toThrow(/^(?!.*very-secret)/);
  });
});
