import type { ScenarioResult } from '../index';
import { runningTotals } from '../running-totals';

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
