import type { Charges } from '../engine/model';
import { blendedPriceFormula } from './class-mix-columns';
import type { OptionInputRefs } from './inputs-sheet';
import { priceFormula } from './price-formula';
import { yearToDatePrice } from './year-to-date-columns';

// The vendor terms of DOMAIN.md "More vendor terms" in the steady-state year of the crossover,
// as formulas over Inputs, with the same helpers as the Schedule's columns. Phases and the price
// lock are not in the steady-state year.

/** The month-1 class mix: w_c(1) = share_c / sum_j share_j (every drift factor is 1 in month 1). */
export function steadyBlendedPriceFormula(refs: OptionInputRefs): string {
  return blendedPriceFormula(refs.classes!, '1');
}

/**
 * Usage before credits of a steady month for the chargeable units in cell `q`: Q times the
 * blended price in cell `blended` for outcome classes, P(before + Q) - P(before) on year-to-date
 * tiers with the units charged earlier in the year in cell `before`, else P(Q).
 */
export function steadyUsageFormula(
  q: string,
  charges: Charges,
  refs: OptionInputRefs,
  cells: { blended?: string; before?: string },
): string {
  if (charges.classes) return `${q}*${cells.blended!}`;
  if (isYearToDate(charges)) return yearToDatePrice(cells.before ?? '0', q, charges, refs);
  return priceFormula(q, charges, refs);
}

/** Year-to-date tiers: the steady-state year accumulates its 12 months from the anniversary. */
export function isYearToDate(charges: Charges): boolean {
  return charges.tierBasis === 'year-to-date' && charges.tiers !== undefined;
}

/** Units charged earlier in the steady year, before month j: 0 in month 1, then the month above plus Q. */
export function steadyUnitsBeforeFormula(first: boolean, above: string, q: string): string {
  return first ? '0' : `${above}+${q}`;
}

/**
 * Prepaid credit in the steady-state year: one prepayment of annualAmount, no carry-in, and the
 * overage beyond it, given the cell holding the usage charged over the year.
 */
export function steadyPrepaidFormulas(
  refs: OptionInputRefs,
  yearUsage: string,
): { prepayment: string; overage: (prepayment: string) => string } {
  return {
    prepayment: refs.fields.prepaidAmount,
    overage: (prepayment) => `MAX(0,${yearUsage}-${prepayment})`,
  };
}
