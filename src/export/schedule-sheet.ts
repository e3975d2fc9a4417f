import { contactsSeries, humanCostSeries } from '../engine/demand';
import { monthlyRate } from '../engine/time';
import type { BuildOption, VendorOption } from '../engine/model';
import type { ScenarioResult } from '../engine/evaluate';
import { absoluteRange, absoluteRef, columnLetters } from './a1';
import type { SheetOverInputs } from './inputs-sheet';
import { COUNT, figureDecimals, MONTH, unitMoney, wholeMoney } from './number-formats';
import { columnPages } from './column-pages';
import { buildColumns, statusQuoColumns, vendorColumns } from './schedule-columns';
import type { RowContext, ScheduleColumn } from './schedule-column';
import { sheetBuilder } from './sheet-builder';
import { switchColumns } from './switch-columns';

export const SCHEDULE = 'Schedule';
const GROUP_ROW = 4;
const HEADER_ROW = 5;
export const FIRST_MONTH_ROW = 6;
/** Month and contract year, repeated at the left of every printed page. */
const TITLE_COLUMNS = 2;
/** Columns printed on a page beside them, so that the figures stay readable. */
const COLUMNS_PER_PAGE = 12;

/** Where each option's monthly lines sit, for the Summary and Crossover formulas. */
export interface ScheduleRefs {
  monthlyDiscountRate: string;
  firstRow: number;
  lastRow: number;
  /** Absolute range of a timeline column: months, contacts, baseline. */
  months: string;
  contacts: string;
  baseline: string;
  /** Per option: absolute range of each of its columns by key (total, cumulative, counted, ...). */
  options: Record<string, string>[];
  /** Per option: the absolute reference of each column in month H. */
  lastMonth: Record<string, string>[];
  /** Per comparison (same order as the result's): the range of its breakeven flags. */
  breakevenFlags: string[];
}

