import { InputProblem } from './input-problem';
import { columnName } from './table/column-names';

export interface ReconcileSettings {
  definition: string;
  /** price per outcome the vendor bills */
  price: number;
  /** the tolerance clause: relative difference above which the buyer's count is billed */
  tolerance: number;
  periodColumn: string;
  billedColumn: string;
  /** the billed column was named by the user: required even beside a vendor rule */
  billedColumnGiven?: boolean;
  /** the vendor's stated counting rule: the vendor count without a billed column, else tested beside it */
  vendorDefinition?: string;
  timeLimitMs?: number;
}

export const DEFAULT_TOLERANCE = 0.05;
export const DEFAULT_PERIOD_COLUMN = 'period';
export const DEFAULT_BILLED_COLUMN = 'vendor_billed';

/** Fills defaults and rejects a price or tolerance the clause cannot mean. */
export function reconcileSettings(
  input: Partial<ReconcileSettings> & Pick<ReconcileSettings, 'definition' | 'price'>,
): ReconcileSettings {
  const settings = {
    tolerance: DEFAULT_TOLERANCE,
    periodColumn: DEFAULT_PERIOD_COLUMN,
    billedColumn: DEFAULT_BILLED_COLUMN,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  } as ReconcileSettings;
  if (typeof settings.price !== 'number' || !Number.isFinite(settings.price) || settings.price < 0)
    throw new InputProblem(
      `price must be a number >= 0 (price per outcome), got ${String(settings.price)}`,
    );
  if (
    typeof settings.tolerance !== 'number' ||
    !Number.isFinite(settings.tolerance) ||
    settings.tolerance < 0
  )
    throw new InputProblem(
      `tolerance must be a number >= 0 (e.g. 0.05 for 5%), got ${String(settings.tolerance)}`,
    );
  // Columns are named as definitions name them, so "Created at" and Created_at both work.
  return {
    ...settings,
    periodColumn: columnName(settings.periodColumn),
    billedColumn: columnName(settings.billedColumn),
  };
}
