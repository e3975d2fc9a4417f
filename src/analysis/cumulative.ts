import type { OptionResult, ScenarioResult } from '../engine/evaluate';
import type { AccountingBasis } from './accounting-ranking';
import { runningTotals } from '../engine/running-totals';

/** Running totals of each option's monthly total cost. */
export function cumulativeTotals(result: ScenarioResult): number[][] {
  return result.options.map((option) => runningTotals(option.schedule.total));
}

export interface BreakevenMark {
  build: string;
  vendor: string;
  month: number;
  cumulativeBuild: number;
}

/** The engine's breakeven months, placed on the build's cumulative line. */
export function breakevenMarks(result: ScenarioResult, cumulative: number[][]): BreakevenMark[] {
  const index = new Map(result.options.map((o, i) => [o.name, i]));
  return result.comparisons.flatMap((c) =>
    c.breakevenMonth === null
      ? []
      : [
          {
            build: c.build,
            vendor: c.vendor,
            month: c.breakevenMonth,
            cumulativeBuild: cumulative[index.get(c.build)!][c.breakevenMonth - 1],
          },
        ],
  );
}

/** Running totals of one option's cost on a basis, month 1 to the horizon. */
export function cumulativeOnBasis(option: OptionResult, basis: AccountingBasis): number[] {
  if (basis === 'cash') return runningTotals(option.schedule.total);
  const expense = runningTotals(option.accounting.expense);
  if (basis === 'expense') return expense;
  // ebitdaCost = expense - amortization, summed month by month as the engine's years sum it.
  const amortization = runningTotals(option.accounting.amortization);
  return expense.map((e, m) => e - amortization[m]);
}

export interface SwitchMark {
  option: string;
  /** The switch month chosen (H + 1: never switches within the horizon). */
  month: number;
  bestMonth: number;
  /** The chosen month's NPV minus the best month's: what switching at the best month saves. */
  saving: number;
  /** The switch option's cumulative cost at the chosen month, null beyond the horizon. */
  cumulativeAtMonth: number | null;
}

/** What switching at the best month saves against the chosen one (NPV); null for other options. */
export function switchSaving(option: OptionResult): number | null {
  return option.bestSwitchNpv === undefined ? null : option.npv - option.bestSwitchNpv;
}

/** Each buy-then-build option's switch month on its cumulative line, with the best month. */
export function switchMarks(result: ScenarioResult, cumulative: number[][]): SwitchMark[] {
  return result.options.flatMap((o, i) => {
    if (o.switchMonth === undefined || o.bestSwitchMonth === undefined) return [];
    const at = o.switchMonth <= result.horizonMonths ? cumulative[i][o.switchMonth - 1] : null;
    return [
      {
        option: o.name,
        month: o.switchMonth,
        bestMonth: o.bestSwitchMonth,
        saving: switchSaving(o) ?? 0,
        cumulativeAtMonth: at,
      },
    ];
  });
}
