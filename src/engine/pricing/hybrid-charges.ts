import { capInPlace } from '../cap';
import { monthUsageCharge, type UnitPricing } from './month-charge';

/**
 * A platform fee plus capped usage, month by month: usage after the allowance is priced, the
 * annual cap applies per 12-month contract year (the platform fee is never capped).
 */
export function hybridCharges(
  monthlyUnits: ArrayLike<number>,
  pricing: UnitPricing,
  platformFeeMonthly = 0,
  annualCap: number | null = null,
  includedUnitsPerMonth = 0,
): Float64Array {
  const usage = new Float64Array(monthlyUnits.length);
  for (let m = 0; m < usage.length; m++) {
    usage[m] = monthUsageCharge(monthlyUnits[m], pricing, includedUnitsPerMonth);
  }
  capInPlace(usage, annualCap);
  for (let m = 0; m < usage.length; m++) usage[m] += platformFeeMonthly;
  return usage;
}
