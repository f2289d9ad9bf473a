import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBranding } from '../../../src/core/branding/loadBranding';
import { WIDGET_CONFIG_PLACEHOLDER, injectWidgetConfig, widgetConfig } from '../../../src/core/branding/widgetConfig';

const branding = loadBranding(join(__dirname, '..', '..', '..', 'branding'));
const config = widgetConfig({
  branding,
  contactEmail: 'team@example.org',
  tokenPath: '/api/directline/token',
  webChatBundle: '/webchat/webchat.0123456789abcdef.js',
  avatarPath: '/branding/avatar.1111.png',
  logoPath: '/branding/logo.2222.png',
});

describe('widgetConfig', () => {
  it('carries the branded texts and the widget strings in each language, with the team address', () => {
    expect(config.texts.fr).toMatchObject({ heading: branding.texts.heading.fr, kept: branding.privacy.kept.fr, close: 'Fermer le chat' });
    expect(config.texts.es.unavailable).toContain('team@example.org');
    expect(config.texts.en.launcherLabel).toBe(branding.texts.launcherLabel.en);
  });

  it('gives paths relative to the bot, so the widget resolves them against its own address', () => {
    expect([config.tokenPath, config.webChatBundle, config.avatar, config.logo]).toEqual([
      'api/directline/token',
      'webchat/webchat.0123456789abcdef.js',
      'branding/avatar.1111.png',
      'branding/logo.2222.png',
    ]);
  });

  it("puts the branding colours into Web Chat's styleOptions", () => {
    expect(config.styleOptions).toMatchObject({
      bubbleFromUserBackground: branding.colours.primary,
      bubbleFromUserTextColor: branding.colours.onPrimary,
      bubbleBackground: branding.colours.botBubble,
      bubbleTextColor: branding.colours.text,
      accent: branding.colours.link,
      botAvatarInitials: 'M+',
      hideUploadButton: true,
    });
  });
});

describe('injectWidgetConfig', () => {
  it('writes the configuration in place of the placeholder as a literal the script can read', () => {
    const script = `var c = ${WIDGET_CONFIG_PLACEHOLDER}; c;`;
    expect(runInNewContext(injectWidgetConfig(script, config))).toEqual(config);
  });

  it('cannot close an inline <script> or break a line, whatever the texts say', () => {
    const hostile = { ...config, privacyUrl: 'https://x.example/</script><script>alert(1)</script>\u2028' };
    const out = injectWidgetConfig(WIDGET_CONFIG_PLACEHOLDER, hostile);
    expect(out).not.toContain('</script>');
    expect(out).not.toContain('\u2028');
    expect(JSON.parse(out)).toEqual(hostile);
  });

  it('refuses a script without the placeholder, or with two', () => {
    expect(() => injectWidgetConfig('var c = 1;', config)).toThrow('widget.js must contain __MIEUX_WIDGET_CONFIG__ exactly once, found 0');
    expect(() => injectWidgetConfig(`${WIDGET_CONFIG_PLACEHOLDER}${WIDGET_CONFIG_PLACEHOLDER}`, config)).toThrow('found 2');
  });
});
