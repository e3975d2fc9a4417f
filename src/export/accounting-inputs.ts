import type { BuildOption } from '../engine/model';
import type { Field } from './input-fields';

/**
 * A capitalising build's accounting inputs as Inputs cells; a build that capitalises nothing
 * books as cash, and its Accounting formulas read the constants instead.
 */
export function accountingInputs(option: BuildOption, field: Field): Record<string, string> {
  if (option.capitalizedShare === 0)
    return { capitalizedShare: '0', usefulLifeMonths: String(option.usefulLifeMonths) };
  return {
    capitalizedShare: field(
      'Capitalised share (s)',
      option.capitalizedShare,
      'percent',
      'of the build cost, booked as an asset (accounting only)',
    ),
    usefulLifeMonths: field(
      'Useful life (L)',
      option.usefulLifeMonths,
      'months',
      'months of straight-line amortisation from go-live',
    ),
  };
}
