import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/errors';

const BOT_ID = '0d5a3f2e-1c4b-4e8a-9f70-3b2d6c1e8a94';
const TEAMS_APP_ID = '6F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9';

describe('loadConfig: TEAMS_APP_ID', () => {
  it('defaults to the bot app id, and is empty without one', () => {
    expect(loadConfig({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'pw' }, null).teamsAppId).toBe(BOT_ID);
    expect(loadConfig({}, null).teamsAppId).toBe('');
  });

  it('takes a GUID in any case, with surrounding spaces trimmed', () => {
    expect(loadConfig({ MicrosoftAppId: BOT_ID, MicrosoftAppPassword: 'pw', TEAMS_APP_ID: ` ${TEAMS_APP_ID} ` }, null).teamsAppId).toBe(
      TEAMS_APP_ID,
    );
  });

  it.each(['mieux-plus', '6f1e2d3c4b5a49788695a4b3c2d1e0f9', `${TEAMS_APP_ID}0`])('refuses %s, naming TEAMS_APP_ID', (value) => {
    const load = () => loadConfig({ TEAMS_APP_ID: value }, null);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(`config: TEAMS_APP_ID must be a GUID such as 00000000-0000-0000-0000-000000000000, got '${value}'`);
  });
});
