import { formatNumber } from '../text/format';
import type { Scenario } from '../scenario/schema';
import { fieldDisplay, fieldWords, optionKinds } from '../uncertainty/describe-field';
import type { RiskReport } from '../uncertainty/risk-report';
import { inputCorrelation } from '../uncertainty/correlation-matrix';
import { SPIDER_PERCENTILES } from '../uncertainty/spider';
import { absoluteRange, columnLetters, sheetPrefix } from './a1';
import { figureFormat, moneyFormat, PERCENT } from './number-formats';
import { contributionChart, spiderChart } from './risk-charts';
import type { SheetBuilder } from './sheet-builder';
import type { CellStyle, ChartModel } from './workbook-model';

/** Where the tables of the section lie, for charts drawn from them. */
export interface RiskCorrelationRanges {
  /** The contribution table: its inputs in words (categories) and contributions (values). */
  contributions: { categories: string; values: string };
  /** The spider: the percentiles (x) and each input's margins at them (one series per row). */
  spider: { percentiles: string; series: { name: string; ref: string }[] };
}

const CORRELATION = '0.000';

/**
 * The Risk sheet's section on inputs that move together: the correlation matrix the simulation
 * used (after any repair), each input's contribution to the variance of the margin, and the
 * spider (the margin with each input alone at its P10, P25, P50, P75 and P90), written from
 * `top` down in columns A onward, each of the last two tables followed by its chart. Returns
 * the row after it, the ranges the charts read and the charts.
 */
