import { overcountRatio } from '../engine/drift';
import type { OptionResult } from '../engine/evaluate';

/** Vendor charges per true (buyer-defined) outcome in each month; null before go-live. */
export function monthlyEffectivePrice(option: OptionResult): (number | null)[] {
  const { vendorCharges, trueOutcomes } = option.schedule;
  return Array.from(trueOutcomes, (outcomes, m) =>
    outcomes > 0 ? vendorCharges[m] / outcomes : null,
  );
}

/** The overcount ratio in the first and last month of the horizon. */
export function overcountSpan(
  overcount: { initialRatio: number; driftAnnual: number },
  horizonMonths: number,
): { first: number; last: number } {
  return {
    first: overcountRatio(overcount.initialRatio, overcount.driftAnnual, 1),
    last: overcountRatio(overcount.initialRatio, overcount.driftAnnual, horizonMonths),
  };
}
