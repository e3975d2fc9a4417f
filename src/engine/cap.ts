import { opensContractYear } from './time';

/**
 * Usage charged per month under an annual cap: each month pays what it owes until the contract
 * year's charges reach the cap. Without a cap (null) the owed amounts pass through.
 */
export function applyAnnualCap(owed: ArrayLike<number>, annualCap: number | null): Float64Array {
  return capInPlace(Float64Array.from(owed), annualCap);
}

/** applyAnnualCap, overwriting the owed amounts with the charged ones. */
export function capInPlace(out: Float64Array, annualCap: number | null): Float64Array {
  if (annualCap === null) return out;
  let charged = 0;
  for (let m = 1; m <= out.length; m++) {
    if (opensContractYear(m)) charged = 0;
    out[m - 1] = cappedMonth(out[m - 1], annualCap, charged);
    charged += out[m - 1];
  }
  return out;
}

/** What a month owing `owed` is charged when the contract year has charged `chargedInYear`. */
export function cappedMonth(owed: number, annualCap: number, chargedInYear: number): number {
  return Math.min(owed, annualCap - chargedInYear);
}
