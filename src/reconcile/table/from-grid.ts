import type { Cell, ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import { columnName, columnNames } from './column-names';
import { excelSerialToDay, FIRST_EXCEL_SERIAL, LAST_EXCEL_SERIAL } from './dates';
import { codeCells, type EventTable } from './event-table';
import { convertCells, inferType } from './infer';

/**
 * An event table from a 2-D array with a header row, as Excel passes a range to a custom
 * function: numbers and booleans arrive typed, text as text, empty cells as "" or null.
 * Columns of text are typed as a CSV would be; a period column of numbers is read as Excel
 * serial dates (1 to 2958465, 1900-01-01 to 9999-12-31; any other number there is refused).
 */
export function tableFromGrid(grid: unknown, source: string, periodColumn?: string): EventTable {
  if (!Array.isArray(grid) || grid.length < 1 || !Array.isArray(grid[0]))
    throw new InputProblem(`${source} must be a range with a header row`);
  const headers = (grid[0] as unknown[]).map((h, i) => {
    const name = String(h ?? '').trim();
    if (name === '') throw new InputProblem(`${source}: header cell ${i + 1} is empty`);
    return name;
  });
  const header = columnNames(headers, source);
  const period = periodColumn === undefined ? undefined : columnName(periodColumn);
  const rows = grid.slice(1) as unknown[][];
  const columns = header.map((name, c) => {
    const raw = rows.map((r) => (Array.isArray(r) ? r[c] : undefined));
    const { type, values } = typedColumn(raw, name === period ? name : undefined);
    return { name, type, ...codeCells(values) };
  });
  return { source, rowCount: rows.length, columns };
}

/** Day numbers of a period column of Excel serial dates; a number that is no date is refused. */
function serialDays(values: (number | null)[], column: string): Cell[] {
  return values.map((serial, i) => {
    if (serial === null) return null;
    const day = excelSerialToDay(serial);
    if (day === null)
      throw new InputProblem(
        `period column "${column}", data row ${i + 1}: ${serial} is not an Excel date (serial numbers ${FIRST_EXCEL_SERIAL} to ${LAST_EXCEL_SERIAL}, 1900-01-01 to 9999-12-31, except 60, Excel's 1900-02-29)`,
        'period',
      );
    return day;
  });
}

function typedColumn(raw: unknown[], period?: string): { type: ValueType; values: Cell[] } {
  const present = raw.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    const values = raw.map((v) => (typeof v === 'number' ? v : null));
    return period !== undefined
      ? { type: 'date', values: serialDays(values, period) }
      : { type: 'number', values };
  }
  if (present.length > 0 && present.every((v) => typeof v === 'boolean'))
    return { type: 'boolean', values: raw.map((v) => (typeof v === 'boolean' ? v : null)) };
  const text = raw.map((v) => (v === null || v === undefined ? '' : String(v)));
  const type = inferType(text);
  return { type, values: convertCells(text, type) };
}
