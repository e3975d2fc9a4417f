import type { AccountingTotals } from '../src/index';
import { choice } from './coerce';
import { guard } from './guard';
import { findByName, scenarioArg } from './scenario';

const COLUMNS = [
  'cash',
  'expense',
  'amortization',
  'ebitdaCost',
] as const satisfies readonly (keyof AccountingTotals)[];

/**
 * Spills an option's P&L beside its cash, by contract year: a header row (year, cash, expense, amortization, ebitdaCost), one row per contract year, then a total row. With field, that one column by year.
 * @customfunction PNL
 * @helpurl https://localhost:3000/functions-help.html#pnl
 * @param scenario The scenario as JSON text (a cell holding the content of a scenario file).
 * @param option_name The option's name as written in the scenario.
 * @param [field] One column: "cash", "expense", "amortization" or "ebitdaCost"; spills its yearly values without a header or total.
 * @returns {any[][]} The year table.
 */
export function pnl(scenario: unknown, option_name: unknown, field?: unknown) {
  return guard((): (string | number)[][] => {
    const result = scenarioArg(scenario);
    const option = findByName('option_name', result.options, option_name, 'an option');
    const column = choice<(typeof COLUMNS)[number] | 'all'>('field', field, [...COLUMNS], 'all');
    const { years, total } = option.accounting;
    if (column !== 'all') return years.map((y) => [y[column]]);
    return [
      ['year', ...COLUMNS],
      ...years.map((y) => [y.year, ...COLUMNS.map((c) => y[c])]),
      ['total', ...COLUMNS.map((c) => total[c])],
    ];
  });
}
