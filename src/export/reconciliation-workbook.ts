import { CLAUSE_TABLE_HEADER, clauseRows } from '../reconcile/clause-rows';
import type { ReconciledPeriod, Reconciliation } from '../reconcile/reconcile-counts';
import { monthColumns } from '../reconcile/report/month-columns';
import { reconciliationFigures } from '../reconcile/report/reconciliation-figures';
import { driftAlarmText } from '../reconcile/report/reconciliation-text';
import { absoluteRange, cellRef } from './a1';
import { layOutSheet } from './lay-out-sheet';
import { COUNT, figureDecimals, inputFormat, RATIO, unitMoney, wholeMoney } from './number-formats';
import { sheetBuilder } from './sheet-builder';
import type { SheetModel, WorkbookModel } from './workbook-model';

/** A reconciliation and where it came from: what the board workbook's sheet shows. */
export interface BoardReconciliation {
  reconciliation: Reconciliation;
  definition: string;
  /** where the events came from (a file name, or a table at a redacted URL) */
  source: string;
}

export interface ReconciliationExport extends BoardReconciliation {
  currency: string;
  exportDate: string;
  version: string;
}

export const RECONCILIATION = 'Reconciliation';
const MONTH_HEADER = monthColumns();

/** The workbook of `crossover reconcile --xlsx`: the Reconciliation sheet alone. */
export function reconciliationWorkbookModel(input: ReconciliationExport): WorkbookModel {
  return { sheets: [layOutSheet(reconciliationSheet(input))], title: 'Reconciliation' };
}

/**
 * A reconciliation for the board: the inputs (price, tolerance), the overcharge in one sentence,
 * the monthly table with its prices as native formulas over the counts, the gap clause by
 * clause, priced by formula and closed to the overcharge, as the CLI, OUTCOME.RECONCILE and the
 * taskpane show it, and a chart of the vendor's count against the buyer's, month by month.
 */