export function riskCorrelationSection(
  b: SheetBuilder,
  at: { sheet: string; top: number },
  scenario: Scenario,
  report: RiskReport,
): { nextRow: number; ranges: RiskCorrelationRanges; charts: ChartModel[] } {
  const { sheet, top } = at;
  const kinds = optionKinds(scenario);
  const money: CellStyle = { role: 'output', numFmt: moneyFormat(scenario.currency, 0) };
  const header: CellStyle = { role: 'header', wrap: true };
  const label: CellStyle = { role: 'label' };
  const { inputs, correlations } = scenario.uncertainty!;
  const correlation = inputCorrelation(inputs, correlations);
  const words = (j: number) =>
    fieldWords(kinds, { option: inputs[j].option ?? null, field: inputs[j].field });
  let row = top;
  const headerRow = (labels: (string | number)[]) => {
    labels.forEach((h, i) => b.value(1 + i, row, h, header));
    row++;
  };

  if (correlation) {
    b.value(1, row++, 'Correlations used by the simulation', { role: 'title' });
    b.value(
      1,
      row++,
      `The correlation of the variables' normal scores (Iman-Conover): the trials' rank correlations come out near these. ${
        correlation.repair
          ? 'The correlations as written cannot all hold at once (their matrix is not positive definite): this is the nearest correlation matrix, used instead.'
          : 'As written in the scenario: 1 on the diagonal, each listed pair, 0 elsewhere.'
      } Inputs of one group are one variable. The tornado, the switch values and the spider move one input at a time and ignore the correlations.`,
      { role: 'note' },
    );
    const names = correlation.variables.map((members) => {
      const group = inputs[members[0]].group;
      const which = members.map((j) => `#${j + 1}`).join(', ');
      return group === undefined ? `${words(members[0])} (${which})` : `group ${group} (${which})`;
    });
    headerRow(['Variable', ...correlation.variables.map((_, v) => v + 1)]);
    correlation.used.forEach((values, v) => {
      b.value(1, row, `${v + 1}: ${names[v]}`, label);
      values.forEach((x, w) => b.value(2 + w, row, x, { role: 'output', numFmt: CORRELATION }));
      row++;
    });
    row++;
  }

  b.value(1, row++, 'Contribution to variance', { role: 'title' });
  b.value(
    1,
    row++,
    `Each input's share of the variance of the margin of ${report.recommendation} over the ${formatNumber(report.simulation.trials)} trials: its rank correlation with the margin, squared, over the sum of squares, with its sign (negative: the input's rise shrinks the margin). Unlike the tornado, it sees inputs that move together; the inputs of a group share one row's figures. In Excel: =OUTCOME.CONTRIBUTION.`,
    { role: 'note' },
  );
  headerRow(['#', 'Input', 'Rank correlation', 'Contribution']);
  const firstContribution = row;
  for (const r of report.contributions) {
    b.value(1, row, r.input + 1, label);
    b.value(2, row, words(r.input), label);
    b.value(3, row, r.rankCorrelation, { role: 'output', numFmt: CORRELATION });
    b.value(4, row, r.contribution, { role: 'output', numFmt: PERCENT });
    row++;
  }
  const lastContribution = row - 1;
  const contributions = {
    categories: absoluteRange(sheet, 2, firstContribution, lastContribution),
    values: absoluteRange(sheet, 4, firstContribution, lastContribution),
  };
  row++;
  const contribution = contributionChart(
    { sheet, top: row },
    report.recommendation,
    contributions,
    report.contributions.map((r) => ({ words: words(r.input), contribution: r.contribution })),
  );
  row = chartEnd(contribution) + 2;

  b.value(1, row++, 'Spider: the margin with each input at its percentiles', { role: 'title' });
  // a flat line says nothing and hides the lines under it: the chart leaves those inputs out
  const flat = report.spider.filter((s) => s.points.every((p) => p.margin === s.points[0].margin));
  const leftOut =
    flat.length === 0
      ? ''
      : ` The chart leaves out the inputs that do not move the margin: ${flat.map((s) => words(s.input)).join(', ')}.`;
  b.value(
    1,
    row++,
    `The margin of ${report.recommendation} over the next option with one input at its P10, P25, P50, P75 and P90 (rounded and clamped as in the tornado), the others at base; the values below.${leftOut}`,
    { role: 'note' },
  );
  headerRow(['#', 'Input', ...SPIDER_PERCENTILES.map((p) => `P${p}`)]);
  const percentileRow = row - 1;
  const series = report.spider.map((s) => {
    b.value(1, row, s.input + 1, label);
    b.value(2, row, words(s.input), label);
    s.points.forEach((p, k) => b.value(3 + k, row, p.margin, money));
    const values = s.points.map((p) => p.margin);
    return { name: words(s.input), ref: percentilesOfRow(sheet, row++), values };
  });
  row++;
  const moving = series.filter((_, i) => !flat.includes(report.spider[i]));
  const spider = spiderChart(
    { sheet, top: row },
    report.recommendation,
    scenario.currency,
    { labels: SPIDER_PERCENTILES.map((p) => `P${p}`), ref: percentilesOfRow(sheet, percentileRow) },
    moving.length > 0 ? moving : series,
  );
  row = chartEnd(spider) + 2;
  headerRow(['#', 'Input value at', ...SPIDER_PERCENTILES.map((p) => `P${p}`)]);
  for (const s of report.spider) {
    b.value(1, row, s.input + 1, label);
    b.value(2, row, words(s.input), label);
    // each row its input's own format: money, percent or a count, its decimals alike along the row
    const named = { option: inputs[s.input].option ?? null, field: inputs[s.input].field };
    const values = s.points.map((p) => p.value);
    const numFmt = figureFormat(fieldDisplay(kinds, named), values, scenario.currency);
    values.forEach((v, k) => b.value(3 + k, row, v, { role: 'output', numFmt }));
    row++;
  }
  return {
    nextRow: row + 1,
    ranges: {
      contributions,
      spider: {
        percentiles: percentilesOfRow(sheet, percentileRow),
        series: series.map(({ name, ref }) => ({ name, ref })),
      },
    },
    charts: [contribution, spider],
  };
}

/** The last row a chart covers. */
const chartEnd = (chart: ChartModel) => Number(chart.to.replace(/^[A-Z]+/, ''));

/** Columns C to G of one row, absolute: the five percentiles of a spider line. */
function percentilesOfRow(sheet: string, row: number): string {
  const last = columnLetters(2 + SPIDER_PERCENTILES.length);
  return `${sheetPrefix(sheet)}$C$${row}:$${last}$${row}`;
}
