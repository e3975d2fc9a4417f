// The board workbook's Risk sheet: the ranges, the tornado (table and chart), the switch values
// and the simulation, each equal to the engine's risk report for the same scenario and seed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkbookModel } from '../../src/export/build-workbook-model';
import type { SheetModel } from '../../src/export/workbook-model';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import { fieldWords, optionKinds, switchSentence } from '../../src/uncertainty/describe-field';
import { riskReport } from '../../src/uncertainty/risk-report';

const parsed = parseScenarioText(readFileSync('examples/support-team-ranges.json', 'utf8'));
if (!parsed.ok) throw new Error('examples/support-team-ranges.json is invalid');
const scenario = parsed.scenario;
const workbook = buildWorkbookModel(scenario, evaluateScenario(scenario), {
  exportDate: '2026-12-02',
  version: 'test',
});
const report = riskReport(scenario);
const sheet = workbook.sheets.find((s) => s.name === 'Risk')!;

const rowOf = (s: SheetModel, text: string): number => {
  const cell = s.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}" on ${s.name}`);
  return Number(cell.ref.replace(/^[A-Z]+/, ''));
};
const at = (s: SheetModel, ref: string) => s.cells.find((c) => c.ref === ref);

describe('the Risk sheet', () => {
  it('comes before Definitions, only for a scenario with ranges', () => {
    const names = workbook.sheets.map((s) => s.name);
    expect(names.indexOf('Risk')).toBe(names.indexOf('Definitions') - 1);
    const plain = parseScenarioText(readFileSync('examples/support-team.json', 'utf8'));
    if (!plain.ok) throw new Error('support-team.json invalid');
    const other = buildWorkbookModel(plain.scenario, evaluateScenario(plain.scenario), {
      exportDate: '2026-12-02',
      version: 'test',
    });
    expect(other.sheets.map((s) => s.name)).not.toContain('Risk');
  });

  it('lists every range with its parameters in input cells', () => {
    const first = rowOf(sheet, 'Ranges') + 2;
    scenario.uncertainty!.inputs.forEach((input, i) => {
      const row = first + i;
      expect(at(sheet, `A${row}`)?.value).toBe(i + 1);
      if (input.dist === 'normal') {
        expect(at(sheet, `G${row}`)).toMatchObject({ value: input.mean, style: { role: 'input' } });
        expect(at(sheet, `H${row}`)).toMatchObject({ value: input.sd, style: { role: 'input' } });
      } else {
        expect(at(sheet, `D${row}`)).toMatchObject({ value: input.low, style: { role: 'input' } });
        expect(at(sheet, `F${row}`)).toMatchObject({ value: input.high, style: { role: 'input' } });
      }
    });
  });

  it("holds the engine's tornado, largest swing first, the swing by formula", () => {
    const first = rowOf(sheet, 'Margin at P10') + 1;
    expect(report.tornado.length).toBe(scenario.uncertainty!.inputs.length);
    report.tornado.forEach((r, i) => {
      const row = first + i;
      expect(at(sheet, `C${row}`)?.value).toBe(r.low);
      expect(at(sheet, `D${row}`)?.value).toBe(r.high);
      expect(at(sheet, `E${row}`)?.value).toBe(r.marginAtLow);
      expect(at(sheet, `F${row}`)?.value).toBe(r.marginAtHigh);
      expect(at(sheet, `G${row}`)).toMatchObject({
        formula: `ABS(F${row}-E${row})`,
        result: Math.abs(r.marginAtHigh - r.marginAtLow),
      });
      expect(at(sheet, `H${row}`)?.value).toBe(r.winnerAtLow);
      expect(at(sheet, `I${row}`)?.value).toBe(r.winnerAtHigh);
    });
    const swings = report.tornado.map((r) => Math.abs(r.marginAtHigh - r.marginAtLow));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
  });

  it('draws the tornado as horizontal bars from the base margin', () => {
    const chart = workbook.sheets.find((s) => s.name === 'Risk')!.charts![0];
    expect(chart.kind).toBe('tornado');
    expect(chart.base).toBe(report.baseMargin);
    expect(chart.series.map((s) => s.values)).toEqual([
      report.tornado.map((r) => r.marginAtLow),
      report.tornado.map((r) => r.marginAtHigh),
    ]);
    const kinds = optionKinds(scenario);
    expect(chart.categories).toEqual(report.tornado.map((r) => fieldWords(kinds, r)));
  });

  it('says each switch value in words and states the trials and seed', () => {
    const kinds = optionKinds(scenario);
    const values = sheet.cells.map((c) => c.value);
    for (const v of report.switchValues) {
      expect(values).toContain(switchSentence(kinds, report.recommendation, v, scenario.currency));
    }
    const sim = report.simulation;
    expect(values.some((v) => String(v).includes(`(10,000 trials, seed ${sim.seed}`))).toBe(true);
  });

  it("holds the simulation's per-option statistics and pairs", () => {
    const sim = report.simulation;
    const first = rowOf(sheet, 'Probability cheapest') + 1;
    sim.options.forEach((o, i) => {
      const row = first + i;
      expect(at(sheet, `A${row}`)?.value).toBe(o.name);
      expect(at(sheet, `B${row}`)?.value).toBe(o.probabilityFirst);
      expect(
        ['C', 'D', 'E', 'F', 'G', 'H', 'I'].map((c) => at(sheet, `${c}${row}`)?.value),
      ).toEqual([o.npv.mean, o.npv.sd, o.npv.p5, o.npv.p10, o.npv.p50, o.npv.p90, o.npv.p95]);
    });
    expect(sim.pairs.length).toBeGreaterThan(0);
    const pairRow = rowOf(sheet, 'Probability build cheaper') + 1;
    sim.pairs.forEach((p, i) => {
      const row = pairRow + i;
      expect(at(sheet, `C${row}`)?.value).toBe(p.probabilityBuildCheaper);
      expect(at(sheet, `E${row}`)?.value).toBe(p.breakevenMonth.p50 ?? 'never');
    });
  });
});
