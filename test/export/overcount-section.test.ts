import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkbookModel } from '../../src/export/build-workbook-model';
import { escapeFormulaText } from '../../src/export/escape-text';
import type { SheetCell, SheetModel, WorkbookModel } from '../../src/export/workbook-model';
import { oracle, oracleBreakevenAfterHorizon } from '../support/domain-oracle';
import { loadWorkbook } from './hyperformula-workbook';
import { exportCases, META } from './scenarios';

// Issue 21's figures on the board workbook's Summary: per vendor with an overcount, what its
// count costs (values from the engine), the price to ask and the fair drift discount (formulas
// over the Schedule, recomputed here by HyperFormula), the month the count saturates with its
// warning; and a breakeven after the horizon said with its month. Every figure against the test
// oracle, an independent reading of DOMAIN.md.

const close = (a: unknown, b: number | null) =>
  typeof a === 'number' &&
  b !== null &&
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const shown = (c: SheetCell | undefined) => (c?.formula !== undefined ? c.result : c?.value);

/** The Summary's rows of the table, by vendor name: its cells B to G. */
function overcountRows(summary: SheetModel): Map<string, (SheetCell | undefined)[]> {
  const byRef = new Map(summary.cells.map((c) => [c.ref, c]));
  const title = summary.cells.find((c) => c.value === 'What the vendor’s count costs');
  const rows = new Map<string, (SheetCell | undefined)[]>();
  if (!title) return rows;
  let row = Number(title.ref.slice(1)) + 2;
  while (typeof byRef.get(`C${row}`)?.value === 'number') {
    const name = String(byRef.get(`B${row}`)!.value);
    rows.set(
      name,
      ['B', 'C', 'D', 'E', 'F', 'G'].map((col) => byRef.get(`${col}${row}`)),
    );
    row++;
  }
  return rows;
}

const cases = exportCases();

const exported = (c: (typeof cases)[number]) => buildWorkbookModel(c.scenario, c.result, META);

function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`the workbook has no sheet named ${name}`);
  return sheet;
}

describe("the Summary's overcount table and breakeven after the horizon", () => {
  it('shows each vendor that overcounts or saturates, its figures equal to the oracle', () => {
    let vendors = 0;
    let formulas = 0;
    for (const c of cases) {
      const model = exported(c);
      const summary = sheetNamed(model, 'Summary');
      const rows = overcountRows(summary);
      const expected = oracle(JSON.parse(readFileSync(c.file, 'utf8'))).options;
      const wb = loadWorkbook(model);
      for (const o of expected) {
        const listed =
          (o.overcountCost ?? 0) !== 0 ||
          (o.driftDiscount ?? 0) > 0 ||
          o.saturatedFromMonth !== null;
        const cells = rows.get(escapeFormulaText(o.name));
        expect(cells !== undefined, `${c.stem} ${o.name}`).toBe(listed);
        if (!cells) continue;
        vendors++;
        const [, cost, npv, ask, drift, saturated] = cells;
        expect(close(shown(cost), o.overcountCost), `${c.stem} ${o.name} cost`).toBe(true);
        expect(close(shown(npv), o.overcountNpv), `${c.stem} ${o.name} NPV`).toBe(true);
        for (const [cell, want] of [
          [ask, o.priceToAsk],
          [drift, o.driftDiscount],
        ] as const) {
          if (want === null || (cell === drift && want <= 0)) {
            expect(shown(cell), `${c.stem} ${o.name}`).toBe('n/a');
            continue;
          }
          expect(close(shown(cell), want), `${c.stem} ${o.name} ${cell!.ref}`).toBe(true);
          if (cell!.formula === undefined) continue;
          formulas++;
          // recomputed from the sheets' cells, not read from the cache
          expect(close(wb.value('Summary', cell!.ref), want), `${c.stem} ${cell!.ref}`).toBe(true);
        }
        expect(shown(saturated)).toBe(o.saturatedFromMonth ?? 'never');
        const warning = summary.cells.some(
          (x) =>
            x.value ===
            `Warning: ${escapeFormulaText(o.name)}: from month ${o.saturatedFromMonth} the vendor counts every contact as an outcome: drift adds nothing more.`,
        );
        expect(warning, `${c.stem} ${o.name} warning`).toBe(o.saturatedFromMonth !== null);
      }
    }
    expect(vendors).toBeGreaterThanOrEqual(5);
    expect(formulas).toBeGreaterThanOrEqual(5);
  });

  it("warns on Inputs beside each saturating vendor's drift", () => {
    let warned = 0;
    for (const c of cases) {
      const inputs = sheetNamed(exported(c), 'Inputs');
      const expected = oracle(JSON.parse(readFileSync(c.file, 'utf8')))
        .options.flatMap((o) => (o.saturatedFromMonth === null ? [] : [o.saturatedFromMonth]))
        .map(
          (m) =>
            `per year, smooth. Warning: from month ${m} the vendor counts every contact as an outcome: drift adds nothing more`,
        );
      const shownOnInputs = inputs.cells
        .map((x) => String(x.value))
        .filter((v) => v.includes('Warning: from month'));
      expect(shownOnInputs, c.stem).toEqual(expected);
      warned += expected.length;
    }
    expect(warned).toBeGreaterThanOrEqual(2);
  });

  it('says a breakeven after the horizon with its month, never just "never"', () => {
    let after = 0;
    for (const c of cases) {
      const summary = sheetNamed(exported(c), 'Summary');
      const json = JSON.parse(readFileSync(c.file, 'utf8'));
      for (const comparison of c.result.comparisons) {
        const row = summary.cells.find(
          (x) =>
            x.value === escapeFormulaText(comparison.vendor) &&
            x.ref.startsWith('B') &&
            summary.cells.some(
              (y) =>
                y.ref === `A${x.ref.slice(1)}` && y.value === escapeFormulaText(comparison.build),
            ),
        );
        expect(row, `${c.stem} ${comparison.build} vs ${comparison.vendor}`).toBeDefined();
        const cell = summary.cells.find((x) => x.ref === `C${row!.ref.slice(1)}`)!;
        if (comparison.breakevenMonth !== null) {
          expect(cell.result).toBe(comparison.breakevenMonth);
          continue;
        }
        const month = oracleBreakevenAfterHorizon(json, comparison.build, comparison.vendor);
        const text =
          month === null
            ? 'never by month 240'
            : `month ${month}, after the ${c.scenario.horizonMonths}-month horizon`;
        expect(cell.result, `${c.stem} ${comparison.build} vs ${comparison.vendor}`).toBe(text);
        expect(cell.formula).toContain(`"${text}"`);
        if (month !== null) after++;
      }
    }
    expect(after).toBeGreaterThanOrEqual(2);
  });
});
