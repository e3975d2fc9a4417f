import type { Expr } from '../definition/check';
import type { OperatorName } from '../definition/catalog';
import { isTime } from '../definition/value-types';
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
  const literalSql = (value: string | number | boolean, iso?: string, as = 'date') => {
    const asTime = as === 'timestamp' ? 'timestamp' : 'date';
    if (bind) {
      if (iso !== undefined) return bind(iso, asTime === 'date' ? 'DATE' : 'TIMESTAMP');
      const type = { string: 'TEXT', number: dialect.double, boolean: 'BOOLEAN' }[
        typeof value as 'string' | 'number' | 'boolean'
      ];
      return bind(value, type);
    }
    if (iso !== undefined) return dialect.dateLiteral(iso, asTime);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    if (typeof value === 'string') return dialect.text(value);
    return Number.isInteger(value) && Math.abs(value) < 2 ** 31
      ? String(value)
      : `CAST(${String(value)} AS ${dialect.double})`;
  };
  switch (expr.kind) {
    case 'column':
      return dialect.identifier(columnInSql(expr.name));
    case 'literal':
      return literalSql(expr.value, expr.iso, expr.type);
    case 'in':
      return `(${sql(expr.arg)} ${expr.negated ? 'NOT IN' : 'IN'} (${expr.values.map((v) => literalSql(v)).join(', ')}))`;
    case 'operator': {
      const [a, b] = expr.args;
      if (isTime(a.type) && isTime(b.type) && a.type !== b.type) {
        // a date compared with a timestamp: at its midnight (UTC, as the session is set)
        const at = (e: Expr) => (e.type === 'date' ? dialect.dateAsTimestamp(sql(e)) : sql(e));
        return `(${at(a)} ${INFIX[expr.op]} ${at(b)})`;
      }
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
          return a.type === 'date' && b.type === 'date'
            ? dialect.daysBetween(sql(a), sql(b))
            : dialect.daysBetweenInstants(sql(a), sql(b));
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
