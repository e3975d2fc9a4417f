import { crossoverSearchLimit } from '../engine/crossover/crossover';
import { moneyFormat as moneyText } from '../text/format';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import type { CrossoverRefs } from './crossover-sheet';
import { probabilityLineOf } from '../uncertainty/probability-line';
import type { RiskReport } from '../uncertainty/risk-report';
import { CHECK_TOLERANCE, type InputRefs } from './inputs-sheet';
import { COUNT, figureDecimals, MONTH, unitMoney, wholeMoney } from './number-formats';
import type { ScheduleRefs } from './schedule-sheet';
import { overcountSection } from './overcount-section';
import { breakevenText } from '../analysis/result-sentences';
import { sheetBuilder } from './sheet-builder';
import { SERIES_COLORS } from './series-colors';
import type { CellStyle, ChartModel, SheetModel } from './workbook-model';

export const SUMMARY = 'Summary';

export interface ExportMeta {
  /** ISO date of the export, e.g. 2026-11-23. */
  exportDate: string;
  /** Crossover's version, from package.json. */
  version: string;
}

/** The one-page board summary: recommendation, ranking, comparisons and the cumulative-cost chart. */
export function summarySheet(
  scenario: Scenario,
  result: ScenarioResult,
  meta: ExportMeta,
  inputs: InputRefs,
  schedule: ScheduleRefs,
  crossover: CrossoverRefs,
  risk?: RiskReport,
): SheetModel {
  const b = sheetBuilder();
  const money: CellStyle = { role: 'output', numFmt: wholeMoney(scenario.currency) };
  // per-contact and per-outcome figures: the decimals that matter, the same down each column
  const perUnit = (values: (number | null)[]): CellStyle => ({
    role: 'output',
    numFmt: unitMoney(
      scenario.currency,
      figureDecimals(values.filter((v): v is number => v !== null)),
    ),
  });
  const perContact = perUnit(result.options.map((o) => o.costPerContact));
  const perOutcome = perUnit(result.options.map((o) => o.effectivePricePerOutcome));
  const text: CellStyle = { role: 'output' };
  const names = scenario.options.map((o) => o.name);
  let row = 1;

  b.value(1, row++, `Board summary: ${scenario.name}`, { role: 'title' });
  b.value(
    1,
    row++,
    `Exported ${meta.exportDate} by Crossover ${meta.version}. ${scenario.currency}, ${scenario.horizonMonths} months, discount rate ${(scenario.discountRateAnnual * 100).toFixed(2)}% a year. Every figure is a formula over the Inputs sheet, except the solver's crossover volumes${result.options.some((o) => (o.overcountCost ?? 0) !== 0 || o.saturatedFromMonth !== null) ? ' and the overcount costs and saturation months (the engine’s)' : ''}.`,
    { role: 'note' },
  );
  b.value(1, row++, recommendation(result), { role: 'label', bold: true });
  // with ranges, the simulation's verdict fills the line under the recommendation
  if (risk) {
    b.value(1, row, `${probabilityLineOf(risk.simulation)}; see the Risk sheet.`, { role: 'note' });
  }
  row++;

  const rowHeights: Record<number, number> = { [row]: 30 };
  const headers = [
    'Rank',
    'Option',
    'Total cost',
    'NPV',
    'Cost per contact',
    'Effective price per outcome',
    'Savings vs status quo',
    'Rule of thumb',
  ];
  headers.forEach((h, i) => b.value(1 + i, row, h, { role: 'header', wrap: true }));
  row++;
  const firstRankRow = row;
  const lastRankRow = row + result.ranking.length - 1;
  const npvRange = `$D$${firstRankRow}:$D$${lastRankRow}`;
  const verdictRefs: Record<string, string> = {};
  result.ranking.forEach((name, rank) => {
    const i = names.indexOf(name);
    const o = result.options[i];
    const cols = schedule.options[i];
    // Rank by NPV; equal NPVs keep the engine's order (the order of these rows).
    const lower = `SUMPRODUCT((${npvRange}<D${row})*1)`;
    const equalAbove =
      row === firstRankRow ? '' : `+SUMPRODUCT(($D$${firstRankRow}:$D$${row - 1}=D${row})*1)`;
    b.formula(1, row, `${lower}${equalAbove}+1`, rank + 1, { role: 'output', numFmt: MONTH });
    b.value(2, row, name, { role: 'label' });
    b.formula(3, row, `SUM(${cols.total})`, o.totalCost, money);
    b.formula(4, row, `NPV(${schedule.monthlyDiscountRate},${cols.total})`, o.npv, money);
    b.formula(
      5,
      row,
      `IF(SUM(${schedule.contacts})>0,C${row}/SUM(${schedule.contacts}),"n/a")`,
      o.costPerContact ?? 'n/a',
      perContact,
    );
    if (o.kind === 'vendor') {
      b.formula(
        6,
        row,
        `IF(SUM(${cols.trueOutcomes})>0,SUM(${cols.vendorCharges})/SUM(${cols.trueOutcomes}),"n/a")`,
        o.effectivePricePerOutcome ?? 'n/a',
        perOutcome,
      );
      const counted = schedule.lastMonth[i].counted;
      b.formula(
        8,
        row,
        `IF(ISNUMBER(F${row}),IF(AND(${counted}>${inputs.ruleOutcomesPerMonth},F${row}>${inputs.rulePrice}),"build","buy"),"buy")`,
        o.ruleOfThumb ?? 'buy',
        text,
      );
      verdictRefs[name] = `H${row}`;
    } else {
      b.value(6, row, '', { role: 'label' });
      b.value(8, row, '', { role: 'label' });
    }
    b.formula(7, row, `SUM(${schedule.baseline})-C${row}`, o.savingsVsStatusQuo, money);
    row++;
  });
  row++;

  if (result.comparisons.length > 0) {
    const cHeaders = [
      'Build',
      'Vendor',
      'Breakeven month',
      'Crossover (contacts/month)',
      'Build year at crossover',
      'Vendor year at crossover',
      'Check',
      'Rule of thumb',
    ];
    cHeaders.forEach((h, i) => b.value(1 + i, row, h, { role: 'header', wrap: true }));
    rowHeights[row] = 30;
    row++;
    result.comparisons.forEach((comparison, k) => {
      b.value(1, row, comparison.build, { role: 'label' });
      b.value(2, row, comparison.vendor, { role: 'label' });
      const flags = schedule.breakevenFlags[k];
      b.formula(
        3,
        row,
        `IF(SUM(${flags})=0,"${breakevenText(comparison, scenario.horizonMonths)}",MATCH(1,${flags},0))`,
        comparison.breakevenMonth ?? breakevenText(comparison, scenario.horizonMonths),
        { role: 'output', numFmt: MONTH, align: 'right', wrap: true },
      );
      const refs = crossover[k];
      if (refs) {
        b.formula(4, row, refs.volume, comparison.crossoverContactsPerMonth, {
          role: 'output',
          numFmt: COUNT,
        });
        const { buildYearValue: buildYear, vendorYearValue: vendorYear } = refs;
        b.formula(5, row, refs.buildYear, buildYear, money);
        b.formula(6, row, refs.vendorYear, vendorYear, money);
        const equal =
          Math.abs(buildYear - vendorYear) <=
          CHECK_TOLERANCE * Math.max(Math.abs(buildYear), Math.abs(vendorYear));
        b.formula(
          7,
          row,
          `IF(ABS(E${row}-F${row})<=${inputs.checkTolerance}*MAX(ABS(E${row}),ABS(F${row})),"equal",IF(E${row}<F${row},"build cheaper here (no equal point)","CHECK FAILS"))`,
          equal
            ? 'equal'
            : buildYear < vendorYear
              ? 'build cheaper here (no equal point)'
              : 'CHECK FAILS',
          { role: 'check' },
        );
      } else {
        b.value(
          4,
          row,
          `none up to ${formatCount(crossoverSearchLimit(result.options[0].schedule.contacts[0]))}`,
          { role: 'output', align: 'right' },
        );
        b.value(5, row, '', { role: 'label' });
        b.value(6, row, '', { role: 'label' });
        b.value(7, row, 'build never cheaper', { role: 'check' });
      }
      const verdict = verdictRefs[comparison.vendor];
      b.formula(8, row, verdict, comparison.ruleOfThumb, text);
      row++;
    });
    b.value(
      1,
      row++,
      `Crossover: the steady monthly volume at which a year of the build costs the same as a year of the vendor (sheet Crossover shows the working). The rule of thumb is a rough guide; the crossover is the answer.${result.comparisons.some((c) => c.breakevenMonth === null && c.breakevenAfterHorizon !== null) ? ' A breakeven after the horizon is the engine’s at export, both options run on to month 240 with every rule continued.' : ''}`,
      { role: 'note' },
    );
  }
  row++;
  const afterOvercount = overcountSection(b, row, scenario, result, inputs, schedule);
  if (afterOvercount > row) row = afterOvercount + 1;

  const chartTop = row;
  const chart: ChartModel = {
    sheet: SUMMARY,
    title: 'Cumulative cost per option',
    from: `A${chartTop}`,
    to: `H${chartTop + 21}`,
    xTitle: 'Month',
    yTitle: `Cumulative cost (${scenario.currency})`,
    valueFormat: wholeMoney(scenario.currency),
    categories: Array.from({ length: scenario.horizonMonths }, (_, m) => m + 1),
    categoriesRef: schedule.months,
    series: scenario.options.map((option, i) => ({
      name: option.name,
      ref: schedule.options[i].cumulative,
      values: Array.from(cumulative(result.options[i].schedule.total)),
      color: SERIES_COLORS[i % SERIES_COLORS.length],
    })),
  };

  return {
    name: SUMMARY,
    cells: b.cells,
    columnWidths: [8, 22, 14, 14, 12, 14, 14, 14],
    rowHeights,
    print: { orientation: 'landscape', fit: 'page' },
    charts: [chart],
  };
}

function cumulative(values: ArrayLike<number>): Float64Array {
  const out = new Float64Array(values.length);
  let sum = 0;
  for (let i = 0; i < values.length; i++) out[i] = sum += values[i];
  return out;
}

function formatCount(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value);
}

/** The recommendation in one sentence, from the ranking by NPV. */
export function recommendation(result: ScenarioResult): string {
  const best = result.options.find((o) => o.name === result.ranking[0])!;
  const money = moneyText(result.currency, 0);
  const versus =
    best.savingsVsStatusQuo > 0
      ? `, saving ${money(best.savingsVsStatusQuo)} against the status quo`
      : best.savingsVsStatusQuo < 0
        ? `, costing ${money(-best.savingsVsStatusQuo)} more than the status quo`
        : '';
  return `Recommendation: ${best.name} has the lowest NPV (${money(best.npv)} over ${result.horizonMonths} months${versus}).`;
}
