import { formatNumber, formatPercent } from '../text/format';
import type { SimulationResult } from './simulation';

/**
 * "Probability the recommendation holds: 89% (10,000 trials, seed 1)", from a simulation of the
 * scenario's own uncertainty block (its trials, seed and sampling), for the board workbook's Summary.
 */
export function probabilityLineOf(result: SimulationResult): string {
  return `Probability the recommendation holds: ${formatPercent(result.probabilityRecommendationHolds, 0)} (${formatNumber(result.trials)} trials, seed ${result.seed})`;
}
