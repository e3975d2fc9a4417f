import { graduatedPriceIn, tierTableOf, type Tier, type TierTable } from './tiers';

/**
 * Annual volume tiers: the month's Q units priced at the graduated tiers reached by the units
 * accumulated since the contract anniversary, P(before + Q) - P(before).
 */
export function yearToDatePriceIn(unitsBefore: number, units: number, table: TierTable): number {
  return graduatedPriceIn(unitsBefore + units, table) - graduatedPriceIn(unitsBefore, table);
}

/** yearToDatePriceIn of a tier list. */
export function yearToDatePrice(
  unitsBefore: number,
  units: number,
  tiers: readonly Tier[],
): number {
  return yearToDatePriceIn(unitsBefore, units, tierTableOf(tiers));
}
