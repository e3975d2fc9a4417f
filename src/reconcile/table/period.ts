import { InputProblem } from '../input-problem';
import { dayToMonth, isoToDay } from './dates';
import type { Column } from './event-table';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The `YYYY-MM` month of every row, from a date column or a column of months. */
export function monthOfEachRow(column: Column): string[] {
  const months: string[] = new Array(column.values.length);
  const cache = new Map<number, string>();
  for (let i = 0; i < column.values.length; i++) {
    const value = column.values[i];
    if (column.type === 'date' && typeof value === 'number') {
      let month = cache.get(value);
      if (month === undefined) cache.set(value, (month = dayToMonth(value)));
      months[i] = month;
    } else if (typeof value === 'string' && MONTH.test(value)) months[i] = value;
    else if (typeof value === 'string' && isoToDay(value) !== null) months[i] = value.slice(0, 7);
    else
      throw new InputProblem(
        `period column "${column.name}", data row ${i + 1}: expected a date (YYYY-MM-DD) or a month (YYYY-MM), got ${value === null ? 'an empty cell' : JSON.stringify(value)}`,
      );
  }
  return months;
}
