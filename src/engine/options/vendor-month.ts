import { cappedMonth } from '../cap';
import { chargeableUnits } from '../pricing/allowance';
import { priceAt, pricingTerms, type VendorTerms } from '../pricing/terms';
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

/** The SLA credit of a month whose usage before credits is `beforeCredit` (0 before go-live). */
export function monthCredit(t: VendorTerms, live: boolean, beforeCredit: number): number {
  return live ? t.slaCreditRate * beforeCredit : 0;
}

/** Usage charged in a month owing `owed` when the contract year has charged `chargedInYear`. */
export function chargedUsage(t: VendorTerms, owed: number, chargedInYear: number): number {
  return t.hasCap ? cappedMonth(owed, t.annualCap, chargedInYear) : owed;
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
