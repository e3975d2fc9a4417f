// Debian's Chromium through playwright-core. A missing browser fails the suite loudly.
// Pages get office.js from the npm copy in place of Microsoft's CDN (serveOfficeJsFromNpm).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { OFFICE_JS_CDN } from '../../../taskpane/office/office-js-cdn';

const ROOT_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CDN_PATH = new URL(OFFICE_JS_CDN).pathname;

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

const OFFICE_JS_NPM = join(ROOT_DIR, 'node_modules/@microsoft/office-js/dist');

/** What a context routed by serveOfficeJsFromNpm asked of other hosts than this machine. */
export interface Routed {
  /** CDN files answered from the npm copy of office.js */
  officeJs: string[];
  /** every other request off this machine, refused (office.js asks for its telemetry page) */
  refused: string[];
}

/** Any http(s) URL whose host is not this machine. */
const OFF_MACHINE = /^https?:\/\/(?!(?:127\.0\.0\.1|localhost)(?:[:/]|$))/;

/**
 * The production page loads office.js from Microsoft's CDN: answer those requests with the npm
 * copy and refuse every other request off this machine, so nothing reaches the network. Requests
 * to the local server are not intercepted at all (the patterns match in the browser's process).
 */
export async function serveOfficeJsFromNpm(context: BrowserContext): Promise<Routed> {
  const routed: Routed = { officeJs: [], refused: [] };
  await context.route(OFF_MACHINE, (route) => {
    const url = route.request().url();
    if (!url.startsWith(OFFICE_JS_CDN)) {
      routed.refused.push(url);
      return route.abort('internetdisconnected');
    }
    const file = normalize(join(OFFICE_JS_NPM, new URL(url).pathname.slice(CDN_PATH.length)));
    routed.officeJs.push(url);
    if (!file.startsWith(OFFICE_JS_NPM) || !existsSync(file))
      return route.fulfill({ status: 404, body: 'not in the npm copy of office.js' });
    return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
  });
  return routed;
}
