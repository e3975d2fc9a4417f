import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chartParts } from './chart-parts';

// The taskpane offers the workbook as a browser download, so the export must run without
// Node: bundle it for the browser and run it in a real Chromium (no Buffer, no node:zlib), charts
// and print setup included.

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('export in a browser', () => {
  it('builds and writes the workbook in Chromium; the bytes open in exceljs', async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: install the Debian package chromium`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'crossover-browser-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { parseScenario } from ${JSON.stringify(join(root, 'src/index'))};
import { evaluateScenario } from ${JSON.stringify(join(root, 'src/engine/evaluate'))};
import { buildWorkbookModel, writeXlsxBytes } from ${JSON.stringify(join(root, 'src/export/index'))};
(globalThis as any).exportScenario = async (input: unknown) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error('invalid scenario');
  const model = buildWorkbookModel(parsed.scenario, evaluateScenario(parsed.scenario), { exportDate: '2026-11-23', version: 'browser' });
  const bytes = await writeXlsxBytes(model);
  return { bytes: Array.from(bytes), nodeBuffer: typeof (globalThis as any).Buffer };
};`,
    );
    const bundle = join(dir, 'bundle.js');
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      outfile: bundle,
      logLevel: 'silent',
    });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: readFileSync(bundle, 'utf8') });
      const scenario = JSON.parse(readFileSync(join(root, 'examples/support-team.json'), 'utf8'));
      const { bytes, nodeBuffer } = await page.evaluate(
        (s) =>
          (
            globalThis as unknown as {
              exportScenario: (s: unknown) => Promise<{ bytes: number[]; nodeBuffer: string }>;
            }
          ).exportScenario(s),
        scenario,
      );
      expect(nodeBuffer).toBe('undefined');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Summary',
        'Inputs',
        'Schedule',
        'Crossover',
        'Definitions',
      ]);
      // the native chart is added to the package in the browser too (jszip, no node:zlib)
      const charts = await chartParts(new Uint8Array(bytes));
      expect(charts.map((c) => [c.sheet, c.title])).toEqual([
        ['Summary', 'Cumulative cost per option'],
      ]);
      expect(charts[0].series.map((s) => s.name)).toEqual(
        scenario.options.map((o: { name: string }) => o.name),
      );
    } finally {
      await browser.close();
    }
  });
});
