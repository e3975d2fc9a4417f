import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioResult } from '../../src/engine/evaluate';
import type { Scenario } from '../../src/scenario/schema';
import type { SwitchOption } from '../../src/engine/model';
import { buildWorkbookModel, type WorkbookModel } from '../../src/export/index';
import { RELATIVE_TOLERANCE } from './compare-recalculated';
import { loadWorkbook } from './hyperformula-workbook';
import { exportCases, META } from './scenarios';

// The switch month is an input cell on Inputs: a board member changes it and the workbook
// recalculates. HyperFormula recalculates the exported workbook with another switch month, and
// the switch option's NPV on Summary and every Schedule and Accounting formula cell must equal
// the engine evaluated with that switch month (DOMAIN.md "Buy now, switch later").

const close = (actual: unknown, expected: number) => {
  if (typeof actual !== 'number') return false;
  const scale = Math.max(Math.abs(expected), Math.abs(actual as number));
  return Math.abs((actual as number) - expected) <= Math.max(RELATIVE_TOLERANCE * scale, 1e-9);
};

const withSwitchMonth = (scenario: Scenario, name: string, month: number): Scenario => ({
  ...scenario,
  options: scenario.options.map((o) =>
    o.kind === 'switch' && o.name === name ? { ...o, switchMonth: month } : o,
  ),
});

/** The Inputs cell holding the k-th switch option's switch month. */
function switchMonthCell(model: WorkbookModel, k: number): string {
  const inputs = model.sheets.find((s) => s.name === 'Inputs')!;
  const label = inputs.cells.filter((c) => c.value === 'Switch month (S)')[k];
  return `B${label.ref.slice(1)}`;
}

/** The Summary cell with the NPV of an option (column D of its ranking row). */
function npvCell(model: WorkbookModel, name: string): string {
  const summary = model.sheets.find((s) => s.name === 'Summary')!;
  const label = summary.cells.find((c) => /^B\d+$/.test(c.ref) && c.value === name)!;
  return `D${label.ref.slice(1)}`;
}

const switchCases = exportCases().filter((c) =>
  c.scenario.options.some((o) => o.kind === 'switch'),
);

describe('the switch month is an input the workbook recalculates from', () => {
  it('covers the buy-then-build example and the switch fixture', () => {
    expect(switchCases.map((c) => c.stem)).toEqual(
      expect.arrayContaining([
        'examples-buy-then-build',
        'test-export-fixtures-switch-prepaid-capitalised',
      ]),
    );
  });

  for (const c of switchCases) {
    const switches = c.scenario.options.filter((o): o is SwitchOption => o.kind === 'switch');
    const H = c.scenario.horizonMonths;
    switches.forEach((option, k) => {
      const best = c.result.options.find((o) => o.name === option.name)!.bestSwitchMonth!;
      const months = [...new Set([1, 2, 7, 12, 13, 14, 25, best, H, H + 1])].filter(
        (m) => m >= 1 && m <= H + 1,
      );
      it(`${c.stem}, ${option.name}: S = ${months.join(', ')} give the engine's NPV and schedule`, () => {
        const model = buildWorkbookModel(c.scenario, c.result, META);
        const workbook = loadWorkbook(model);
        const cell = switchMonthCell(model, k);
        for (const S of months) {
          workbook.set('Inputs', cell, S);
          const scenario = withSwitchMonth(c.scenario, option.name, S);
          const result: ScenarioResult = evaluateScenario(scenario);
          const engine = result.options.find((o) => o.name === option.name)!;
          expect(engine.switchMonth).toBe(S);
          const npv = workbook.value('Summary', npvCell(model, option.name));
          expect(close(npv, engine.npv), `S = ${S}: NPV ${String(npv)} vs ${engine.npv}`).toBe(
            true,
          );
          // the same workbook exported at S: its cached results are the engine's at S
          const expected = buildWorkbookModel(scenario, result, META);
          const wrong: string[] = [];
          for (const sheet of expected.sheets) {
            if (sheet.name !== 'Schedule' && sheet.name !== 'Accounting') continue;
            for (const x of sheet.cells) {
              if (x.formula === undefined || typeof x.result !== 'number') continue;
              const got = workbook.value(sheet.name, x.ref);
              if (!close(got, x.result))
                wrong.push(`${sheet.name}!${x.ref} ${String(got)} vs ${x.result}`);
            }
          }
          expect(wrong.slice(0, 10), `S = ${S}`).toEqual([]);
        }
      });
    });
  }
});
