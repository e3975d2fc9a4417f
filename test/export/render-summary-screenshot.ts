// Regenerates docs/images/export-summary.png: the support-team example's Summary, printed by
// LibreOffice to PDF and rasterised by pdftoppm (Debian poppler-utils; only this script needs it).
//   npx tsx test/export/render-summary-screenshot.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { buildWorkbookModel, writeXlsx } from '../../src/export/index';
import { libreOffice } from './libreoffice';

const root = fileURLToPath(new URL('../../', import.meta.url));
const parsed = parseScenarioText(readFileSync(join(root, 'examples/support-team.json'), 'utf8'));
if (!parsed.ok) throw new Error('examples/support-team.json does not validate');
const model = buildWorkbookModel(parsed.scenario, evaluateScenario(parsed.scenario), {
  exportDate: '2026-11-23',
  version: '0.1.0',
});
const summaryOnly = {
  ...model,
  sheets: model.sheets.map((s) => ({ ...s, hidden: s.name !== 'Summary' })),
};
const dir = mkdtempSync(join(tmpdir(), 'crossover-shot-'));
const xlsx = join(dir, 'summary.xlsx');
writeFileSync(xlsx, await writeXlsx(summaryOnly));
const [pdf] = libreOffice().convert([xlsx], 'pdf', dir);
const out = join(root, 'docs/images/export-summary');
// 110 dpi, cropped to the printed area of the A4 landscape page (footer left out).
execFileSync('pdftoppm', [
  '-png',
  '-r',
  '110',
  '-singlefile',
  '-x',
  '40',
  '-y',
  '50',
  '-W',
  '1220',
  '-H',
  '800',
  pdf,
  out,
]);
console.log(`wrote ${out}.png`);
