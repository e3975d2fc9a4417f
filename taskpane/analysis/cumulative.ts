import type { ScenarioResult } from '../../src/index';

/** Running totals of each option's monthly total cost. */
export function cumulativeTotals(result: ScenarioResult): number[][] {
  return result.options.map((option) => {
    let running = 0;
    return Array.from(option.schedule.total, (v) => (running += v));
  });
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
