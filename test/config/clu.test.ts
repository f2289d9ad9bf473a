import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';

const CLU = {
  CLU_ENDPOINT: 'https://mieux.cognitiveservices.azure.com/',
  CLU_API_KEY: 'key',
  CLU_PROJECT_NAME: 'mieux-plus',
  CLU_DEPLOYMENT_NAME: 'production',
};

describe('loadConfig: Azure CLU', () => {
  it('is off when none of the four variables is set', () => {
    expect(loadConfig({}, null).clu).toBeUndefined();
    expect(loadConfig({ CLU_TIMEOUT_MS: '900', CLU_MIN_CONFIDENCE: '0.8' }, null).clu).toBeUndefined();
  });

  it('is on with all four, with the default budget and confidence', () => {
    const config = loadConfig(CLU, null);
    expect(config.clu).toEqual({
      endpoint: 'https://mieux.cognitiveservices.azure.com',
      apiKey: 'key',
      projectName: 'mieux-plus',
      deploymentName: 'production',
      timeoutMs: 1500,
      minConfidence: 0.7,
    });
    expect(Object.isFrozen(config.clu)).toBe(true);
  });

  it('reads CLU_TIMEOUT_MS and CLU_MIN_CONFIDENCE', () => {
    const clu = loadConfig({ ...CLU, CLU_TIMEOUT_MS: '800', CLU_MIN_CONFIDENCE: '.85' }, null).clu;
    expect(clu).toMatchObject({ timeoutMs: 800, minConfidence: 0.85 });
  });

  it.each([
    [{ CLU_ENDPOINT: CLU.CLU_ENDPOINT }, 'CLU_API_KEY, CLU_PROJECT_NAME, CLU_DEPLOYMENT_NAME are required when CLU_ENDPOINT is set'],
    [
      { CLU_ENDPOINT: CLU.CLU_ENDPOINT, CLU_API_KEY: 'k', CLU_PROJECT_NAME: 'p' },
      'CLU_DEPLOYMENT_NAME is required when CLU_ENDPOINT, CLU_API_KEY, CLU_PROJECT_NAME are set',
    ],
    [
      { CLU_API_KEY: 'k', CLU_DEPLOYMENT_NAME: 'd' },
      'CLU_ENDPOINT, CLU_PROJECT_NAME are required when CLU_API_KEY, CLU_DEPLOYMENT_NAME are set',
    ],
    [{ ...CLU, CLU_API_KEY: '  ' }, 'CLU_API_KEY is required when'],
  ])('fails fast on a partial set-up %j, naming the missing variables', (env, message) => {
    expect(() => loadConfig(env, null)).toThrow(`config: ${message}`);
  });

  it.each([
    [{ CLU_ENDPOINT: 'mieux.cognitiveservices.azure.com' }, /^config: CLU_ENDPOINT must be a URL/],
    [{ CLU_ENDPOINT: 'http://mieux.cognitiveservices.azure.com' }, /^config: CLU_ENDPOINT must use https/],
    [{ CLU_PROJECT_NAME: 'mieux plus' }, /^config: CLU_PROJECT_NAME must be 1 to 50 letters/],
    [{ CLU_DEPLOYMENT_NAME: 'd'.repeat(51) }, /^config: CLU_DEPLOYMENT_NAME must be 1 to 50 letters/],
    [{ CLU_TIMEOUT_MS: 'soon' }, /^config: CLU_TIMEOUT_MS must be a whole number/],
    [{ CLU_TIMEOUT_MS: '10' }, /^config: CLU_TIMEOUT_MS must be between 50 and 60000/],
    [{ CLU_MIN_CONFIDENCE: '70%' }, /^config: CLU_MIN_CONFIDENCE must be a number from 0 to 1/],
    [{ CLU_MIN_CONFIDENCE: '1.5' }, /^config: CLU_MIN_CONFIDENCE must be a number from 0 to 1/],
  ])('fails fast on %j', (override, message) => {
    expect(() => loadConfig({ ...CLU, ...override }, null)).toThrow(message);
  });

  it('accepts plain http only for a stand-in on a loopback address', () => {
    expect(loadConfig({ ...CLU, CLU_ENDPOINT: 'http://127.0.0.1:5000' }, null).clu?.endpoint).toBe('http://127.0.0.1:5000');
    expect(loadConfig({ ...CLU, CLU_ENDPOINT: 'http://localhost:5000/' }, null).clu?.endpoint).toBe('http://localhost:5000');
  });
});
