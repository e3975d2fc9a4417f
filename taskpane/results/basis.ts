// The three ways to read an option's cost (DOMAIN.md "Accounting view"): cash paid, P&L expense,
// and cost above EBITDA. The monthly series come from the engine's schedule and accounting.
import type { AccountingBasis } from '../../src/analysis/accounting-ranking';
import type { OptionResult } from '../../src/index';
import { runningTotals } from '../../src/running-totals';

export const BASES: readonly { id: AccountingBasis; label: string; long: string }[] = [
  { id: 'cash', label: 'Cash', long: 'cash paid' },
  { id: 'expense', label: 'P&L', long: 'P&L expense' },
  { id: 'ebitdaCost', label: 'EBITDA', long: 'cost above EBITDA' },
];

export const basisLabel = (basis: AccountingBasis) => BASES.find((b) => b.id === basis)!.long;

/** Running totals of one option's cost on a basis, month 1 to the horizon. */
export function cumulativeOnBasis(option: OptionResult, basis: AccountingBasis): number[] {
  if (basis === 'cash') return runningTotals(option.schedule.total);
  const expense = runningTotals(option.accounting.expense);
  if (basis === 'expense') return expense;
  // ebitdaCost = expense - amortization, summed month by month as the engine's years sum it.
  const amortization = runningTotals(option.accounting.amortization);
  return expense.map((e, m) => e - amortization[m]);
}
