import { formatNumber, formatPercent } from '../format';
import type { Scenario } from '../scenario/schema';
import { riskModel } from './risk-model';
import { simulationSettings } from './risk-report';
import { simulate, type SimulationResult } from './simulation';

/**
 * "Probability the recommendation holds: 89% (10,000 trials, seed 1)", from the scenario's own
 * uncertainty block (its trials, seed and sampling), for the board workbook's Summary.
 */
export function probabilityLine(scenario: Scenario): string {
  const model = riskModel(scenario);
  return probabilityLineOf(simulate(model, simulationSettings(model)));
}

/** The same line from a simulation already run. */
export function probabilityLineOf(result: SimulationResult): string {
  return `Probability the recommendation holds: ${formatPercent(result.probabilityRecommendationHolds, 0)} (${formatNumber(result.trials)} trials, seed ${result.seed})`;
}
