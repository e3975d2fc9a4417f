import type { Cell, ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import { columnNames } from './column-names';
import { excelSerialToDay } from './dates';
import type { EventTable } from './event-table';
import { convertCells, inferType } from './infer';

/**
 * An event table from a 2-D array with a header row, as Excel passes a range to a custom
 * function: numbers and booleans arrive typed, text as text, empty cells as "" or null.
 * Columns of text are typed as a CSV would be; a period column of numbers is read as Excel
 * serial dates.
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
  const rows = grid.slice(1) as unknown[][];
  const columns = header.map((name, c) => {
    const raw = rows.map((r) => (Array.isArray(r) ? r[c] : undefined));
    return { name, ...typedColumn(raw, name === periodColumn) };
  });
  return { source, rowCount: rows.length, columns };
}

function typedColumn(raw: unknown[], isPeriod: boolean): { type: ValueType; values: Cell[] } {
  const present = raw.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'number')) {
    const values = raw.map((v) => (typeof v === 'number' ? v : null));
    return isPeriod
      ? { type: 'date', values: values.map((v) => (v === null ? null : excelSerialToDay(v))) }
      : { type: 'number', values };
  }
  if (present.length > 0 && present.every((v) => typeof v === 'boolean'))
    return { type: 'boolean', values: raw.map((v) => (typeof v === 'boolean' ? v : null)) };
  const text = raw.map((v) => (v === null || v === undefined ? '' : String(v)));
  const type = inferType(text);
  return { type, values: convertCells(text, type) };
}
