import { chargeableUnits } from '../engine/pricing/allowance';
import type { Charges } from '../engine/model';
import type { OptionInputRefs } from './inputs-sheet';
import { COUNT } from './number-formats';
import { priceFormula } from './price-formula';
import type { RowContext, ScheduleColumn } from './schedule-column';

/**
 * Annual volume tiers (DOMAIN.md `tierBasis: "year-to-date"`): the chargeable units already
 * charged this contract year, before this month; the tiers restart at each anniversary.
 */
export function unitsBeforeColumn(
  charges: Charges,
  billedUnits: ArrayLike<number>,
): ScheduleColumn {
  const before = new Float64Array(billedUnits.length);
  let units = 0;
  for (let i = 0; i < billedUnits.length; i++) {
    if (i % 12 === 0) units = 0;
    before[i] = units;
    units += chargeableUnits(billedUnits[i], charges.includedUnitsPerMonth);
  }
  return {
    key: 'unitsBefore',
    header: 'Chargeable units earlier this contract year',
    numFmt: COUNT,
    formula: (c) =>
      c.first
        ? '0'
        : `IF($B${c.row}=$B${c.row - 1},${c.above('unitsBefore')}+${c.above('chargeable')},0)`,
    value: (m) => before[m - 1],
  };
}

/** The month's price on year-to-date tiers: P(before + Q) - P(before). */
export function yearToDatePriceFormula(
  c: RowContext,
  charges: Charges,
  refs: OptionInputRefs,
): string {
  return yearToDatePrice(c.at('unitsBefore'), c.at('chargeable'), charges, refs);
}

/** P(before + Q) - P(before) for the cells `before` (units earlier this year) and `chargeable`. */
export function yearToDatePrice(
  before: string,
  chargeable: string,
  charges: Charges,
  refs: OptionInputRefs,
): string {
  const after = `(${before}+${chargeable})`;
  return `(${priceFormula(after, charges, refs)})-(${priceFormula(before, charges, refs)})`;
}
