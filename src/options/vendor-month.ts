import { chargeableUnits } from '../pricing/allowance';
import { priceOfUnits } from '../pricing/price';
import type { Charges } from '../scenario/schema';

// The per-month formulas of a vendor bid, shared by the scenario schedule and the
// steady-state year of the crossover.

/** Vendor-counted outcomes: the true count inflated by the overcount ratio, never above contacts. */
export function countedOutcomes(
  live: boolean,
  contacts: number,
  trueOutcomes: number,
  overcountRatio: number,
): number {
  return Math.min(live ? contacts : 0, trueOutcomes * overcountRatio);
}

/** u[m]: the price of the chargeable units after the allowance, escalated. */
export function usageBeforeCredit(
  charges: Charges,
  billedUnits: number,
  escalation: number,
): number {
  return (
    priceOfUnits(chargeableUnits(billedUnits, charges.includedUnitsPerMonth), charges) * escalation
  );
}
