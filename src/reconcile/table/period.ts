import { InputProblem } from '../input-problem';
import { ACCEPTED_PERIODS } from './cell-forms';
import { dayToMonth, isMonth, isoToMicros, microsToDay } from './dates';
import type { Cell, ValueType } from '../definition/value-types';
import { cellAt, firstRowWith, type Column } from './event-table';

/** A cell as messages show it: text quoted, numbers and booleans as they are. */
export function shownCell(value: unknown): string {
  return value === null || value === undefined || value === ''
    ? 'an empty cell'
    : typeof value === 'string'
      ? JSON.stringify(value)
      : String(value);
}

/** The error for a period cell that is neither a date nor a month (both engines give it). */
export function periodCellProblem(column: string, dataRow: number, shown: string): InputProblem {
  return new InputProblem(
    `period column "${column}", data row ${dataRow}: expected ${ACCEPTED_PERIODS}, got ${shown}`,
    'period',
  );
}

/**
 * The `YYYY-MM` month of a period cell's text (a timestamp's month in UTC), or null when it is
 * neither a date nor a month.
 */
export function monthOfText(text: string): string | null {
  if (isMonth(text)) return text;
  const micros = isoToMicros(text);
  return micros === null ? null : dayToMonth(microsToDay(micros));
}

/** The `YYYY-MM` month of a period value: a date's, a timestamp's in UTC, or a text's; null when it has none. */
function monthOf(value: Cell, type: ValueType): string | null {
  if (type === 'date' && typeof value === 'number') return dayToMonth(value);
  if (type === 'timestamp' && typeof value === 'number') return dayToMonth(microsToDay(value));
  return typeof value === 'string' ? monthOfText(value) : null;
}

/**
 * The months of a period column (a date column or a column of months), in order, and the index
 * of each row's month among them; each distinct value is read once. A cell that is neither a
 * date nor a month is refused, naming the first row that holds one.
 */
export function monthsOfColumn(column: Column): { months: string[]; monthOfRow: Int32Array } {
  const ofValue = column.distinct.map((value) => monthOf(value, column.type));
  const bad = firstRowWith(column, (code) => ofValue[code] === null);
  if (bad !== -1) throw periodCellProblem(column.name, bad + 1, shownCell(cellAt(column, bad)));
  const months = [...new Set(ofValue as string[])].sort();
  const index = new Map(months.map((m, i) => [m, i]));
  const indexOfValue = Int32Array.from(ofValue, (m) => index.get(m as string)!);
  const monthOfRow = new Int32Array(column.codes.length);
  for (let row = 0; row < monthOfRow.length; row++)
    monthOfRow[row] = indexOfValue[column.codes[row]];
  return { months, monthOfRow };
}

/** The `YYYY-MM` month of every row, from a date column or a column of months. */
export function monthOfEachRow(column: Column): string[] {
  const { months, monthOfRow } = monthsOfColumn(column);
  return Array.from(monthOfRow, (m) => months[m]);
}
