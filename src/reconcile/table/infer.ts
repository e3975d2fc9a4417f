import { isTime, type Cell, type ValueType } from '../definition/value-types';
import { BOOLEAN, NUMBER } from './cell-forms';
import { hasTime, isoToDay, isoToMicros } from './dates';

/** The type of one non-empty text cell. */
function cellType(cell: string): ValueType {
  if (NUMBER.test(cell)) return 'number';
  if (BOOLEAN.test(cell)) return 'boolean';
  if (isoToMicros(cell) !== null) return hasTime(cell) ? 'timestamp' : 'date';
  return 'string';
}

/**
 * The type of a text column: number, date (ISO), timestamp (ISO with a time of day, some cells
 * may be dates alone), boolean (true/false) or string, judged on its non-empty cells; 'unknown'
 * when every cell is empty. The forms are cell-forms.ts's, which DuckDB applies to the same text
 * (duckdb/typed-csv.ts).
 */
export function inferType(cells: readonly string[]): ValueType {
  let type: ValueType = 'unknown';
  for (const cell of cells) {
    if (cell === '') continue;
    const here = cellType(cell);
    if (type === 'unknown' || type === here) type = here;
    else if (isTime(type) && isTime(here)) type = 'timestamp';
    else return 'string';
    if (type === 'string') return type;
  }
  return type;
}

/** Text cells to typed cells; empty text is a blank (null). */
export function convertCells(cells: readonly string[], type: ValueType): Cell[] {
  const out: Cell[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === '') out[i] = null;
    else if (type === 'number') out[i] = Number(cell);
    else if (type === 'date') out[i] = isoToDay(cell);
    else if (type === 'timestamp') out[i] = isoToMicros(cell);
    else if (type === 'boolean') out[i] = cell.toLowerCase() === 'true';
    else out[i] = cell;
  }
  return out;
}

/**
 * Type and convert a column read as codes into its distinct texts (see DictionaryColumn): the
 * type is judged and each value converted once per distinct text.
 */
export function typeDistinctTexts(distinct: readonly string[]): {
  type: ValueType;
  distinct: Cell[];
} {
  const type = inferType(distinct);
  return { type, distinct: convertCells(distinct, type) };
}
