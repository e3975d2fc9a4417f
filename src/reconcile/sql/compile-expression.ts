import type { Expr } from '../definition/check';
import type { OperatorName } from '../definition/catalog';
import type { Dialect } from './dialects';

const INFIX: Partial<Record<OperatorName, string>> = {
  and: 'AND',
  or: 'OR',
  equal: '=',
  unequal: '<>',
  smaller: '<',
  smallerEq: '<=',
  larger: '>',
  largerEq: '>=',
  add: '+',
  subtract: '-',
  multiply: '*',
};

/**
 * SQL for a checked definition. SQL's three-valued logic is the definition language's, so
 * blanks (NULL) behave the same; division is done in floating point and is NULL for a zero
 * divisor; decimal literals are cast to floating point so sums match JavaScript's doubles.
 */
/** Placeholder SQL for a literal passed as a query parameter, already cast to its SQL type. */
export type BindLiteral = (value: string | number | boolean, sqlType: string) => string;

export function expressionToSql(
  expr: Expr,
  dialect: Dialect,
  columnInSql: (name: string) => string = (name) => name,
  bind?: BindLiteral,
): string {
  const sql = (e: Expr) => expressionToSql(e, dialect, columnInSql, bind);
  switch (expr.kind) {
    case 'column':
      return dialect.identifier(columnInSql(expr.name));
    case 'literal':
      if (bind) {
        if (expr.iso !== undefined) return bind(expr.iso, 'DATE');
        const type = { string: 'TEXT', number: dialect.double, boolean: 'BOOLEAN' }[
          typeof expr.value as 'string' | 'number' | 'boolean'
        ];
        return bind(expr.value, type);
      }
      if (expr.iso !== undefined) return `DATE '${expr.iso}'`;
      if (typeof expr.value === 'boolean') return expr.value ? 'TRUE' : 'FALSE';
      if (typeof expr.value === 'string') return dialect.text(expr.value);
      return Number.isInteger(expr.value) && Math.abs(expr.value) < 2 ** 31
        ? String(expr.value)
        : `CAST(${String(expr.value)} AS ${dialect.double})`;
    case 'operator': {
      const [a, b] = expr.args;
      if (expr.op === 'not') return `(NOT ${sql(a)})`;
      if (expr.op === 'unaryMinus') return `(- ${sql(a)})`;
      if (expr.op === 'unaryPlus') return sql(a);
      if (expr.op === 'divide')
        return `(CAST(${sql(a)} AS ${dialect.double}) / NULLIF(${sql(b)}, 0))`;
      return `(${sql(a)} ${INFIX[expr.op]} ${sql(b)})`;
    }
    case 'call': {
      const [a, b] = expr.args;
      switch (expr.fn) {
        case 'isblank':
          return `(${sql(a)} IS NULL)`;
        case 'days_between':
          return dialect.daysBetween(sql(a), sql(b));
        case 'lower':
          return `LOWER(${sql(a)})`;
        case 'upper':
          return `UPPER(${sql(a)})`;
        case 'abs':
          return `ABS(${sql(a)})`;
        case 'coalesce':
          return `COALESCE(${sql(a)}, ${sql(b)})`;
      }
    }
  }
}
