/**
 * Debian's Chromium (/usr/bin/chromium; .ci/run installs it) driven by playwright-core, for the
 * browser tests and the web benchmarks alike: one place for its path, its flags and the message
 * that says how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// Headless, and nothing that reaches the network by itself (the machines have no internet).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `launchChromium(): Chromium is not installed at ${CHROMIUM}. The browser tests and web benchmarks use Debian's chromium package: ` +
        'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium (.ci/run installs it).',
    );
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
}
