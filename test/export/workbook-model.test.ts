import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildWorkbookModel, writeXlsx } from '../../src/export/index';
import { chartParts } from './chart-parts';
import { exportCases, META } from './scenarios';

// The shape of the board workbook, independent of any spreadsheet: which functions and
// constants the formulas use, where inputs sit, and how the xlsx reads back in exceljs.

const ALLOWED_FUNCTIONS = new Set([
  'ROUND',
  'SUM',
  'SUMPRODUCT',
  'MIN',
  'MAX',
  'IF',
  'CEILING',
  'NPV',
  'INDEX',
  'MATCH',
  'POWER',
  'ABS',
  'ROUNDUP',
  'AND',
  'OR',
  'MOD',
  'ISNUMBER',
]);
/** Structural constants only: zero, one, months per year, tokens per million. */
// 1E-9 is DOMAIN.md's package-count tolerance, a definition rather than an input
const ALLOWED_NUMBERS = new Set(['0', '1', '12', '1000000', '1E-9']);

const cases = exportCases();
const models = cases.map((c) => ({ c, model: buildWorkbookModel(c.scenario, c.result, META) }));
const formulas = models.flatMap(({ model }) =>
  model.sheets.flatMap((s) =>
    s.cells.filter((x) => x.formula !== undefined).map((x) => ({ sheet: s.name, ...x })),
  ),
);

describe('board workbook model', () => {
  it('has the sheets the board reads, Summary first, Accounting when the P&L differs from cash', () => {
    for (const { c, model } of models) {
      const capitalises = c.scenario.options.some(
        (o) =>
          (o.kind === 'build' && o.capitalizedShare > 0) ||
          (o.kind === 'vendor' && o.charges.prepaid !== undefined),
      );
      expect(model.sheets.map((s) => s.name)).toEqual([
        'Summary',
        'Inputs',
        'Schedule',
        'Crossover',
        ...(capitalises ? ['Accounting'] : []),
        ...(c.scenario.uncertainty ? ['Risk'] : []),
        'Definitions',
      ]);
    }
    expect(
      models.filter(({ model }) => model.sheets.some((s) => s.name === 'Accounting')).length,
    ).toBe(5);
  });

  it('uses classic functions only', () => {
    const used = new Set(
      formulas.flatMap((f) => [...f.formula!.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])),
    );
    expect([...used].filter((name) => !ALLOWED_FUNCTIONS.has(name))).toEqual([]);
    expect(used.has('NPV')).toBe(true);
    expect(used.has('MATCH')).toBe(true);
  });

  it('hides no constants inside formulas (numbers other than 0, 1, 12, 1000000 and 1E-9 come from Inputs)', () => {
    const hidden = formulas
      .map((f) => {
        const stripped = f
          .formula!.replace(/"[^"]*"/g, '')
          .replace(/('[^']+'|[A-Za-z]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, '')
          .replace(/\$?[A-Z]{1,3}\$?\d+/g, '');
        const numbers = stripped.match(/\d+(\.\d+)?(E[+-]?\d+)?/g) ?? [];
        return { ref: `${f.sheet}!${f.ref}`, bad: numbers.filter((n) => !ALLOWED_NUMBERS.has(n)) };
      })
      .filter((x) => x.bad.length > 0);
    expect(hidden).toEqual([]);
  });

  it('gives every scenario input its own input cell on Inputs', () => {
    for (const { c, model } of models) {
      const inputs = model.sheets.find((s) => s.name === 'Inputs')!;
      const inputValues = inputs.cells.filter((x) => x.style?.role === 'input').map((x) => x.value);
      expect(inputValues).toContain(c.scenario.humanCostPerContact);
      expect(inputValues).toContain(c.scenario.horizonMonths);
      for (const option of c.scenario.options) {
        if (option.kind === 'vendor') expect(inputValues).toContain(option.resolutionRate);
        if (option.kind === 'build') expect(inputValues).toContain(option.buildCost);
      }
      expect(inputs.cells.every((x) => x.formula === undefined)).toBe(true);
    }
  });

  it('puts the engine values in Summary as cached results', () => {
    for (const { c, model } of models) {
      const summary = model.sheets.find((s) => s.name === 'Summary')!;
      const results = summary.cells.map((x) => x.result);
      for (const option of c.result.options) {
        expect(results).toContain(option.totalCost);
        expect(results).toContain(option.npv);
      }
    }
  });

  it('escapes text a spreadsheet could read as a formula', () => {
    const texts = models.flatMap(({ model }) =>
      model.sheets.flatMap((s) =>
        s.cells.filter((x) => typeof x.value === 'string').map((x) => x.value as string),
      ),
    );
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    expect(texts).toContain("'+Status quo");
    expect(texts).toContain("'@Capped hybrid");
    expect(texts).toContain("'-Volume tiers with fees");
    expect(texts.some((t) => t.startsWith("'=HYPERLINK("))).toBe(true);
  });

  it('writes an xlsx that exceljs reads back: styles, formulas with cached results, print setup, a native chart', async () => {
    const { c, model } = models.find(({ c }) => c.file.endsWith('support-team.json'))!;
    const buffer = await writeXlsx(model);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    const summary = wb.getWorksheet('Summary')!;
    expect(summary.pageSetup.orientation).toBe('landscape');
    expect(summary.pageSetup.fitToPage).toBe(true);
    expect(summary.pageSetup.fitToWidth).toBe(1);
    expect(summary.pageSetup.fitToHeight).toBe(1);
    // the chart is a chart part, not a picture
    expect(summary.getImages()).toHaveLength(0);
    expect((await chartParts(new Uint8Array(buffer))).map((x) => [x.sheet, x.title])).toEqual([
      ['Summary', 'Cumulative cost per option'],
    ]);
    expect(summary.headerFooter.oddFooter).toBe(
      `&L&8${c.scenario.name.slice(0, 47)}…&C&8&A&R&8Page &P of &N`,
    );
    const best = c.result.options.find((o) => o.name === c.result.ranking[0])!;
    const npvCell = summary.getCell('D6');
    expect(npvCell.type).toBe(ExcelJS.ValueType.Formula);
    expect((npvCell.model as { result?: number }).result).toBe(best.npv);
    // totals and NPVs in whole dollars; full precision in the cell
    expect(npvCell.numFmt).toBe('"$"#,##0_)');
    // the other sheets print one page wide at a computed scale, headers repeated
    const schedule = wb.getWorksheet('Schedule')!;
    expect(schedule.pageSetup.fitToPage).toBe(false);
    expect(schedule.pageSetup.scale).toBeGreaterThanOrEqual(40);
    expect(schedule.pageSetup.scale).toBeLessThan(100);
    expect(schedule.pageSetup.printTitlesRow).toBe('4:5');
    expect(schedule.pageSetup.printTitlesColumn).toBe('A:B');
    const inputs = wb.getWorksheet('Inputs')!;
    const horizon = inputs.getColumn(2).values.indexOf(c.scenario.horizonMonths);
    expect(horizon).toBeGreaterThan(0);
    const horizonCell = inputs.getCell(horizon, 2);
    expect(horizonCell.font.color?.argb).toBe('FF0000FF');
    expect((horizonCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
  });
});
