/** Units left to charge after the monthly included allowance. */
export function chargeableUnits(billedUnits: number, includedUnitsPerMonth: number): number {
  return Math.max(0, billedUnits - includedUnitsPerMonth);
}
