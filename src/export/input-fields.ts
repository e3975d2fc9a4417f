import { inputFormat, type Display } from './number-formats';
import type { CellStyle } from './workbook-model';

/**
 * How an input row's value is styled: a style, or what the value is (an input cell whose format
 * shows that very value exactly: $450,000, $0.0125, 8.0%, 1.15).
 */
export type FieldStyle = CellStyle | Display;

/** Writes one labelled input row and returns its value's absolute reference. */
export type Field = (
  label: string,
  value: number | string,
  style: FieldStyle,
  unit: string,
) => string;

export const input = (numFmt: string): CellStyle => ({ role: 'input', numFmt });

/** A table's column of inputs (tiers, classes): every value shown alike, and each exactly. */
export function inputColumn(
  display: Display,
  values: readonly number[],
  currency: string,
): CellStyle {
  return input(inputFormat(display, values, currency));
}

/** The cell style of an input row's value. */
export function fieldStyle(style: FieldStyle, value: number | string, currency: string): CellStyle {
  if (typeof style !== 'string') return style;
  return typeof value === 'number'
    ? input(inputFormat(style, [value], currency))
    : { role: 'input' };
}

/** One labelled Inputs row kept by name: [name, label, value, style, unit]. */
export type FieldRow = [
  name: string,
  label: string,
  value: number | string,
  style: FieldStyle,
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
