import { graduatedPrice, type Tier } from './tiers';

/**
 * Annual volume tiers: the month's Q units priced at the graduated tiers reached by the units
 * accumulated since the contract anniversary, P(before + Q) - P(before).
 */
export function yearToDatePrice(
  unitsBefore: number,
  units: number,
  tiers: readonly Tier[],
): number {
  return graduatedPrice(unitsBefore + units, tiers) - graduatedPrice(unitsBefore, tiers);
}
