import type { Cell, ValueType } from '../definition/value-types';

/**
 * One column of an export, typed once: each row holds a code into the column's distinct
 * values, so work that depends on one column (typing, converting, a clause over it) is done
 * once per distinct value rather than once per row.
 */
export interface Column {
  name: string;
  /** 'unknown' when every cell is blank: it then compares with anything, and is always blank. */
  type: ValueType;
  /** One code per row, into distinct. */
  codes: Int32Array;
  /** The typed values the codes stand for; dates as day numbers, blanks as null. */
  distinct: readonly Cell[];
}

/** An event export in memory: one row per contact, typed columns. */
export interface EventTable {
  /** Where the rows came from, for messages (a file name or "the table"). */
  source: string;
  rowCount: number;
  columns: Column[];
}

/** Typed cells, one per row, as codes into their distinct values. */
export function codeCells(values: readonly Cell[]): { codes: Int32Array; distinct: Cell[] } {
  const index = new Map<Cell, number>();
  const distinct: Cell[] = [];
  const codes = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    let code = index.get(values[i]);
    if (code === undefined) {
      code = distinct.length;
      distinct.push(values[i]);
      index.set(values[i], code);
    }
    codes[i] = code;
  }
  return { codes, distinct };
}

/** The value of a column in one row. */
export function cellAt(column: Column, row: number): Cell {
  return column.distinct[column.codes[row]];
}

/** The first row whose code is one of the marked ones (a problem found once per value). */
export function firstRowWith(column: Column, marked: (code: number) => boolean): number {
  for (let row = 0; row < column.codes.length; row++) if (marked(column.codes[row])) return row;
  return -1;
}

export function schemaOf(table: EventTable): Map<string, ValueType> {
  return new Map(table.columns.map((c) => [c.name, c.type]));
}

export function findColumn(table: EventTable, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}
