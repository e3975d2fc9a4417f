import { InputProblem } from '../input-problem';
import { ACCEPTED_PERIODS } from './cell-forms';
import { dayToMonth, isMonth, isoToDay } from './dates';
import type { Column } from './event-table';

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

/** The `YYYY-MM` month of a period cell's text, or null when it is neither a date nor a month. */
export function monthOfText(text: string): string | null {
  if (isMonth(text)) return text;
  return isoToDay(text) !== null ? text.slice(0, 7) : null;
}

/** The `YYYY-MM` month of every row, from a date column or a column of months. */
export function monthOfEachRow(column: Column): string[] {
  const months: string[] = new Array(column.values.length);
  const cache = new Map<number | string, string | null>();
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    let month: string | null | undefined = null;
    if ((column.type === 'date' && typeof value === 'number') || typeof value === 'string') {
      month = cache.get(value);
      if (month === undefined) {
        month = typeof value === 'number' ? dayToMonth(value) : monthOfText(value);
        cache.set(value, month);
      }
    }
    if (month === null) throw periodCellProblem(column.name, i + 1, shownCell(value));
    months[i] = month;
  }
  return months;
}
