import { formatMoney, formatPercent } from '../text/format';
import type { Scenario } from '../scenario/schema';
import {
  fieldDisplay,
  fieldWords,
  optionKinds,
  switchSentence,
} from '../uncertainty/describe-field';
import type { RiskReport } from '../uncertainty/risk-report';
import { absoluteRange, cellRef } from './a1';
import { figureFormat, inputFormat, MONTH, PERCENT, wholeMoney } from './number-formats';
import { riskCorrelationSection } from './risk-correlation-section';
import { sheetBuilder } from './sheet-builder';
import type { CellStyle, ChartModel, SheetModel } from './workbook-model';

export const RISK = 'Risk';

const DISTRIBUTION_WORDS = {
  uniform: 'Uniform',
  triangular: 'Triangular',
  pert: 'Beta-PERT',
  normal: 'Normal',
} as const;

/**
 * The scenario's ranges and what the engine made of them: the tornado (table and chart), the
 * switch values in words and the simulation's summary with its trials and seed. A spreadsheet
 * cannot rerun a simulation by formula, so the figures are the engine's at export; the sheet
 * says so and names the functions that recompute them in Excel.
 */
export function riskSheet(scenario: Scenario, report: RiskReport): SheetModel {
  const uncertainty = scenario.uncertainty!;
  const kinds = optionKinds(scenario);
  const currency = scenario.currency;
  const money: CellStyle = { role: 'output', numFmt: wholeMoney(currency) };
  const percent: CellStyle = { role: 'output', numFmt: PERCENT };
  const header: CellStyle = { role: 'header', wrap: true };
  // each row is one input: its stated parameters shown exactly, its percentiles as figures
  const statedFormat = (named: { option: string | null; field: string }, values: number[]) =>
    inputFormat(fieldDisplay(kinds, named), values, currency);
  const figureFormatOf = (named: { option: string | null; field: string }, values: number[]) =>
    figureFormat(fieldDisplay(kinds, named), values, currency);
  const sim = report.simulation;
  const b = sheetBuilder();
  let row = 1;
  // a table's header cells from column A, on the next row
  const headerRow = (labels: string[]) => {
    labels.forEach((h, i) => b.value(1 + i, row, h, header));
    row++;
  };
  b.value(1, row++, 'Risk', { role: 'title' });
  b.value(
    1,
    row++,
    'The tornado, the switch values and the simulation are computed by Crossover from the ranges below at export; Excel cannot rerun them by formula. To see them move, edit the ranges in the scenario (or the taskpane Risk tab) and export again, or use =OUTCOME.TORNADO, =OUTCOME.SWITCHVALUE and =OUTCOME.SIMULATE in Excel.',
    { role: 'note' },
  );
  b.value(
    1,
    row++,
    `Recommendation: ${report.recommendation}, ahead of the next option by the margin below in the base case.`,
    { role: 'label', bold: true },
  );
  b.value(1, row, 'Base-case margin (NPV)', { role: 'label' });
  b.value(2, row++, report.baseMargin, money);
  b.value(
    1,
    row++,
    `Probability the recommendation holds: ${formatPercent(sim.probabilityRecommendationHolds)} (${sim.trials.toLocaleString('en-US')} trials, seed ${sim.seed}, ${sim.sampling === 'lhs' ? 'Latin hypercube' : 'random'} sampling)`,
    { role: 'label', bold: true },
  );
  row++;

  // The ranges, one row per input, its parameters in input cells.
  b.value(1, row++, 'Ranges', { role: 'title' });
  headerRow(['#', 'Input', 'Distribution', 'Low', 'Mode', 'High', 'Mean', 'SD', 'Group']);
  uncertainty.inputs.forEach((input, i) => {
    const named = { option: input.option ?? null, field: input.field };
    const stated =
      input.dist === 'normal'
        ? [input.mean, input.sd]
        : [input.low, input.high, ...(input.dist === 'uniform' ? [] : [input.mode])];
    const input_: CellStyle = { role: 'input', numFmt: statedFormat(named, stated) };
    b.value(1, row, i + 1, { role: 'label' });
    b.value(2, row, fieldWords(kinds, named), { role: 'label' });
    b.value(3, row, DISTRIBUTION_WORDS[input.dist], { role: 'label' });
    if (input.dist === 'normal') {
      b.value(7, row, input.mean, input_);
      b.value(8, row, input.sd, input_);
    } else {
      b.value(4, row, input.low, input_);
      if (input.dist !== 'uniform') b.value(5, row, input.mode, input_);
      b.value(6, row, input.high, input_);
    }
    if (input.group) b.value(9, row, input.group, { role: 'label' });
    row++;
  });
  row++;

  // The tornado: swing by formula over the two margins.
  b.value(1, row++, 'Tornado', { role: 'title' });
  b.value(
    1,
    row++,
    `The margin of ${report.recommendation} over the next option with each input at its P10 and its P90, the others at base; largest swing first. A winner other than ${report.recommendation} marks where the recommendation flips.`,
    { role: 'note' },
  );
  headerRow([
    '#',
    'Input',
    'P10',
    'P90',
    'Margin at P10',
    'Margin at P90',
    'Swing',
    'Winner at P10',
    'Winner at P90',
  ]);
  const firstTornadoRow = row;
  report.tornado.forEach((r, i) => {
    const valueStyle: CellStyle = { role: 'output', numFmt: figureFormatOf(r, [r.low, r.high]) };
    b.value(1, row, i + 1, { role: 'label' });
    b.value(2, row, fieldWords(kinds, r), { role: 'label' });
    b.value(3, row, r.low, valueStyle);
    b.value(4, row, r.high, valueStyle);
    const atLow = b.value(5, row, r.marginAtLow, money);
    const atHigh = b.value(6, row, r.marginAtHigh, money);
    b.formula(7, row, `ABS(${atHigh}-${atLow})`, Math.abs(r.marginAtHigh - r.marginAtLow), money);
    b.value(8, row, r.winnerAtLow, {
      role: 'output',
      bold: r.winnerAtLow !== report.recommendation,
    });
    b.value(9, row, r.winnerAtHigh, {
      role: 'output',
      bold: r.winnerAtHigh !== report.recommendation,
    });
    row++;
  });
  const lastTornadoRow = row - 1;
  row++;
  b.value(
    1,
    row++,
    `Each bar starts at the base-case margin (${formatMoney(report.baseMargin, currency, 0)}) and ends at the margin with that input at its P10 or P90; a bar that crosses zero flips the recommendation.`,
    { role: 'note' },
  );
  const chartRows = Math.max(16, report.tornado.length * 2 + 6);
  const chart: ChartModel = {
    kind: 'tornado',
    sheet: RISK,
    title: `Tornado: margin of ${report.recommendation} over the next option (NPV)`,
    from: cellRef(1, row),
    to: cellRef(9, row + chartRows - 1),
    xTitle: 'Input (largest swing first)',
    yTitle: `Margin over the next option (${currency})`,
    valueFormat: wholeMoney(currency),
    categories: report.tornado.map((r) => fieldWords(kinds, r)),
    categoriesRef: absoluteRange(RISK, 2, firstTornadoRow, lastTornadoRow),
    base: report.baseMargin,
    series: [
      {
        name: 'Margin at P10',
        ref: absoluteRange(RISK, 5, firstTornadoRow, lastTornadoRow),
        values: report.tornado.map((r) => r.marginAtLow),
        color: '4472C4',
      },
      {
        name: 'Margin at P90',
        ref: absoluteRange(RISK, 6, firstTornadoRow, lastTornadoRow),
        values: report.tornado.map((r) => r.marginAtHigh),
        color: 'ED7D31',
      },
    ],
  };
  row += chartRows + 1;

  b.value(1, row++, 'Switch values (each input alone, the others at base)', { role: 'title' });
  for (const value of report.switchValues) {
    b.value(1, row++, switchSentence(kinds, report.recommendation, value, currency), {
      role: 'label',
    });
  }
  row++;

  b.value(
    1,
    row++,
    `Simulation: NPV of each option over ${sim.trials.toLocaleString('en-US')} trials`,
    {
      role: 'title',
    },
  );
  headerRow(['Option', 'Probability cheapest', 'Mean', 'SD', 'P5', 'P10', 'P50', 'P90', 'P95']);
  for (const o of sim.options) {
    b.value(1, row, o.name, { role: 'label' });
    b.value(2, row, o.probabilityFirst, percent);
    [o.npv.mean, o.npv.sd, o.npv.p5, o.npv.p10, o.npv.p50, o.npv.p90, o.npv.p95].forEach((v, i) =>
      b.value(3 + i, row, v, money),
    );
    row++;
  }
  b.value(1, row, `Margin of ${report.recommendation}`, { role: 'label' });
  b.value(6, row, sim.margin.p10, money);
  b.value(7, row, sim.margin.p50, money);
  b.value(8, row, sim.margin.p90, money);
  row += 2;

  if (sim.pairs.length > 0) {
    b.value(1, row++, 'Build against each vendor', { role: 'title' });
    headerRow([
      'Build',
      'Vendor',
      'Probability build cheaper',
      'Breakeven month P10',
      'P50',
      'P90',
    ]);
    for (const p of sim.pairs) {
      b.value(1, row, p.build, { role: 'label' });
      b.value(2, row, p.vendor, { role: 'label' });
      b.value(3, row, p.probabilityBuildCheaper, percent);
      [p.breakevenMonth.p10, p.breakevenMonth.p50, p.breakevenMonth.p90].forEach((m, i) =>
        b.value(4 + i, row, m ?? 'never', { role: 'output', numFmt: MONTH, align: 'right' }),
      );
      row++;
    }
    row++;
  }
  const correlation = riskCorrelationSection(b, { sheet: RISK, top: row }, scenario, report);
  return {
    name: RISK,
    cells: b.cells,
    columnWidths: [8, 24, 12, 12, 12, 12, 12, 12, 12],
    print: { orientation: 'landscape', fit: 'width' },
    charts: [chart, ...correlation.charts],
  };
}
