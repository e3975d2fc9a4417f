import type { BuildOption } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { absoluteRange, cellRef, columnLetters } from './a1';
import type { InputRefs } from './inputs-sheet';
import { MONTH, wholeMoney } from './number-formats';
import type { ScheduleRefs } from './schedule-sheet';
import { sheetBuilder } from './sheet-builder';
import type { CellStyle, SheetModel } from './workbook-model';

export const ACCOUNTING = 'Accounting';

/**
 * The P&L beside the cash (DOMAIN.md "Accounting view"), in native formulas: each option's
 * amortisation and expense month by month over Schedule and Inputs, then per contract year and in
 * total its cash, expense, amortisation, cost above EBITDA, and the book value at the horizon.
 */
export function accountingSheet(
  scenario: Scenario,
  result: ScenarioResult,
  inputs: InputRefs,
  schedule: ScheduleRefs,
): SheetModel {
  const b = sheetBuilder();
  const H = scenario.horizonMonths;
  const years = Math.ceil(H / 12);
  const money: CellStyle = { role: 'output', numFmt: wholeMoney(scenario.currency) };
  const working: CellStyle = { role: 'working', numFmt: wholeMoney(scenario.currency) };
  const options = scenario.options;

  b.value(1, 1, 'Accounting: the P&L beside the cash', { role: 'title' });
  b.value(
    1,
    2,
    'Vendor fees and people are expense as incurred. A build capitalises its capitalised share of the build spend and amortises it straight line over its useful life from go-live, below EBITDA. Book value = capitalised amount - amortisation charged by the horizon.',
    { role: 'note' },
  );

  // The monthly block sits below the year table: month, year, then per option amortisation and expense.
  const tableTop = 4;
  const tableRows = options.length * (years + 1);
  const monthHeader = tableTop + tableRows + 3;
  const first = monthHeader + 1;
  const last = first + H - 1;
  b.value(1, monthHeader - 1, 'Month by month', { role: 'header' });
  b.value(1, monthHeader, 'Month', { role: 'header' });
  b.value(2, monthHeader, 'Contract year', { role: 'header' });
  for (let m = 1; m <= H; m++) {
    const row = first + m - 1;
    b.value(1, row, m, { role: 'label', numFmt: MONTH });
    b.formula(2, row, `ROUNDUP(A${row}/12,0)`, Math.ceil(m / 12), {
      role: 'working',
      numFmt: MONTH,
    });
  }
  const yearRange = absoluteRange(ACCOUNTING, 2, first, last);

  const monthly = options.map((option, i) => {
    const amortCol = 3 + 2 * i;
    const expenseCol = amortCol + 1;
    const a = result.options[i].accounting;
    const total = schedule.options[i].total;
    const cashAt = (row: number) => `INDEX(${total},$A${row})`;
    b.value(amortCol, monthHeader, `${option.name}: amortisation`, { role: 'header', wrap: true });
    b.value(expenseCol, monthHeader, `${option.name}: expense`, { role: 'header', wrap: true });
    // a build capitalises its own share; a switch the share of the build it names
    const named = option.kind === 'switch' ? options.findIndex((o) => o.name === option.build) : i;
    const build =
      options[named].kind === 'build' && (options[named] as BuildOption).capitalizedShare > 0
        ? (options[named] as BuildOption)
        : null;
    const f = inputs.options[named].fields;
    const vendor =
      option.kind === 'switch' ? options.find((o) => o.name === option.vendor) : option;
    const prepays = vendor?.kind === 'vendor' && vendor.charges.prepaid !== undefined;
    for (let m = 1; m <= H; m++) {
      const row = first + m - 1;
      const amort = build
        ? `IF(AND($A${row}>${f.buildMonths},$A${row}<=${f.buildMonths}+${f.usefulLifeMonths}),${f.capitalizedShare}*${f.buildCost}/${f.usefulLifeMonths},0)`
        : '0';
      b.formula(amortCol, row, amort, a.amortization[m - 1], working);
      const spend = build
        ? `-${f.capitalizedShare}*INDEX(${schedule.options[i].buildSpend},$A${row})`
        : '';
      // prepaid credit: an asset when paid, expensed as drawn or expired
      const cols = schedule.options[i];
      const prepaid = prepays
        ? `-INDEX(${cols.prepayment},$A${row})+INDEX(${cols.prepaidDrawn},$A${row})+INDEX(${cols.prepaidExpired},$A${row})`
        : '';
      b.formula(
        expenseCol,
        row,
        `${cashAt(row)}${spend}${prepaid}+${cellRef(amortCol, row)}`,
        a.expense[m - 1],
        working,
      );
    }
    return {
      amortization: absoluteRange(ACCOUNTING, amortCol, first, last),
      expense: absoluteRange(ACCOUNTING, expenseCol, first, last),
    };
  });

  const headers = [
    'Option',
    'Contract year',
    'Cash',
    'Expense',
    'Amortisation',
    'Cost above EBITDA',
    `Book value, month ${H}`,
  ];
  headers.forEach((h, c) => b.value(c + 1, tableTop, h, { role: 'header', wrap: true }));
  let row = tableTop + 1;
  options.forEach((option, i) => {
    const a = result.options[i].accounting;
    const ranges = monthly[i];
    const cash = schedule.options[i].total;
    const firstRow = row;
    for (const y of a.years) {
      b.value(1, row, option.name, { role: 'label' });
      b.value(2, row, y.year, { role: 'label', numFmt: MONTH });
      b.formula(3, row, sumByYear(yearRange, row, cash), y.cash, money);
      b.formula(4, row, sumByYear(yearRange, row, ranges.expense), y.expense, money);
      b.formula(5, row, sumByYear(yearRange, row, ranges.amortization), y.amortization, money);
      b.formula(6, row, `D${row}-E${row}`, y.ebitdaCost, money);
      row++;
    }
    const t = a.total;
    b.value(1, row, option.name, { role: 'label', bold: true });
    b.value(2, row, 'total', { role: 'label', bold: true });
    const sumOf = (c: number) =>
      `SUM(${columnLetters(c)}${firstRow}:${columnLetters(c)}${row - 1})`;
    b.formula(3, row, sumOf(3), t.cash, { ...money, bold: true });
    b.formula(4, row, sumOf(4), t.expense, { ...money, bold: true });
    b.formula(5, row, sumOf(5), t.amortization, { ...money, bold: true });
    b.formula(6, row, `D${row}-E${row}`, t.ebitdaCost, { ...money, bold: true });
    const named = option.kind === 'switch' ? options.findIndex((o) => o.name === option.build) : i;
    const f = inputs.options[named].fields;
    b.formula(
      7,
      row,
      options[named].kind === 'build' && f.capitalizedShare !== '0'
        ? `${f.capitalizedShare}*${f.buildCost}-SUM(${ranges.amortization})`
        : `0-SUM(${ranges.amortization})`,
      a.bookValueAtHorizon,
      { ...money, bold: true },
    );
    row++;
  });

  return {
    name: ACCOUNTING,
    cells: b.cells,
    columnWidths: [10, 8, ...Array.from({ length: 2 * options.length }, () => 12)],
    freeze: { rows: 0, columns: 1 },
    print: {
      orientation: 'landscape',
      fit: 'width',
      headerRows: { from: monthHeader, to: monthHeader },
    },
  };
}

/** The sum of a monthly range over the months of the contract year in column B of this row. */
const sumByYear = (years: string, row: number, range: string) =>
  `SUMPRODUCT((${years}=$B${row})*${range})`;
