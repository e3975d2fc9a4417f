// Regenerates docs/images/deck-slide.png: slide 3 (cumulative cost, a native chart) of the
// support-team deck compared with last quarter, printed by LibreOffice Impress and rasterised by
// pdftoppm.   npx tsx test/deck/render-deck-slide.ts
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { buildDeckModel, writePptxBytes } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { impress, renderPage } from './impress';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (path: string) => {
  const file = JSON.parse(readFileSync(join(root, path), 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`${path} does not validate`);
  return { file, scenario: parsed.scenario };
};
const now = load('examples/support-team.json');
const old = load('examples/quarters/support-team-last-quarter.json');
const result = evaluateScenario(now.scenario);
const model = buildDeckModel(
  now.scenario,
  result,
  { date: '2026-12-01', version: '0.1.0' },
  { comparison: compareScenarios(old, { ...now, result }), label: 'last quarter' },
);
const dir = mkdtempSync(join(tmpdir(), 'crossover-deck-shot-'));
const pptx = join(dir, 'board.pptx');
writeFileSync(pptx, await writePptxBytes(model));
const [pdf] = impress().convert([pptx], 'pdf', dir);
for (const [page, name] of [
  [3, 'deck-cumulative'],
  [5, 'deck-bridge'],
] as const) {
  const png = renderPage(pdf, page, join(dir, name), 72);
  copyFileSync(png, join(root, 'docs/images', `${name}.png`));
  console.log(`wrote docs/images/${name}.png`);
}
