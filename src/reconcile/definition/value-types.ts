/**
 * Types a column or sub-expression can have; 'unknown' when no data says (e.g. `crossover sql`).
 * A 'date' is a calendar day; a 'timestamp' an instant (a date with a time of day, in UTC).
 */
export type ValueType = 'number' | 'string' | 'date' | 'timestamp' | 'boolean' | 'unknown';

/**
 * A cell as the evaluator sees it: dates are whole days since 1970-01-01, timestamps
 * microseconds since 1970-01-01 00:00 UTC, blanks are null.
 */
export type Cell = number | string | boolean | null;

/** Column name -> type, in the order the export lists them. */
export type Schema = ReadonlyMap<string, ValueType>;

export function sameType(a: ValueType, b: ValueType): boolean {
  return a === 'unknown' || b === 'unknown' || a === b;
}

/** Dates and timestamps: the types days_between reads and that order in time. */
export function isTime(type: ValueType): boolean {
  return type === 'date' || type === 'timestamp';
}
