/** Types a column or sub-expression can have; 'unknown' when no data says (e.g. `crossover sql`). */
export type ValueType = 'number' | 'string' | 'date' | 'boolean' | 'unknown';

/** A cell as the evaluator sees it: dates are whole days since 1970-01-01, blanks are null. */
export type Cell = number | string | boolean | null;

/** Column name -> type, in the order the export lists them. */
export type Schema = ReadonlyMap<string, ValueType>;

export function sameType(a: ValueType, b: ValueType): boolean {
  return a === 'unknown' || b === 'unknown' || a === b;
}
