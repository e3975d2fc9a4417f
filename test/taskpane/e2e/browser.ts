// Debian's Chromium through playwright-core. A missing browser fails the suite loudly.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (scripts/ensure-system-deps.mjs does this)`,
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'crossover-chromium-'));
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, HOME: home },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
