// Regenerates the deck's pictures in docs/images: the support-team deck with ranges, compared with
// last quarter and with the example events' reconciliation, printed by LibreOffice Impress and
// rasterised by pdftoppm, one picture per slide named below.   npx tsx test/deck/render-deck-slide.ts
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { buildDeckModel, writePptxBytes } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { parseScenario } from '../../src/scenario/load';
import { impress, renderPage } from './impress';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (path: string) => {
  const file = JSON.parse(readFileSync(join(root, path), 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`${path} does not validate`);
  return { file, scenario: parsed.scenario };
};
const now = load('examples/support-team-ranges.json');
const old = load('examples/quarters/support-team-last-quarter.json');
const result = evaluateScenario(now.scenario);
const { reconciliation } = reconcileCsvText(
  readFileSync(join(root, 'examples/events/support-desk.csv'), 'utf8'),
  'support-desk.csv',
  reconcileSettings({ definition: GENERATOR_DEFINITION, price: 0.99, tolerance: 0.05 }),
);
const model = buildDeckModel(
  now.scenario,
  result,
  { date: '2026-12-01', version: '0.1.0' },
  { comparison: compareScenarios(old, { ...now, result }), label: 'last quarter' },
  {
    reconciliation,
    definition: GENERATOR_DEFINITION,
    source: 'R.json (crossover reconcile --json)',
  },
);
const dir = mkdtempSync(join(tmpdir(), 'crossover-deck-shot-'));
const pptx = join(dir, 'board.pptx');
writeFileSync(pptx, await writePptxBytes(model));
const [pdf] = impress().convert([pptx], 'pdf', dir);
for (const [id, name] of [
  ['recommendation', 'deck-recommendation'],
  ['cumulative', 'deck-cumulative'],
  ['vendor-count', 'deck-vendor-count'],
  ['risk', 'deck-risk'],
  ['changes', 'deck-bridge'],
  ['reconciliation', 'deck-reconciliation'],
] as const) {
  const page = model.slides.findIndex((s) => s.id === id) + 1;
  if (page === 0) throw new Error(`the deck has no ${id} slide`);
  const png = renderPage(pdf, page, join(dir, name), 72);
  copyFileSync(png, join(root, 'docs/images', `${name}.png`));
  console.log(`wrote docs/images/${name}.png`);
}
