import { monthlyRate } from './time';

/** NPV of month-end cash flows at the monthly equivalent of an annual rate (Excel's NPV). */
export function npv(discountRateAnnual: number, monthlyCashflows: ArrayLike<number>): number {
  const i = monthlyRate(discountRateAnnual);
  let total = 0;
  let factor = 1;
  for (let m = 0; m < monthlyCashflows.length; m++) {
    factor /= 1 + i;
    total += monthlyCashflows[m] * factor;
  }
  return total;
}
