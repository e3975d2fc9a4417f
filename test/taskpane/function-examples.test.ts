// The taskpane's workbook content: the board workbook from src/export, its chart, and the
// Functions sheet of OUTCOME examples, checked against the generated functions.json and
// recalculated by HyperFormula over the board's own Inputs and Schedule cells.
import { readdirSync, readFileSync } from 'node:fs';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { beforeAll, describe, expect, it } from 'vitest';
import { driftDiscount, overcountRatio } from '../../src/engine/drift';
import type { SheetModel, WorkbookModel } from '../../src/export/workbook-model';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenarioText } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { buildWorkbookContent, workbookForExcel } from '../../taskpane/export/export-seam';
import { FUNCTIONS_SHEET, SCENARIO_CELL, textArg } from '../../src/export/function-examples';
import { registerOutcomePlugin } from '../functions/load-functions';
import type { FunctionsJson } from '../functions/hyperformula-plugin';
import { BOARD_SHEETS } from '../support/taskpane-engine-figures';

const EXAMPLE_FILES = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .sort();
const PACKAGE_VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

function load(file: string): Scenario {
  const parsed = parseScenarioText(readFileSync(`examples/${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return parsed.scenario;
}

/** Every OUTCOME.NAME( call in a formula with its top-level arguments. */
function outcomeCalls(formula: string): { name: string; args: string[] }[] {
  const calls: { name: string; args: string[] }[] = [];
  const pattern = /OUTCOME\.([A-Z]+)\(/g;
  for (let match = pattern.exec(formula); match; match = pattern.exec(formula)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = '';
    let i = match.index + match[0].length;
    for (; i < formula.length; i++) {
      const ch = formula[i];
      if (ch === '"') quoted = !quoted;
      if (!quoted && ch === '(') depth++;
      if (!quoted && ch === ')') {
        if (depth === 0) break;
        depth--;
      }
      if (!quoted && depth === 0 && ch === ',') {
        args.push(current);
        current = '';
      } else current += ch;
    }
    if (i === formula.length) throw new Error(`unbalanced parentheses in ${formula}`);
    args.push(current);
    calls.push({ name: match[1], args });
  }
  return calls;
}

/** A sheet as HyperFormula rows: formulas with '=', formula cells of the board as their results. */
function rows(sheet: SheetModel, live: boolean): unknown[][] {
  const out: unknown[][] = [];
  for (const cell of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell.ref)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    const row = Number(m[2]) - 1;
    while (out.length <= row) out.push([]);
    if (cell.formula !== undefined) out[row][col - 1] = live ? `=${cell.formula}` : cell.result;
    // Formulas shown as text are not loaded: HyperFormula would run them.
    else if (!(typeof cell.value === 'string' && cell.value.startsWith('=')))
      out[row][col - 1] = cell.value;
  }
  return out;
}

function recalculate(model: WorkbookModel): HyperFormula {
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of model.sheets)
    sheets[sheet.name] = rows(sheet, sheet.name === FUNCTIONS_SHEET);
  return HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3' });
}

const relClose = (actual: unknown, expected: number, what: string) => {
  expect(typeof actual, `${what}: ${String(actual)}`).toBe('number');
  const diff = Math.abs((actual as number) - expected);
  expect(diff, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(expected)),
  );
};

let metadata: FunctionsJson;
beforeAll(async () => {
  metadata = (await registerOutcomePlugin()).metadata;
}, 120_000);

describe('the taskpane workbook content', () => {
  it('is the board workbook with its chart over the Schedule, stamped with date and version', () => {
    const scenario = load('support-team.json');
    const result = evaluateScenario(scenario);
    const content = buildWorkbookContent(scenario, result);
    expect(content.board.sheets.map((s) => s.name)).toEqual(BOARD_SHEETS);
    const summaryText = content.board.sheets[0].cells.map((c) => String(c.value ?? '')).join('\n');
    expect(summaryText).toContain(`Crossover ${PACKAGE_VERSION}`);
    expect(summaryText).toContain(new Date().toISOString().slice(0, 10));
    expect(content.chart.sheet).toBe('Summary');
    expect(content.chart.series.map((s) => s.name)).toEqual(scenario.options.map((o) => o.name));
    for (const series of content.chart.series) expect(series.ref).toMatch(/^Schedule!\$[A-Z]+\$6:/);
    expect(content.chart.categoriesRef).toBe(`Schedule!$A$6:$A$${5 + scenario.horizonMonths}`);
    const excel = workbookForExcel(content);
    expect(excel.sheets.map((s) => s.name)).toEqual([...BOARD_SHEETS, 'Functions']);
  });

  it.each(EXAMPLE_FILES)(
    '%s: every Functions formula calls a generated function with a valid argument count',
    (file) => {
      const scenario = load(file);
      const { functions } = buildWorkbookContent(scenario, evaluateScenario(scenario));
      const formulas = functions.cells.filter((c) => c.formula).map((c) => c.formula!);
      expect(formulas.length).toBeGreaterThanOrEqual(scenario.options.length);
      const byName = new Map(metadata.functions.map((f) => [f.name, f]));
      const used = new Set<string>();
      for (const formula of formulas) {
        const calls = outcomeCalls(formula);
        expect(calls.length, formula).toBeGreaterThan(0);
        for (const call of calls) {
          const fn = byName.get(call.name);
          expect(fn, `${call.name} in ${formula} is not in functions.json`).toBeDefined();
          const required = fn!.parameters.filter((p) => !p.optional).length;
          expect(call.args.length, formula).toBeGreaterThanOrEqual(required);
          expect(call.args.length, formula).toBeLessThanOrEqual(fn!.parameters.length);
          expect(
            call.args.every((a) => a.trim() !== ''),
            formula,
          ).toBe(true);
          used.add(call.name);
        }
        // No constants hidden in the wiring: arguments are cell references, words or names.
        expect(formula).not.toMatch(/[,(]\d*\.?\d+[,)]/);
      }
      expect(used).toContain('NPV');
    },
  );

  it.each(EXAMPLE_FILES)('%s: the examples recalculate to the engine values', (file) => {
    const scenario = load(file);
    const result = evaluateScenario(scenario);
    const content = buildWorkbookContent(scenario, result);
    const hf = recalculate(workbookForExcel(content));
    const sheetId = hf.getSheetId(FUNCTIONS_SHEET)!;
    const at = (ref: string) => hf.getCellValue(hf.simpleCellAddressFromString(ref, sheetId)!);
    expect(JSON.parse(String(at(SCENARIO_CELL))).name).toBe(scenario.name);

    const examples = content.functions.cells.filter((c) => c.formula);
    const checked = new Set<string>();
    /** What a drift function gives for the scenario's first vendor, by the engine's formula. */
    const vendorDrift = (name: 'DRIFTDISCOUNT' | 'DRIFTRATIO') => {
      const vendor = scenario.options.find((o) => o.kind === 'vendor')!;
      if (vendor.kind !== 'vendor') throw new Error('no vendor');
      const { driftAnnual, initialRatio } = vendor.overcount;
      return name === 'DRIFTDISCOUNT'
        ? driftDiscount(driftAnnual, scenario.horizonMonths, scenario.demand.growthAnnual)
        : overcountRatio(initialRatio, driftAnnual, scenario.horizonMonths);
    };
    for (const cell of examples) {
      const value = at(cell.ref);
      const f = cell.formula!;
      // A comparison that never happens is #N/A by design; those are checked below.
      if (!/^OUTCOME\.(BREAKEVEN|COMPARE)\(/.test(f)) {
        expect(value instanceof DetailedCellError ? value.message : 'no error', f).toBe('no error');
      }
      const optionAt = (i: number) => result.options[i];
      scenario.options.forEach((option, i) => {
        const name = textArg(option.name);
        if (f === `OUTCOME.RESULT($B$4,${name},"totalCost")`) {
          relClose(value, optionAt(i).totalCost, f);
          checked.add('RESULT');
        }
        if (f === `SUM(OUTCOME.SCHEDULE($B$4,${name},"total"))`) {
          relClose(value, optionAt(i).totalCost, f);
          checked.add('SCHEDULE');
        }
      });
      for (const name of ['DRIFTDISCOUNT', 'DRIFTRATIO'] as const) {
        if (f.startsWith(`OUTCOME.${name}(`)) {
          relClose(value, vendorDrift(name), f);
          checked.add(name);
        }
      }
    }
    // NPV rows: one per option, in option order, equal to the engine's NPV.
    const npvCells = examples.filter((c) => c.formula!.startsWith('OUTCOME.NPV('));
    expect(npvCells).toHaveLength(scenario.options.length);
    npvCells.forEach((cell, i) => relClose(at(cell.ref), result.options[i].npv, cell.formula!));
    // Comparisons: the crossover volumes and the first breakeven month.
    const compareCells = examples.filter((c) => c.formula!.startsWith('OUTCOME.COMPARE('));
    expect(compareCells).toHaveLength(result.comparisons.length);
    compareCells.forEach((cell, i) => {
      const expected = result.comparisons[i].crossoverContactsPerMonth;
      if (expected === null) expect(at(cell.ref)).toBeInstanceOf(DetailedCellError);
      else relClose(at(cell.ref), expected, cell.formula!);
    });
    const breakeven = examples.find((c) => c.formula!.startsWith('OUTCOME.BREAKEVEN('));
    if (result.comparisons.length) {
      const shown =
        result.comparisons.find((c) => c.breakevenMonth !== null) ?? result.comparisons[0];
      const label = content.functions.cells.find(
        (c) => c.ref === breakeven!.ref.replace('B', 'A'),
      )!.value;
      expect(label).toBe(`${shown.build} against ${shown.vendor}: breakeven month`);
      const expected = shown.breakevenMonth;
      const value = at(breakeven!.ref);
      if (expected === null) expect(value).toBeInstanceOf(DetailedCellError);
      else expect(value).toBe(expected);
    } else expect(breakeven).toBeUndefined();
    expect(checked).toContain('RESULT');
    expect(checked).toContain('SCHEDULE');
    if (scenario.options.some((o) => o.kind === 'vendor')) {
      expect(checked).toContain('DRIFTDISCOUNT');
      expect(checked).toContain('DRIFTRATIO');
    }
  });

  it('leaves the scenario examples out when the JSON is too long for a cell', () => {
    const scenario = load('support-team.json');
    const long = { ...scenario, description: 'x'.repeat(40000) };
    const { functions } = buildWorkbookContent(long, evaluateScenario(long));
    const formulas = functions.cells.filter((c) => c.formula).map((c) => c.formula!);
    expect(formulas.some((f) => f.includes('$B$4'))).toBe(false);
    expect(String(functions.cells.find((c) => c.ref === SCENARIO_CELL)!.value)).toMatch(
      /longer than a cell holds/,
    );
  });
});
