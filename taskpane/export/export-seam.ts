// The one place the taskpane turns a scenario into workbook content. For now it builds a small
// model of its own (Inputs, Summary, Cumulative as values); the board workbook's builder from
// src/export (buildWorkbookModel) plugs in here, and so does the browser's .xlsx download.
import type { WorkbookModel, SheetCell } from '../../src/export/workbook-model';
import type { Scenario, ScenarioResult } from '../../src/index';
import type { ChartRequest, FunctionExample } from '../office/workbook-adapter';

export interface WorkbookContent {
  model: WorkbookModel;
  chart: ChartRequest;
  functionExamples: FunctionExample[];
}

function column(index: number): string {
  return String.fromCharCode(65 + index);
}

function moneyFormat(currency: string): string {
  return `"${currency} "#,##0.00`;
}

export function buildWorkbookContent(scenario: Scenario, result: ScenarioResult): WorkbookContent {
  const money = { numFmt: moneyFormat(scenario.currency) };
  const inputs: SheetCell[] = [
    { ref: 'A1', value: scenario.name, style: { role: 'title' } },
    { ref: 'A3', value: 'Input', style: { role: 'header' } },
    { ref: 'B3', value: 'Value', style: { role: 'header' } },
  ];
  const rows: [string, number | string, string?][] = [
    ['Currency', scenario.currency],
    ['Horizon (months)', scenario.horizonMonths, '0'],
    ['Discount rate (annual)', scenario.discountRateAnnual, '0.00%'],
    ['Contacts in month 1', scenario.demand.contactsPerMonth, '#,##0'],
    ['Contact growth (annual)', scenario.demand.growthAnnual, '0.00%'],
    ['Human cost per contact', scenario.humanCostPerContact, money.numFmt],
    ['Wage inflation (annual)', scenario.wageInflationAnnual, '0.00%'],
  ];
  rows.forEach(([label, value, numFmt], i) => {
    inputs.push({ ref: `A${i + 4}`, value: label, style: { role: 'label' } });
    inputs.push({ ref: `B${i + 4}`, value, style: { role: 'input', numFmt } });
  });

  const summary: SheetCell[] = [
    { ref: 'A1', value: `${scenario.name}: summary`, style: { role: 'title' } },
  ];
  const heads = [
    'Rank',
    'Option',
    'Total cost',
    'NPV',
    'Cost per contact',
    'Savings vs status quo',
  ];
  heads.forEach((h, i) =>
    summary.push({ ref: `${column(i)}3`, value: h, style: { role: 'header' } }),
  );
  result.ranking.forEach((name, r) => {
    const option = result.options.find((o) => o.name === name)!;
    const row = r + 4;
    const values: (number | string | null)[] = [
      r + 1,
      option.name,
      option.totalCost,
      option.npv,
      option.costPerContact,
      option.savingsVsStatusQuo,
    ];
    values.forEach((value, i) =>
      summary.push({
        ref: `${column(i)}${row}`,
        value,
        style: { role: i < 2 ? 'label' : 'output', numFmt: i < 2 ? undefined : money.numFmt },
      }),
    );
  });

  const cumulativeCells: SheetCell[] = [{ ref: 'A1', value: 'Month', style: { role: 'header' } }];
  result.options.forEach((option, i) =>
    cumulativeCells.push({
      ref: `${column(i + 1)}1`,
      value: option.name,
      style: { role: 'header' },
    }),
  );
  let cumulative = result.options.map(() => 0);
  for (let m = 0; m < result.horizonMonths; m++) {
    cumulativeCells.push({ ref: `A${m + 2}`, value: m + 1 });
    cumulative = cumulative.map((c, i) => c + result.options[i].schedule.total[m]);
    cumulative.forEach((value, i) =>
      cumulativeCells.push({ ref: `${column(i + 1)}${m + 2}`, value, style: money }),
    );
  }

  const lastColumn = column(result.options.length);
  return {
    model: {
      sheets: [
        { name: 'Inputs', cells: inputs, columnWidths: [28, 16] },
        { name: 'Summary', cells: summary, columnWidths: [6, 28, 16, 16, 16, 20] },
        { name: 'Cumulative', cells: cumulativeCells, freeze: { rows: 1, columns: 1 } },
      ],
    },
    chart: {
      sheet: 'Summary',
      dataSheet: 'Cumulative',
      sourceRange: `A1:${lastColumn}${result.horizonMonths + 1}`,
      title: 'Cumulative cost by option',
      anchor: 'H3',
    },
    functionExamples: [],
  };
}
