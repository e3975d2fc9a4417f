// The board deck as .pptx bytes, the same deck `crossover deck` writes (src/deck). The deck
// builder and its PowerPoint writer (pptxgenjs) load on demand, as their own chunk, so they do not
// weigh on the taskpane's start-up. The same bytes are offered for download in a browser and in
// Excel (the taskpane's web view saves a download like a browser does).
import type { DeckCompare, Scenario, ScenarioResult } from '../../src/index';
import { exportMeta } from './export-seam';

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export async function boardDeckBytes(
  scenario: Scenario,
  result: ScenarioResult,
  compare?: DeckCompare,
  now: Date = new Date(),
): Promise<Uint8Array> {
  const { buildDeckModel, writePptxBytes } = await import('../../src/deck');
  const meta = exportMeta(now);
  const model = buildDeckModel(
    scenario,
    result,
    { date: meta.exportDate, version: meta.version },
    compare,
  );
  return writePptxBytes(model);
}
