import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { buildWorkbookModel } from '../../src/export/build-workbook-model';
import { riskReport } from '../../src/uncertainty/risk-report';

function model(file: string) {
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(file);
  const scenario = parsed.scenario;
  const workbook = buildWorkbookModel(scenario, evaluateScenario(scenario), {
    exportDate: '2026-12-01',
    version: 'test',
  });
  const summary = workbook.sheets.find((s) => s.name === 'Summary')!;
  return { scenario, summary };
}

describe('the Summary of a scenario with ranges', () => {
  it('states the probability the recommendation holds, with trials and seed, under the recommendation', () => {
    const { scenario, summary } = model('examples/support-team-ranges.json');
    const holds = riskReport(scenario).simulation.probabilityRecommendationHolds;
    const line = summary.cells.find((c) => c.ref === 'A4');
    expect(line?.value).toBe(
      `Probability the recommendation holds: ${Math.round(holds * 100)}% (10,000 trials, seed 1); see the Risk sheet.`,
    );
    expect(summary.cells.find((c) => c.ref === 'A3')?.value).toMatch(
      /^Recommendation: Hybrid capped/,
    );
  });

  it('says nothing of it without ranges, and the rest of the sheet is unchanged', () => {
    const plain = model('examples/support-team.json').summary;
    const ranged = model('examples/support-team-ranges.json').summary;
    expect(plain.cells.find((c) => c.ref === 'A4')).toBeUndefined();
    const others = (s: typeof plain) =>
      s.cells
        .filter((c) => c.ref !== 'A4' && c.ref !== 'A1')
        .map((c) => [c.ref, c.formula ?? c.value]);
    expect(others(ranged)).toEqual(others(plain));
  });
});
