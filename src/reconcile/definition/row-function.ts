import type { Column } from '../table/event-table';
import type { Expr } from './check';
import { ROWS_PER_TIME_CHECK } from './limits';
import { atMidnight, daysBetweenInstants, isMember, RUNTIME } from './runtime';
import type { Cell } from './value-types';

/** A checked expression's value for one row of the table, by row number. */
export type RowFunction = (row: number) => Cell;

/** The loaded columns a definition reads, by name. */
export type ColumnMap = ReadonlyMap<string, Column>;

/** The columns an expression reads. */
function columnsIn(expr: Expr, out = new Set<string>()): Set<string> {
  if (expr.kind === 'column') out.add(expr.name);
  else if (expr.kind === 'in') columnsIn(expr.arg, out);
  else if (expr.kind !== 'literal') for (const a of expr.args) columnsIn(a, out);
  return out;
}

/** The left value that decides `and` (false) and `or` (true) without the right side. */
const DECIDING_LEFT = { and: false, or: true } as const;

/**
 * Compiles a checked expression into a tree of closures, once, reading each column through
 * `read`. Every operator and function is the runtime's (three-valued logic, blanks as null), so
 * the value is exactly what the definition language defines. `and` and `or` skip their right
 * side when the left decides, which changes no value: every part of a definition is free of
 * side effects. `part` may stand in for a subtree (see rowFunction).
 */
function closures(
  expr: Expr,
  read: (name: string) => RowFunction,
  part: (expr: Expr) => RowFunction | undefined = () => undefined,
): RowFunction {
  const shortcut = part(expr);
  if (shortcut) return shortcut;
  switch (expr.kind) {
    case 'column':
      return read(expr.name);
    case 'literal': {
      const value = expr.value;
      return () => value;
    }
    case 'in': {
      const arg = closures(expr.arg, read, part);
      const values: ReadonlySet<Cell> = new Set(expr.values);
      const negated = expr.negated;
      return (row) => isMember(arg(row), values, negated);
    }
    case 'operator':
    case 'call': {
      // a date beside a timestamp (compared, or in days_between) is read as its midnight UTC
      const instants = expr.args.some((a) => a.type === 'timestamp');
      const args = expr.args.map((a) => {
        const value = closures(a, read, part);
        return instants && a.type === 'date' ? (row: number) => atMidnight(value(row)) : value;
      });
      const name = expr.kind === 'operator' ? expr.op : expr.fn;
      const [a, b] = args;
      if (name === 'and' || name === 'or') {
        const decides = DECIDING_LEFT[name];
        const combine = RUNTIME[name];
        return (row) => {
          const left = a(row);
          return left === decides
            ? decides
            : combine(left as boolean | null, b(row) as boolean | null);
        };
      }
      const fn = (name === 'days_between' && instants ? daysBetweenInstants : RUNTIME[name]) as (
        ...cells: Cell[]
      ) => Cell;
      return args.length === 1 ? (row) => fn(a(row)) : (row) => fn(a(row), b(row));
    }
  }
}

function loaded(columns: ColumnMap, name: string): Column {
  const column = columns.get(name);
  if (!column) throw new Error(`column ${name} is not loaded`);
  return column;
}

/** The expression's value for each distinct value of the one column it reads. */
function perDistinctValue(expr: Expr, column: Column): Cell[] {
  const value = closures(expr, () => (i) => column.distinct[i]);
  return column.distinct.map((_, i) => value(i));
}

/**
 * The expression's value per row, over the table's coded columns: a subtree that reads one
 * column only is evaluated once per distinct value of it and then looked up by each row's code.
 */
export function rowFunction(expr: Expr, columns: ColumnMap): RowFunction {
  return closures(
    expr,
    (name) => {
      const { codes, distinct } = loaded(columns, name);
      return (row) => distinct[codes[row]];
    },
    (e) => {
      if (e.kind === 'column' || e.kind === 'literal') return undefined;
      const used = columnsIn(e);
      if (used.size !== 1) return undefined;
      const column = loaded(columns, [...used][0]);
      const values = perDistinctValue(e, column);
      const { codes } = column;
      return (row) => values[codes[row]];
    },
  );
}

/**
 * 1 for each row where the expression is true (unknown is not true), evaluated over the
 * columns: one that reads a single column is a lookup of its per-value truth by each row's code.
 * `inTime` is called every few thousand rows (the time limit).
 */
export function truthPerRow(
  expr: Expr,
  columns: ColumnMap,
  rowCount: number,
  inTime: (row: number) => void = () => {},
): Uint8Array {
  const truth = new Uint8Array(rowCount);
  const used = [...columnsIn(expr)];
  if (used.length === 0) {
    if (closures(expr, () => () => null)(0) === true) truth.fill(1);
    return truth;
  }
  if (used.length === 1) {
    const column = loaded(columns, used[0]);
    const ofValue = Uint8Array.from(perDistinctValue(expr, column), (v) => (v === true ? 1 : 0));
    const { codes } = column;
    for (let from = 0; from < rowCount; from += ROWS_PER_TIME_CHECK) {
      const to = Math.min(rowCount, from + ROWS_PER_TIME_CHECK);
      for (let row = from; row < to; row++) truth[row] = ofValue[codes[row]];
      if (to - from === ROWS_PER_TIME_CHECK) inTime(to - 1);
    }
    return truth;
  }
  const value = rowFunction(expr, columns);
  for (let row = 0; row < rowCount; row++) {
    if (value(row) === true) truth[row] = 1;
    if (row % ROWS_PER_TIME_CHECK === ROWS_PER_TIME_CHECK - 1) inTime(row);
  }
  return truth;
}

/** The loaded columns of the named ones, for rowFunction. */
export function columnCells(columns: readonly Column[], names: readonly string[]): ColumnMap {
  return new Map(columns.filter((c) => names.includes(c.name)).map((c) => [c.name, c]));
}
