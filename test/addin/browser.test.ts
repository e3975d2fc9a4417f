// dist/functions.js in a real browser (Chromium): as Excel's shared runtime loads it, after a
// CustomFunctions global, and in a plain browser page without one.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAddinOnce } from './build-addin';

const CHROMIUM = '/usr/bin/chromium';

// Stands in for office.js: records registrations, throws errors the way Excel expects them.
const FAKE_OFFICE = `
  window.registered = {};
  window.CustomFunctions = {
    associate(id, fn) { window.registered[id] = fn; },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
  };`;

describe('dist/functions.js in Chromium', () => {
  let browser: Browser;
  let code: string;
  let ids: string[];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing: run node scripts/ensure-system-deps.mjs`);
    const built = await buildAddinOnce();
    code = readFileSync(join(built.outDir, 'functions.js'), 'utf8');
    ids = JSON.parse(readFileSync(join(built.outDir, 'functions.json'), 'utf8')).functions.map(
      (f: { id: string }) => f.id,
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** An empty page that ran the scripts in order, each a classic <script> (not type="module"). */
  async function pageWithScripts(...scripts: string[]) {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><html><body></body></html>');
    for (const content of scripts) await page.addScriptTag({ content });
    return { page, errors };
  }

  it('registers every function as a classic script after the CustomFunctions global', async () => {
    const { page, errors } = await pageWithScripts(FAKE_OFFICE, code);
    const registered = await page.evaluate(() =>
      Object.keys((window as unknown as { registered: object }).registered),
    );
    expect(errors).toEqual([]);
    expect(registered.sort()).toEqual([...ids].sort());
    const results = await page.evaluate(() => {
      const r = (window as unknown as { registered: Record<string, (...a: unknown[]) => unknown> })
        .registered;
      let error: unknown;
      try {
        r.CROSSOVER(0.1, 1000, 0.2);
      } catch (e) {
        error = { code: (e as { code: string }).code, message: (e as Error).message };
      }
      return {
        tiered: r.TIERED(25000, [
          [10000, 1.2, ''],
          [40000, 0.9, 500],
          ['', 0.7, ''],
        ]),
        error,
      };
    });
    expect(results.tiered).toBe(10000 * 1.2 + 15000 * 0.9 + 500);
    expect(results.error).toEqual({
      code: '#NUM!',
      message: expect.stringContaining('price (0.1) must exceed marginal (0.2)'),
    });
    await page.close();
  });

  it('loads without errors in a plain browser page that has no CustomFunctions', async () => {
    const { page, errors } = await pageWithScripts(code);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => typeof (window as { CustomFunctions?: unknown }).CustomFunctions),
    ).toBe('undefined');
    await page.close();
  });
});
