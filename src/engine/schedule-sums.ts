import { discountFactors } from './npv';
import type { Schedule } from './schedule';

export interface ScheduleSums {
  trueOutcomes: number;
  vendorCountedOutcomes: number;
  vendorCharges: number;
  /** npv(discountRateAnnual, total). */
  npv: number;
}

/**
 * The sums an option's result reads off its schedule, in one pass: each is added in month order,
 * as sum() and npv() add, so the figures are theirs to the bit.
 */
export function scheduleSums(schedule: Schedule, discountRateAnnual: number): ScheduleSums {
  const { trueOutcomes, vendorCountedOutcomes, vendorCharges, total } = schedule;
  const factors = discountFactors(discountRateAnnual, total.length);
  let outcomes = 0;
  let counted = 0;
  let charges = 0;
  let npv = 0;
  for (let m = 0; m < total.length; m++) {
    outcomes += trueOutcomes[m];
    counted += vendorCountedOutcomes[m];
    charges += vendorCharges[m];
    npv += total[m] * factors[m];
  }
  return { trueOutcomes: outcomes, vendorCountedOutcomes: counted, vendorCharges: charges, npv };
}
