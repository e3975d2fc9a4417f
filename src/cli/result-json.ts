import { scheduleRows } from '../engine/schedule';
import type { ScenarioResult } from '../engine/evaluate';

/** The documented `--json` shape of `crossover run`. */
export function resultToJson(result: ScenarioResult) {
  return {
    scenario: result.scenario,
    currency: result.currency,
    horizonMonths: result.horizonMonths,
    options: result.options.map(({ schedule, accounting, ...summary }) => ({
      ...summary,
      accounting: {
        years: accounting.years,
        total: accounting.total,
        bookValueAtHorizon: accounting.bookValueAtHorizon,
      },
      monthly: scheduleRows(schedule).map((row, i) => ({
        ...row,
        amortization: accounting.amortization[i],
        expense: accounting.expense[i],
      })),
    })),
    comparisons: result.comparisons,
    ranking: result.ranking,
  };
}
