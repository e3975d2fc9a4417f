import { chargeableUnits } from '../pricing/allowance';
import { priceAt, pricingTerms } from '../pricing/terms';
import type { Charges } from '../model';

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

/**
 * P for a month's chargeable units Q: the blended class price of month m, the year-to-date
 * graduated tiers over the units already charged this contract year, or P(Q).
 */
export function priceOfMonth(
  charges: Charges,
  chargeable: number,
  month: number,
  unitsBeforeInYear: number,
): number {
  return priceAt(pricingTerms(charges), chargeable, month, unitsBeforeInYear);
}

/** u[m] without phases: the price of the chargeable units after the allowance, escalated. */
export function usageBeforeCredit(
  charges: Charges,
  billedUnits: number,
  escalation: number,
  month = 1,
  unitsBeforeInYear = 0,
): number {
  const chargeable = chargeableUnits(billedUnits, charges.includedUnitsPerMonth);
  return priceOfMonth(charges, chargeable, month, unitsBeforeInYear) * escalation;
}
