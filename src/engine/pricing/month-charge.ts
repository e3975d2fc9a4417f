import { chargeableUnits } from './allowance';
import { priceOfUnits } from './price';
import type { Tier, TierMode } from './tiers';

/** How a month's chargeable units are priced: a unit price or a tier table. */
export type UnitPricing =
  | { price: number; tiers?: undefined }
  | { tiers: readonly Tier[]; tierMode?: TierMode; price?: undefined };

/** The usage part of one month's vendor charge: P(max(0, units - included)), no escalation. */
export function monthUsageCharge(
  units: number,
  pricing: UnitPricing,
  includedUnitsPerMonth = 0,
): number {
  return priceOfUnits(chargeableUnits(units, includedUnitsPerMonth), pricing);
}

/** One month's vendor charge: usage after the allowance plus the platform fee. */
export function vendorMonthCharge(
  units: number,
  pricing: UnitPricing,
  platformFeeMonthly = 0,
  includedUnitsPerMonth = 0,
): number {
  return monthUsageCharge(units, pricing, includedUnitsPerMonth) + platformFeeMonthly;
}
