import { describe, expect, it } from 'vitest';
import type { VendorOption } from '../../src/engine/model';
import { buildWorkbookModel, type WorkbookModel } from '../../src/export/index';
import { expectClose } from '../support/close';
import { loadWorkbook } from './hyperformula-workbook';
import { randomTermCases } from './random-term-scenarios';
import { exportCases, META, type Case } from './scenarios';

// The Crossover sheet's steady-state year for bids with outcome classes, year-to-date tiers or
// prepaid credit (DOMAIN.md "More vendor terms"): native formulas over Inputs, no engine
// constants; and, recalculated at a chosen volume, the year DOMAIN.md defines, worked by hand.

const cases = [...exportCases(), ...randomTermCases(1, 16)];
const hasTerms = (o: VendorOption) =>
  !!o.charges.classes || o.charges.tierBasis === 'year-to-date' || !!o.charges.prepaid;

/** The solver's volumes: the only numbers on the Crossover sheet that are values by design. */
const SOLVER_LABELS = new Set([
  'Crossover volume (solver)',
  'Build cheaper throughout above (solver)',
]);

function crossoverSheetOf(model: WorkbookModel) {
  return model.sheets.find((s) => s.name === 'Crossover')!;
}

const label = (sheet: ReturnType<typeof crossoverSheetOf>, row: number) =>
  sheet.cells.find((x) => x.ref === `A${row}`)?.value;

describe('Crossover sheet: steady-state years of bids with classes, year-to-date tiers or prepaid credit', () => {
  const withTerms = cases.flatMap((c) =>
    c.result.comparisons
      .filter((k) => k.crossoverContactsPerMonth !== null)
      .map((k) => ({ c, vendor: c.scenario.options.find((o) => o.name === k.vendor) }))
      .filter(({ vendor }) => hasTerms(vendor as VendorOption))
      .map(({ c, vendor }) => ({ c, vendor: vendor as VendorOption })),
  );

  it('covers crossovers of bids with each term', () => {
    expect(withTerms.some(({ vendor }) => !!vendor.charges.classes)).toBe(true);
    expect(withTerms.some(({ vendor }) => vendor.charges.tierBasis === 'year-to-date')).toBe(true);
    expect(withTerms.some(({ vendor }) => !!vendor.charges.prepaid)).toBe(true);
    expect(withTerms.some(({ c }) => c.file === 'examples/complexity-tiered-outcomes.json')).toBe(
      true,
    );
    expect(
      withTerms.some(({ c }) => c.file === 'test/export/fixtures/prepaid-crossover.json'),
    ).toBe(true);
  });

  it.each(cases.map((c) => [c.file, c] as [string, Case]))(
    '%s: no number on the Crossover sheet is an engine constant, except the solver volumes',
    (_file, c) => {
      const sheet = crossoverSheetOf(buildWorkbookModel(c.scenario, c.result, META));
      const constants = sheet.cells.filter((x) => {
        if (x.formula !== undefined || typeof x.value !== 'number' || x.ref.startsWith('A')) {
          return false;
        }
        const row = Number(x.ref.replace(/^[A-Z]+/, ''));
        const name = String(label(sheet, row));
        return !SOLVER_LABELS.has(name) && !name.endsWith('(no usage charge)');
      });
      expect(
        constants.map((x) => `${x.ref} ${String(label(sheet, Number(x.ref.slice(1))))}`),
      ).toEqual([]);
      const years = sheet.cells.filter((x) => String(x.value).endsWith('steady-state year'));
      for (const year of years) {
        const cell = sheet.cells.find((x) => x.ref === `B${year.ref.slice(1)}`)!;
        expect(cell.formula).toBeDefined();
      }
    },
  );
});

/** Recalculates the pair's vendor year with the volume cell set to V (HyperFormula). */
function vendorYearAt(file: string, pair: string, V: number): number {
  const c = cases.find((x) => x.file === file)!;
  const model = buildWorkbookModel(c.scenario, c.result, META);
  const sheet = crossoverSheetOf(model);
  const title = sheet.cells.find((x) => x.value === pair)!;
  const start = Number(title.ref.slice(1));
  const rowOf = (text: string) =>
    Math.min(
      ...sheet.cells
        .filter((x) => x.value === text && Number(x.ref.slice(1)) > start)
        .map((x) => Number(x.ref.slice(1))),
    );
  // HyperFormula's parser reads no exponent inside a formula: the package tolerance spelt out.
  const wb = loadWorkbook({
    ...model,
    sheets: model.sheets.map((x) => ({
      ...x,
      cells: x.cells.map((cell) =>
        cell.formula ? { ...cell, formula: cell.formula.replaceAll('1E-9', '0.000000001') } : cell,
      ),
    })),
  });
  wb.set('Crossover', `B${rowOf('Crossover volume (solver)')}`, V);
  return wb.value('Crossover', `B${rowOf('Vendor: steady-state year')}`) as number;
}

describe('the vendor steady-state year, recalculated at a chosen volume, worked by hand from DOMAIN.md', () => {
  const tiered = 'examples/complexity-tiered-outcomes.json';
  // The credit bid of examples/credit-prepaid-bid.json, against a build that crosses it.
  const credit = 'test/export/fixtures/prepaid-crossover.json';

  it('classes: the month-1 mix, 0.5 x 0.5 + 0.3 x 1.5 + 0.2 x 3 = 1.30 per outcome', () => {
    // V = 60,000: O = 33,000, counted = 1.04 x 33,000 = 34,320, usage 34,320 x 1.30 = 44,616;
    // platform 4,000, people (60,000 - 33,000) x 4.20 = 113,400, oversight 6,000.
    const year = 12 * (34320 * 1.3 + 4000 + 113400 + 6000);
    expectClose(vendorYearAt(tiered, 'Build in-house vs Per claim by complexity', 60000), year);
  });

  it('year-to-date tiers: 12 x 34,320 = 411,840 units over the year, through all three tiers', () => {
    const usage = 150000 * 1.6 + 150000 * 1.2 + (411840 - 300000) * 0.9;
    const year = usage + 12 * (4000 + 113400 + 6000);
    expectClose(vendorYearAt(tiered, 'Build in-house vs Annual volume tiers', 60000), year);
  });

  it('prepaid credit: one prepayment of 100,000, overage beyond it; the free pilot is not in the year', () => {
    // V = 30,000: 1,800,000 credits a month = 18 packages x 500 = 9,000; 108,000 a year, so the
    // prepayment 100,000 plus overage 8,000. People 15,000 x 5 = 75,000, oversight 4,000.
    const pair = 'Build in-house vs Prepaid credits';
    expectClose(vendorYearAt(credit, pair, 30000), 100000 + 8000 + 12 * (75000 + 4000));
    // V = 10,000: 6 packages = 3,000 a month, 36,000 a year inside the credit: no overage.
    expectClose(vendorYearAt(credit, pair, 10000), 100000 + 12 * (25000 + 4000));
    // A prepayment of 300,000 covers the 108,000 at V = 30,000: the prepayment is the whole charge.
    expectClose(
      vendorYearAt(credit, 'Build in-house vs Large prepayment', 30000),
      300000 + 12 * (75000 + 4000),
    );
  });
});