/** One monthly timeline: every option's lines as native formulas over Inputs. */
export const scheduleSheet: SheetOverInputs<ScheduleRefs> = (scenario, result, inputs) => {
  const b = sheetBuilder();
  const H = scenario.horizonMonths;
  const lastRow = FIRST_MONTH_ROW + H - 1;
  const money = wholeMoney(scenario.currency);
  // per-unit columns show the decimals that matter for their values, the same down the column
  const formatOf = (col: ScheduleColumn) =>
    col.numFmt === 'money'
      ? money
      : col.numFmt === 'unitPrice'
        ? unitMoney(
            scenario.currency,
            figureDecimals(Array.from({ length: H }, (_, m) => col.value(m + 1))),
          )
        : col.numFmt;

  b.value(1, 1, 'Schedule', { role: 'title' });
  b.value(1, 2, 'Monthly rate', { role: 'label' });
  b.formula(
    2,
    2,
    `POWER(1+${inputs.discountRateAnnual},1/12)-1`,
    monthlyRate(scenario.discountRateAnnual),
    { role: 'working', numFmt: '0.0000%' },
  );

  const contacts = contactsSeries(scenario);
  const humanCost = humanCostSeries(scenario);
  const common: ScheduleColumn[] = [
    { key: 'month', header: 'Month', numFmt: MONTH, formula: null, value: (m) => m },
    {
      key: 'year',
      header: 'Contract year',
      numFmt: MONTH,
      formula: (c) => `ROUNDUP($A${c.row}/12,0)`,
      value: (m) => Math.ceil(m / 12),
    },
    {
      key: 'contacts',
      header: 'Contacts',
      numFmt: COUNT,
      formula: inputs.contactsByMonth
        ? (c) => inputs.contactsByMonth![c.row - FIRST_MONTH_ROW]
        : (c) => `${inputs.contactsPerMonth}*POWER(1+${inputs.growthAnnual},($A${c.row}-1)/12)`,
      value: (m) => contacts[m - 1],
    },
    {
      key: 'humanCost',
      header: 'Human cost per contact',
      numFmt: 'unitPrice',
      formula: (c) =>
        `${inputs.humanCostPerContact}*POWER(1+${inputs.wageInflationAnnual},($A${c.row}-1)/12)`,
      value: (m) => humanCost[m - 1],
    },
    {
      key: 'baseline',
      header: 'Status-quo cost (gain-share baseline)',
      numFmt: 'money',
      formula: (c) => `$C${c.row}*$D${c.row}`,
      value: (m) => contacts[m - 1] * humanCost[m - 1],
    },
  ];

  const blocks: { title: string; columns: ScheduleColumn[] }[] = [
    { title: 'Timeline', columns: common },
  ];
  scenario.options.forEach((option, i) => {
    const r = result.options[i];
    const refs = inputs.options[i];
    const columns =
      option.kind === 'status-quo'
        ? statusQuoColumns(r)
        : option.kind === 'build'
          ? buildColumns(option as BuildOption, r, refs)
          : option.kind === 'switch'
            ? switchColumns(option, r, scenario, inputs)
            : vendorColumns(option as VendorOption, r, refs);
    blocks.push({ title: option.name, columns });
  });

  // Every block's columns first, so a block can refer to another's (a switch to its vendor and build).
  const blockColumns: Record<string, number>[] = [];
  let start = 1;
  for (const block of blocks) {
    const at: Record<string, number> = {};
    block.columns.forEach((col, j) => (at[col.key] = start + j));
    blockColumns.push(at);
    start += block.columns.length;
  }
  const columnOf = (blockIndex: number, key: string) => {
    const at = blockColumns[blockIndex][key];
    if (at === undefined)
      throw new Error(`Schedule: no column ${key} in ${blocks[blockIndex].title}`);
    return columnLetters(at);
  };

  const optionRanges: Record<string, string>[] = [];
  const optionLast: Record<string, string>[] = [];
  const optionColumns: Record<string, number>[] = [];
  let column = 1;
  blocks.forEach((block, blockIndex) => {
    const at = blockColumns[blockIndex];
    b.value(column, GROUP_ROW, block.title, { role: 'header' });
    const ranges: Record<string, string> = {};
    const last: Record<string, string> = {};
    block.columns.forEach((col) => {
      const c = at[col.key];
      b.value(c, HEADER_ROW, col.header, { role: 'header', wrap: true });
      ranges[col.key] = absoluteRange(SCHEDULE, c, FIRST_MONTH_ROW, lastRow);
      last[col.key] = absoluteRef(SCHEDULE, c, lastRow);
      const style = { role: 'working' as const, numFmt: formatOf(col) };
      for (let m = 1; m <= H; m++) {
        const row = FIRST_MONTH_ROW + m - 1;
        if (col.formula === null) {
          b.value(c, row, col.value(m), { ...style, role: 'label' });
          continue;
        }
        const context: RowContext = {
          row,
          first: m === 1,
          at: (key) => `${columnOf(blockIndex, key)}${row}`,
          above: (key) => `${columnOf(blockIndex, key)}${row - 1}`,
          of: (option, key) => `${columnOf(option + 1, key)}${row}`,
          horizonRef: inputs.horizonMonths,
        };
        b.formula(c, row, col.formula(context), col.value(m), style);
      }
    });
    if (blockIndex > 0) {
      optionRanges.push(ranges);
      optionLast.push(last);
      optionColumns.push(at);
    }
    column += block.columns.length;
  });

  // Breakeven flags: 1 in the months where the build's cumulative total <= the vendor's.
  const breakevenFlags: string[] = [];
  const names = scenario.options.map((o) => o.name);
  if (result.comparisons.length > 0) {
    b.value(column, GROUP_ROW, 'Breakeven (1: build cumulative <= vendor)', {
      role: 'header',
    });
  }
  const breakevenBlock = { first: column, columns: result.comparisons.length };
  result.comparisons.forEach((comparison) => {
    const bi = names.indexOf(comparison.build);
    const vi = names.indexOf(comparison.vendor);
    const buildCum = cumulativeOf(result, bi);
    const vendorCum = cumulativeOf(result, vi);
    b.value(column, HEADER_ROW, `${comparison.build} vs ${comparison.vendor}`, {
      role: 'header',
      wrap: true,
    });
    const buildCol = columnLetters(optionColumns[bi].cumulative);
    const vendorCol = columnLetters(optionColumns[vi].cumulative);
    for (let m = 1; m <= H; m++) {
      const row = FIRST_MONTH_ROW + m - 1;
      b.formula(
        column,
        row,
        `IF(${buildCol}${row}<=${vendorCol}${row},1,0)`,
        buildCum[m - 1] <= vendorCum[m - 1] ? 1 : 0,
        { role: 'working', numFmt: MONTH },
      );
    }
    breakevenFlags.push(absoluteRange(SCHEDULE, column, FIRST_MONTH_ROW, lastRow));
    column++;
  });

  // printed a page of columns at a time beside the month and contract year; a block that
  // continues onto another page repeats its title there
  const printed = [
    { first: TITLE_COLUMNS + 1, columns: common.length - TITLE_COLUMNS },
    ...blocks.slice(1).map((block, i) => ({
      first: blockColumns[i + 1][block.columns[0].key],
      columns: block.columns.length,
    })),
    ...(breakevenBlock.columns > 0 ? [breakevenBlock] : []),
  ];
  const titles = [...blocks.map((block) => block.title), 'Breakeven'];
  const pages = columnPages(printed, COLUMNS_PER_PAGE);
  for (const page of pages)
    if (page.continues)
      b.value(page.first, GROUP_ROW, `${titles[page.block]} (continued)`, { role: 'header' });

  const widths = Array.from({ length: column - 1 }, (_, i) => (i < 2 ? 7 : 12));
  return {
    sheet: {
      name: SCHEDULE,
      cells: b.cells,
      columnWidths: widths,
      freeze: { rows: HEADER_ROW, columns: 2 },
      print: {
        orientation: 'landscape',
        fit: 'width',
        headerRows: { from: GROUP_ROW, to: HEADER_ROW },
        titleColumns: { from: 1, to: TITLE_COLUMNS },
        columnGroups: pages.slice(1).map((p) => p.first),
      },
    },
    refs: {
      monthlyDiscountRate: absoluteRef(SCHEDULE, 2, 2),
      firstRow: FIRST_MONTH_ROW,
      lastRow,
      months: absoluteRange(SCHEDULE, 1, FIRST_MONTH_ROW, lastRow),
      contacts: absoluteRange(SCHEDULE, 3, FIRST_MONTH_ROW, lastRow),
      baseline: absoluteRange(SCHEDULE, 5, FIRST_MONTH_ROW, lastRow),
      options: optionRanges,
      lastMonth: optionLast,
      breakevenFlags,
    },
  };
};

function cumulativeOf(result: ScenarioResult, index: number): Float64Array {
  const total = result.options[index].schedule.total;
  const out = new Float64Array(total.length);
  let sum = 0;
  for (let i = 0; i < total.length; i++) out[i] = sum += total[i];
  return out;
}
