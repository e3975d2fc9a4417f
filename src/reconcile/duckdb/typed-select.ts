import type { ValueType } from '../definition/value-types';

/** What a typed source counts from (see typedSelect). */
export interface TypedSelect {
  /** a subquery of the loaded columns, each typed and under its own name */
  from: string;
  /** every column: the loaded ones typed, the rest 'unknown' */
  schema: Map<string, ValueType>;
}

/**
 * The subquery of `source` that the counts query reads: each loaded column cast to its type by
 * the source's own `typedExpression`, and the schema the definitions are checked against.
 */
export function typedSelect(
  source: string,
  names: readonly string[],
  types: ReadonlyMap<string, ValueType>,
  columnSql: (name: string) => string,
  typedExpression: (column: string, type: ValueType) => string,
): TypedSelect {
  const select = [...types]
    .map(([name, type]) => `${typedExpression(columnSql(name), type)} AS ${columnSql(name)}`)
    .join(', ');
  const schema = new Map<string, ValueType>(
    names.map((name) => [name, types.get(name) ?? 'unknown']),
  );
  return { from: `(SELECT ${select} FROM ${source})`, schema };
}
