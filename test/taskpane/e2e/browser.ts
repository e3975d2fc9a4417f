// Debian's Chromium through playwright-core. A missing browser fails the suite loudly.
// Pages get office.js from the npm copy in place of Microsoft's CDN (serveOfficeJsFromNpm).
//
// How: the browser's host resolver maps the CDN's host to a local HTTPS server that serves the
// npm copy, and every other host off this machine to "not found", so nothing reaches the network.
// Playwright's request routing is not used: a route makes Chromium pause every request of the
// context (Fetch.enable with the pattern "*") for a round trip to this process, which under a
// loaded machine added hundreds of milliseconds to each page load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { OFFICE_JS_CDN } from '../../../taskpane/office/office-js-cdn';

const ROOT_DIR = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const CDN = new URL(OFFICE_JS_CDN);
const OFFICE_JS_NPM = join(ROOT_DIR, 'node_modules/@microsoft/office-js/dist');

export const CHROMIUM = '/usr/bin/chromium';

/** A throwaway self-signed certificate for the CDN's host name (openssl; fails loudly without). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'crossover-cdn-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${CDN.hostname}`,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(
      `openssl could not make the local CDN's certificate (exit ${made.status}): ${made.error?.message ?? made.stderr}`,
    );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The npm copy of office.js at the CDN's paths, with the CDN's CORS header. */
async function startLocalCdn(): Promise<{ server: Server; port: number }> {
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', CDN).pathname);
    const file = normalize(join(OFFICE_JS_NPM, path.slice(CDN.pathname.length)));
    if (!path.startsWith(CDN.pathname) || !file.startsWith(OFFICE_JS_NPM) || !existsSync(file)) {
      res.writeHead(404).end('not in the npm copy of office.js');
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      // office.js fetches its file-mapping table cross-origin, as from Microsoft's CDN.
      'Access-Control-Allow-Origin': '*',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with "apt-get install chromium" (scripts/ensure-system-deps.mjs does this)`,
    );
  }
  const cdn = await startLocalCdn();
  const home = mkdtempSync(join(tmpdir(), 'crossover-chromium-'));
  const browser = await chromium.launch({
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
      // The CDN's host is the local server; every other name off this machine is not found.
      `--host-resolver-rules=MAP ${CDN.hostname} 127.0.0.1:${cdn.port}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost`,
      // The local server's certificate is self-signed.
      '--ignore-certificate-errors',
    ],
  });
  browser.on('disconnected', () => cdn.server.close());
  return browser;
}

/** What the pages of a context asked of other hosts than this machine. */
export interface Routed {
  /** CDN files, answered from the npm copy of office.js */
  officeJs: string[];
  /** every other request off this machine, refused (office.js asks for its telemetry page) */
  refused: string[];
}

/** Any http(s) URL whose host is not this machine. */
const OFF_MACHINE = /^https?:\/\/(?!(?:127\.0\.0\.1|localhost)(?:[:/]|$))/;

/**
 * The production page loads office.js from Microsoft's CDN: a browser from launchChromium gets
 * those files from the npm copy and no answer from any other host off this machine. This records,
 * for one context, which CDN files its pages asked for and which other requests were refused.
 */
export async function serveOfficeJsFromNpm(context: BrowserContext): Promise<Routed> {
  const routed: Routed = { officeJs: [], refused: [] };
  context.on('request', (request) => {
    if (request.url().startsWith(OFFICE_JS_CDN)) routed.officeJs.push(request.url());
  });
  context.on('requestfailed', (request) => {
    const url = request.url();
    if (OFF_MACHINE.test(url) && !url.startsWith(OFFICE_JS_CDN)) routed.refused.push(url);
  });
  return routed;
}
