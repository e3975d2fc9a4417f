import type { CellStyle } from './workbook-model';

/** Writes one labelled input row and returns its value's absolute reference. */
export type Field = (
  label: string,
  value: number | string,
  style: CellStyle,
  unit: string,
) => string;

export const input = (numFmt: string): CellStyle => ({ role: 'input', numFmt });

/** One labelled Inputs row kept by name: [name, label, value, style, unit]. */
export type FieldRow = [
  name: string,
  label: string,
  value: number | string,
  style: CellStyle,
  unit: string,
];

/**
 * Writes the rows in order through `field` and returns each one's reference by name; a `false`
 * row (a term the bid does not have) writes nothing.
 */
export function fieldRows(
  field: Field,
  rows: readonly (FieldRow | false)[],
): Record<string, string> {
  const refs: Record<string, string> = {};
  for (const row of rows) if (row) refs[row[0]] = field(row[1], row[2], row[3], row[4]);
  return refs;
}
