import type { ValueType } from './definition/value-types';
import { InputProblem, type ProblemColumn } from './input-problem';

/**
 * Checks that the period and billed columns are in the export and tells whether a vendor rule
 * is tested beside the billed column (true) or stands in for it (false: the export has no
 * such column). Without a vendor rule the billed column is required.
 */
export function requireCountColumns(
  schema: ReadonlyMap<string, ValueType> | readonly string[],
  settings: { periodColumn: string; billedColumn: string; billedColumnGiven?: boolean },
  vendorDefinition: string | undefined,
  source: string,
): boolean {
  const names = Array.isArray(schema)
    ? schema
    : [...(schema as ReadonlyMap<string, ValueType>).keys()];
  const missing = (role: ProblemColumn, name: string) =>
    new InputProblem(
      `${role} column "${name}" is not in ${source}; available columns: ${names.join(', ')}`,
      role,
    );
  if (!names.includes(settings.periodColumn)) throw missing('period', settings.periodColumn);
  const hasBilled = names.includes(settings.billedColumn);
  if (!hasBilled && (vendorDefinition === undefined || settings.billedColumnGiven))
    throw missing('billed', settings.billedColumn);
  return hasBilled;
}
