import { scheduleRows, type ScenarioResult } from '../index';

/** The documented `--json` shape of `crossover run`. */
export function resultToJson(result: ScenarioResult) {
  return {
    scenario: result.scenario,
    currency: result.currency,
    horizonMonths: result.horizonMonths,
    options: result.options.map(({ schedule, ...summary }) => ({
      ...summary,
      monthly: scheduleRows(schedule),
    })),
    comparisons: result.comparisons,
    ranking: result.ranking,
  };
}
