import type { AccountingTotals } from '../engine/accounting';
import type { ScenarioResult } from '../engine/evaluate';

/** What an option's horizon is measured by: cash paid, P&L expense, or cost above EBITDA. */
export type AccountingBasis = keyof AccountingTotals;

export const ACCOUNTING_BASES: readonly AccountingBasis[] = ['cash', 'expense', 'ebitdaCost'];

/** Option names by their horizon total on one basis, lowest first; ties keep the scenario's order. */
export function rankingByBasis(result: ScenarioResult, basis: AccountingBasis): string[] {
  return result.options
    .map((o, i) => ({ name: o.name, value: o.accounting.total[basis], i }))
    .sort((a, b) => a.value - b.value || a.i - b.i)
    .map((o) => o.name);
}

/** True when some option books differently from its cash: a capitalised build or prepaid credit. */
export function booksDifferFromCash(result: ScenarioResult): boolean {
  return result.options.some((o) => {
    if (o.accounting.bookValueAtHorizon !== 0) return true;
    const { expense } = o.accounting;
    return o.schedule.total.some((cash, i) => cash !== expense[i]);
  });
}

export interface RankingDifference {
  basis: 'expense' | 'ebitdaCost';
  ranking: string[];
}

/**
 * Where the P&L (expense) or EBITDA ranking over the horizon differs from the cash ranking over
 * the same horizon (both undiscounted, so only the accounting differs).
 */
export function rankingDifferences(result: ScenarioResult): {
  cash: string[];
  differences: RankingDifference[];
} {
  const cash = rankingByBasis(result, 'cash');
  const differences: RankingDifference[] = [];
  for (const basis of ['expense', 'ebitdaCost'] as const) {
    const ranking = rankingByBasis(result, basis);
    if (ranking.some((name, i) => name !== cash[i])) differences.push({ basis, ranking });
  }
  return { cash, differences };
}
