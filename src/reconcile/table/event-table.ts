import type { Cell, ValueType } from '../definition/value-types';

export interface Column {
  name: string;
  /** 'unknown' when every cell is blank: it then compares with anything, and is always blank. */
  type: ValueType;
  /** One cell per row; dates as day numbers, blanks as null. */
  values: Cell[];
}

/** An event export in memory: one row per contact, typed columns. */
export interface EventTable {
  /** Where the rows came from, for messages (a file name or "the table"). */
  source: string;
  rowCount: number;
  columns: Column[];
}

export function schemaOf(table: EventTable): Map<string, ValueType> {
  return new Map(table.columns.map((c) => [c.name, c.type]));
}

export function findColumn(table: EventTable, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}
