import { closesContractYear, monthsInContractYear } from './time';

/**
 * True-up per month: at the last month of each contract year, and at the final month for a
 * partial year (commitment prorated by months / 12), the shortfall of counted spend against the
 * commitment. `out` may be the counted spend itself (each month is read before it is written).
 */
export function trueUps(
  countedSpend: ArrayLike<number>,
  annualCommit: number,
  out: Float64Array = new Float64Array(countedSpend.length),
): Float64Array {
  const months = countedSpend.length;
  let yearSpend = 0;
  for (let m = 1; m <= months; m++) {
    yearSpend += countedSpend[m - 1];
    if (!closesContractYear(m, months)) {
      out[m - 1] = 0;
      continue;
    }
    out[m - 1] = yearEndTrueUp(annualCommit, m, months, yearSpend);
    yearSpend = 0;
  }
  return out;
}

/** The true-up at month m closing a contract year whose counted spend was `yearSpend`. */
export function yearEndTrueUp(
  annualCommit: number,
  month: number,
  horizonMonths: number,
  yearSpend: number,
): number {
  return commitmentShortfall(
    (annualCommit * monthsInContractYear(month, horizonMonths)) / 12,
    yearSpend,
  );
}

/** What the counted spend of a year falls short of its commitment: the true-up, never negative. */
export function commitmentShortfall(commitment: number, countedSpend: number): number {
  return Math.max(0, commitment - countedSpend);
}
