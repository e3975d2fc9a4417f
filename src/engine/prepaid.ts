import type { Prepaid } from './model';
import { closesContractYear, monthsInContractYear, opensContractYear } from './time';

export type { Prepaid };

export interface PrepaidLines {
  prepayment: Float64Array;
  prepaidDrawn: Float64Array;
  prepaidExpired: Float64Array;
}

/**
 * Prepaid credit month by month (DOMAIN.md): the annual amount is paid in the first month of each
 * contract year (prorated for a final partial year), usage draws the balance down, and at each
 * year end a share rolls over and the rest expires; at the last month everything left expires.
 */
export function prepaidDrawdown(
  usage: ArrayLike<number>,
  prepaid: Prepaid,
  out?: PrepaidLines,
): PrepaidLines {
  const months = usage.length;
  const lines = out ?? {
    prepayment: new Float64Array(months),
    prepaidDrawn: new Float64Array(months),
    prepaidExpired: new Float64Array(months),
  };
  const balance = { value: 0 };
  for (let m = 1; m <= months; m++) prepaidMonth(prepaid, balance, usage[m - 1], m, months, lines);
  return lines;
}

/**
 * One month of prepaidDrawdown: writes month m's prepayment (in a year's first month, else 0), the
 * usage drawn from the balance and what expires (at a year end, else 0) into `lines` at m - 1, and
 * carries the balance.
 */
export function prepaidMonth(
  prepaid: Prepaid,
  balance: { value: number },
  usage: number,
  m: number,
  months: number,
  lines: PrepaidLines,
): void {
  const i = m - 1;
  let prepayment = 0;
  if (opensContractYear(m)) {
    prepayment = (prepaid.annualAmount * monthsInContractYear(m, months)) / 12;
    balance.value += prepayment;
  }
  lines.prepayment[i] = prepayment;
  const drawn = drawnFromBalance(usage, balance.value);
  lines.prepaidDrawn[i] = drawn;
  balance.value -= drawn;
  let expired = 0;
  if (m === months) {
    expired = balance.value;
    balance.value = 0;
  } else if (closesContractYear(m, months)) {
    const carried = (prepaid.rolloverShare ?? 0) * balance.value;
    expired = balance.value - carried;
    balance.value = carried;
  }
  lines.prepaidExpired[i] = expired;
}

/** What a month's usage draws from the prepaid balance left: all of it, or what is left. */
export function drawnFromBalance(usage: number, balance: number): number {
  return Math.min(usage, balance);
}

/** The prepaid part of a steady-state year: one prepayment, no carry-in, overage beyond it. */
export function steadyYearPrepaid(
  yearUsage: number,
  annualAmount: number,
): { prepayment: number; overage: number } {
  return { prepayment: annualAmount, overage: steadyYearOverage(yearUsage, annualAmount) };
}

/** The usage of a steady-state year beyond its one prepayment. */
export function steadyYearOverage(yearUsage: number, annualAmount: number): number {
  return yearUsage - drawnFromBalance(yearUsage, annualAmount);
}
