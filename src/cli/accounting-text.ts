import { rankingDifferences } from '../analysis/accounting-ranking';
import { moneyFormat } from '../text/format';
import type { ScenarioResult } from '../engine/evaluate';
import { textTable } from './table';

const quoted = (names: string[]) => names.map((n) => JSON.stringify(n)).join(', ');

const BASIS_NAMES = { expense: 'P&L expense', ebitdaCost: 'cost above EBITDA' } as const;

/** The year-by-year P&L beside cash of every option, ranked as in the main table. */
export function accountingToText(result: ScenarioResult): string {
  const money = moneyFormat(result.currency, 0);
  const byName = new Map(result.options.map((o) => [o.name, o]));
  const rows: string[][] = [];
  for (const name of result.ranking) {
    const { accounting } = byName.get(name)!;
    for (const y of accounting.years)
      rows.push([
        name,
        String(y.year),
        money(y.cash),
        money(y.expense),
        money(y.amortization),
        money(y.ebitdaCost),
        '',
      ]);
    const t = accounting.total;
    rows.push([
      name,
      'total',
      money(t.cash),
      money(t.expense),
      money(t.amortization),
      money(t.ebitdaCost),
      money(accounting.bookValueAtHorizon),
    ]);
  }
  const out = [
    'P&L beside cash, by contract year (capitalised build cost amortised below EBITDA; prepaid credit expensed as drawn)',
    textTable(
      [
        'Option',
        'Year',
        'Cash',
        'Expense',
        'Amortization',
        'EBITDA cost',
        `Book value, month ${result.horizonMonths}`,
      ],
      rows,
    ),
  ];
  const { cash, differences } = rankingDifferences(result);
  for (const d of differences) {
    out.push(
      `The ${BASIS_NAMES[d.basis]} over ${result.horizonMonths} months ranks the options differently from cash: ${quoted(d.ranking)} (cash: ${quoted(cash)}).`,
    );
  }
  return out.join('\n');
}
