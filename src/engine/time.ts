/** Contract year of month m (1-based): ceil(m / 12). */
export function contractYear(month: number): number {
  return Math.ceil(month / 12);
}

/** Whether month m (1-based) opens a contract year: 1, 13, 25, ... */
export function opensContractYear(month: number): boolean {
  return month % 12 === 1;
}

/** Whether month m closes a contract year of an H-month horizon: 12, 24, ..., and month H. */
export function closesContractYear(month: number, horizonMonths: number): boolean {
  return month % 12 === 0 || month === horizonMonths;
}

/** Months of month m's contract year within an H-month horizon (12, or fewer for the last). */
export function monthsInContractYear(month: number, horizonMonths: number): number {
  return Math.min(12, horizonMonths - (contractYear(month) - 1) * 12);
}

/** Smooth monthly factor for an annual rate a: (1 + a)^((m - 1) / 12). */
export function monthlyFactor(annualRate: number, month: number): number {
  return annualRate === 0 ? 1 : Math.pow(1 + annualRate, (month - 1) / 12);
}

/**
 * The ratio f_a(m + 1) / f_a(m) = (1 + a)^(1/12). Loops over months multiply by it instead of
 * calling Math.pow every month; over 240 months the product drifts from the power by < 1e-13.
 */
export function monthlyStep(annualRate: number): number {
  return annualRate === 0 ? 1 : Math.pow(1 + annualRate, 1 / 12);
}

/** Step factor at each contract anniversary: (1 + a)^(y(m) - 1). */
export function anniversaryFactor(annualRate: number, month: number): number {
  return annualRate === 0 ? 1 : Math.pow(1 + annualRate, contractYear(month) - 1);
}

/** Monthly rate equivalent to an annual rate: (1 + a)^(1/12) - 1. */
export function monthlyRate(annualRate: number): number {
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}
