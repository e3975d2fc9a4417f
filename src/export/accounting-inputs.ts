import type { BuildOption } from '../engine/model';
import { input, type Field } from './input-fields';
import { MONTH, PERCENT } from './number-formats';

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
      input(PERCENT),
      'of the build cost, booked as an asset (accounting only)',
    ),
    usefulLifeMonths: field(
      'Useful life (L)',
      option.usefulLifeMonths,
      input(MONTH),
      'months of straight-line amortisation from go-live',
    ),
  };
}
