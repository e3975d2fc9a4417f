/** A quotient this close (relative, at least absolute) to a whole number counts as that number. */
export const PACKAGE_COUNT_TOLERANCE = 1e-9;

/**
 * Whole packages needed for `units` (DOMAIN.md, package): ceil(units / size), except that a
 * quotient within 1e-9 * max(1, units / size) of a whole number counts as that whole number,
 * so 2.1 units in packages of 0.3 are 7 packages, not the 8 binary floating point gives.
 */
export function packageCount(units: number, size: number): number {
  const quotient = units / size;
  const whole = Math.round(quotient);
  return Math.abs(quotient - whole) <= PACKAGE_COUNT_TOLERANCE * Math.max(1, quotient)
    ? whole
    : Math.ceil(quotient);
}

/** Units bought in whole packages: packageCount(units, size) * price. */
export function packagePrice(units: number, size: number, price: number): number {
  return packageCount(units, size) * price;
}