export function reconciliationSheet(input: ReconciliationExport): SheetModel {
  const { reconciliation: r, currency } = input;
  const figures = reconciliationFigures(r, currency);
  const money = { numFmt: wholeMoney(currency) };
  const count = { numFmt: COUNT };
  const effective = {
    numFmt: unitMoney(
      currency,
      figureDecimals(
        [...r.months, r.total].flatMap((p) =>
          p.effectivePrice === null ? [] : [p.effectivePrice],
        ),
      ),
    ),
  };
  const b = sheetBuilder();
  b.value(1, 1, 'Reconciliation of the vendor count', { role: 'title' });
  b.value(1, 2, `Definition: ${input.definition}`, { role: 'note' });
  b.value(
    1,
    3,
    `Events: ${input.source}. Exported ${input.exportDate} by Crossover ${input.version}.`,
    {
      role: 'note',
    },
  );
  b.value(1, 4, figures.headline, { role: 'label', bold: true });
  b.value(1, 5, 'price per outcome', { role: 'label' });
  const price = b.value(2, 5, r.price, {
    role: 'input',
    numFmt: inputFormat('money', [r.price], currency),
  });
  b.value(1, 6, 'tolerance', { role: 'label' });
  const tolerance = b.value(2, 6, r.tolerance, {
    role: 'input',
    numFmt: inputFormat('percent', [r.tolerance], currency),
  });
  const priceAbs = price.replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
  const toleranceAbs = tolerance.replace(/([A-Z]+)(\d+)/, '$$$1$$$2');

  b.value(
    1,
    7,
    "drift alarm: yes when the month's ratio (vendor / buyer) lies above the upper 95% prediction bound of the trend fitted on the usable months before it (at least 4); n/a when it cannot be judged.",
    { role: 'note' },
  );
  const top = 8;
  MONTH_HEADER.forEach((h, c) => b.value(c + 1, top, h, { role: 'header', wrap: true }));
  const periodRow = (p: ReconciledPeriod, row: number, sums?: { from: number; to: number }) => {
    const at = (c: number) => cellRef(c, row);
    const sum = (c: number) => `SUM(${cellRef(c, sums!.from)}:${cellRef(c, sums!.to)})`;
    b.value(1, row, p.month, sums ? { role: 'output' } : undefined);
    const counts = [p.contacts, p.vendorCount, p.buyerCount, p.both];
    counts.forEach((v, i) =>
      sums ? b.formula(i + 2, row, sum(i + 2), v, count) : b.value(i + 2, row, v, count),
    );
    b.formula(6, row, `${at(3)}-${at(5)}`, p.billedNotOutcome, count);
    b.formula(7, row, `${at(4)}-${at(5)}`, p.outcomeNotBilled, count);
    b.formula(8, row, `IF(${at(4)}>0,${at(3)}/${at(4)},"n/a")`, p.overcountRatio ?? 'n/a', {
      numFmt: RATIO,
    });
    b.formula(
      9,
      row,
      `IF(${at(4)}>0,${priceAbs}*${at(3)}/${at(4)},"n/a")`,
      p.effectivePrice ?? 'n/a',
      effective,
    );
    b.formula(10, row, `${priceAbs}*(${at(3)}-${at(4)})`, p.overcharge, money);
    const over = `IF(${at(4)}>0,ABS(${at(3)}-${at(4)})/${at(4)}>${toleranceAbs},${at(3)}>0)`;
    b.formula(11, row, `IF(${over},"yes","no")`, p.toleranceExceeded ? 'yes' : 'no');
    if (sums) {
      b.formula(12, row, sum(12), p.billableCount, count);
      b.formula(13, row, sum(13), p.correctedInvoice, money);
    } else {
      b.formula(12, row, `IF(${at(11)}="yes",${at(4)},${at(3)})`, p.billableCount, count);
      b.formula(13, row, `${priceAbs}*${at(12)}`, p.correctedInvoice, money);
    }
    // a value, not a formula: a regression over the usable months before each one has no short
    // native form; the note under the table says how it is computed
    if (!sums) b.value(14, row, driftAlarmText(p.driftAlarm));
  };
  r.months.forEach((p, i) => periodRow(p, top + 1 + i));
  const totalRow = top + 1 + r.months.length;
  periodRow(r.total, totalRow, { from: top + 1, to: totalRow - 1 });

  const clauseTop = totalRow + 2;
  b.value(1, clauseTop, 'The gap clause by clause (in total)', { role: 'title' });
  CLAUSE_TABLE_HEADER.forEach((h, c) =>
    b.value(c + 1, clauseTop + 1, h, { role: 'header', wrap: true }),
  );
  const rows = clauseRows(r.total, r.price);
  const first = clauseTop + 2;
  rows.forEach((row, i) => {
    const at = first + i;
    b.value(1, at, row.label, row.kind === 'total' ? { role: 'output' } : undefined);
    if (row.kind === 'total') {
      b.formula(2, at, `SUM(${cellRef(2, first)}:${cellRef(2, at - 1)})`, row.firstFailing, count);
      b.formula(4, at, `SUM(${cellRef(4, first)}:${cellRef(4, at - 1)})`, row.overcharge, money);
    } else {
      b.value(2, at, row.firstFailing, count);
      if (row.failing !== null) b.value(3, at, row.failing, count);
      b.formula(4, at, `${priceAbs}*${cellRef(2, at)}`, row.overcharge, money);
    }
  });
  const check = first + rows.length;
  b.value(1, check, 'check: equals the overcharge', { role: 'label' });
  b.formula(4, check, `ROUND(${cellRef(4, check - 1)},2)=ROUND(${cellRef(10, totalRow)},2)`, true, {
    role: 'check',
  });

  const firstMonth = top + 1;
  const lastMonth = totalRow - 1;
  const chartTop = check + 2;
  return {
    name: RECONCILIATION,
    cells: b.cells,
    columnWidths: [10, 10, 10, 10, 10, 10, 10, 8, 10, 10, 8, 10, 12, 8],
    freeze: { rows: top, columns: 1 },
    print: { orientation: 'landscape', fit: 'width', headerRows: { from: top, to: top } },
    charts: [
      {
        kind: 'column',
        sheet: RECONCILIATION,
        title: "Vendor's count against the buyer's, month by month",
        from: cellRef(1, chartTop),
        to: cellRef(10, chartTop + 19),
        xTitle: 'Month',
        yTitle: 'Outcomes',
        valueFormat: COUNT,
        categories: figures.months,
        categoriesRef: absoluteRange(RECONCILIATION, 1, firstMonth, lastMonth),
        series: [
          {
            name: 'Vendor count (billed)',
            ref: absoluteRange(RECONCILIATION, 3, firstMonth, lastMonth),
            values: figures.vendorCounts,
            color: 'E15759',
          },
          {
            name: "Buyer's count (definition)",
            ref: absoluteRange(RECONCILIATION, 4, firstMonth, lastMonth),
            values: figures.buyerCounts,
            color: '4E79A7',
          },
        ],
      },
    ],
  };
}
