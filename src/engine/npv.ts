import { monthlyRate } from './time';

/** NPV of month-end cash flows at the monthly equivalent of an annual rate (Excel's NPV). */
export function npv(discountRateAnnual: number, monthlyCashflows: ArrayLike<number>): number {
  const factors = discountFactors(discountRateAnnual, monthlyCashflows.length);
  let total = 0;
  for (let m = 0; m < monthlyCashflows.length; m++) total += monthlyCashflows[m] * factors[m];
  return total;
}

// the factors of the last rate asked for: an evaluation discounts every option at one rate
let factorsRate = NaN;
let factors = new Float64Array(0);
let factorsMonths = 0;

/** 1 / (1 + i)^m for m = 1..months, by repeated division (read only until the next call). */
export function discountFactors(discountRateAnnual: number, months: number): Float64Array {
  if (discountRateAnnual === factorsRate && factorsMonths >= months) return factors;
  const i = monthlyRate(discountRateAnnual);
  if (factors.length < months) factors = new Float64Array(months);
  let factor = 1;
  for (let m = 0; m < months; m++) {
    factor /= 1 + i;
    factors[m] = factor;
  }
  factorsRate = discountRateAnnual;
  factorsMonths = months;
  return factors;
}
