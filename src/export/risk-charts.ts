import { cellRef } from './a1';
import { PERCENT_AXIS, wholeMoney } from './number-formats';
import { SERIES_COLORS } from './series-colors';
import type { ChartModel } from './workbook-model';

// The Risk sheet's charts over its correlation section's tables: each input's contribution to
// the variance of the margin (bars, signed) and the spider (the margin with one input at a time
// at its percentiles, a line per input). Both read the tables' cells and cache the report's figures.

/** Rows a chart takes below its table, and the columns it spans (A to I, the sheet's tables). */
export const RISK_CHART_ROWS = 18;
const RISK_CHART_COLUMNS = 9;

interface Anchor {
  sheet: string;
  /** The chart's first row. */
  top: number;
}

const place = ({ sheet, top }: Anchor, rows: number) => ({
  sheet,
  from: cellRef(1, top),
  to: cellRef(RISK_CHART_COLUMNS, top + rows - 1),
});

/** Horizontal bars, one per input in the contribution table's order (largest first at the top). */
export function contributionChart(
  at: Anchor,
  recommendation: string,
  table: { categories: string; values: string },
  inputs: { words: string; contribution: number }[],
): ChartModel {
  return {
    kind: 'bar',
    ...place(at, Math.max(RISK_CHART_ROWS, inputs.length + 8)),
    title: `Contribution to the variance of the margin of ${recommendation}`,
    xTitle: 'Input (largest share first)',
    yTitle: 'Share of the variance (signed)',
    valueFormat: PERCENT_AXIS,
    categories: inputs.map((r) => r.words),
    categoriesRef: table.categories,
    series: [
      {
        name: 'Contribution',
        ref: table.values,
        values: inputs.map((r) => r.contribution),
        color: SERIES_COLORS[0],
      },
    ],
  };
}

/** One line per input across its percentiles P10 to P90. */
export function spiderChart(
  at: Anchor,
  recommendation: string,
  currency: string,
  percentiles: { labels: string[]; ref: string },
  lines: { name: string; ref: string; values: number[] }[],
): ChartModel {
  return {
    kind: 'line',
    ...place(at, RISK_CHART_ROWS),
    title: `Spider: margin of ${recommendation} with one input at its percentiles`,
    xTitle: 'Percentile of the input (the others at base)',
    yTitle: `Margin over the next option (${currency})`,
    valueFormat: wholeMoney(currency),
    categories: percentiles.labels,
    categoriesRef: percentiles.ref,
    series: lines.map((l, i) => ({ ...l, color: SERIES_COLORS[i % SERIES_COLORS.length] })),
  };
}
