import { monthlyRate } from './time';

/** NPV of month-end cash flows at the monthly equivalent of an annual rate (Excel's NPV). */
export function npv(discountRateAnnual: number, monthlyCashflows: ArrayLike<number>): number {
  const factors = discountFactors(discountRateAnnual, new Float64Array(monthlyCashflows.length));
  return discounted(monthlyCashflows, factors);
}

/**
 * 1 / (1 + i)^m for m = 1..out.length, by repeated division, written into `out`: a caller that
 * discounts many series at one rate works them out once (an evaluation, the simulation's workspace).
 */
export function discountFactors(discountRateAnnual: number, out: Float64Array): Float64Array {
  const growth = 1 + monthlyRate(discountRateAnnual);
  let factor = 1;
  for (let m = 0; m < out.length; m++) {
    factor /= growth;
    out[m] = factor;
  }
  return out;
}

/** npv of monthly cash flows with the discount factors already worked out (discountFactors). */
export function discounted(
  monthlyCashflows: ArrayLike<number>,
  factors: ArrayLike<number>,
): number {
  let total = 0;
  for (let m = 0; m < monthlyCashflows.length; m++) total += monthlyCashflows[m] * factors[m];
  return total;
}
