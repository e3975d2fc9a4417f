import type { Expr } from './check';
import { RUNTIME } from './runtime';
import type { Cell } from './value-types';

/** A checked expression's value for one row of the table, by row number. */
export type RowFunction = (row: number) => Cell;

/** The cells of each column a definition reads, one per row. */
export type ColumnCells = ReadonlyMap<string, readonly Cell[]>;

/**
 * Compiles a checked expression into a tree of closures over the table's columns, once; the
 * result is evaluated per row. Every operator and function is the runtime's (three-valued
 * logic, blanks as null), so the value is exactly what the definition language defines.
 * `and` and `or` skip their right side when the left decides, which changes no value: every
 * part of a definition is free of side effects.
 */
export function rowFunction(expr: Expr, columns: ColumnCells): RowFunction {
  switch (expr.kind) {
    case 'column': {
      const values = columns.get(expr.name);
      if (!values) throw new Error(`column ${expr.name} is not loaded`);
      return (row) => values[row];
    }
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'operator':
    case 'call': {
      const args = expr.args.map((a) => rowFunction(a, columns));
      const name = expr.kind === 'operator' ? expr.op : expr.fn;
      const [a, b] = args;
      if (name === 'and')
        return (row) => {
          const left = a(row);
          return left === false
            ? false
            : RUNTIME.and(left as boolean | null, b(row) as boolean | null);
        };
      if (name === 'or')
        return (row) => {
          const left = a(row);
          return left === true
            ? true
            : RUNTIME.or(left as boolean | null, b(row) as boolean | null);
        };
      const fn = RUNTIME[name] as (...cells: Cell[]) => Cell;
      return args.length === 1 ? (row) => fn(a(row)) : (row) => fn(a(row), b(row));
    }
  }
}

/** The loaded cells of the named columns, for rowFunction. */
export function columnCells(
  columns: readonly { name: string; values: readonly Cell[] }[],
  names: readonly string[],
): ColumnCells {
  return new Map(columns.filter((c) => names.includes(c.name)).map((c) => [c.name, c.values]));
}
