import { checkDefinition } from '../definition/check';
import type { Schema, ValueType } from '../definition/value-types';
import { expressionToSql } from './compile-expression';
import { DIALECT, type DialectName } from './dialects';

export interface CountsQueryInput {
  dialect: DialectName;
  definition: string;
  /** a table name or, for DuckDB, a table function such as read_csv('events.csv') */
  from: string;
  periodColumn: string;
  billedColumn: string;
  /** column types when known (from the export); otherwise the definition decides */
  schema?: Schema;
  /** the source's own column name for each definition name, when they differ */
  sqlNames?: ReadonlyMap<string, string>;
}

function billedSql(column: string, type: ValueType): string {
  if (type === 'boolean') return `(${column} IS TRUE)`;
  if (type === 'string') return `(LOWER(TRIM(${column})) IN ('1', 'true', 'yes', 'y', 'billed'))`;
  return `(${column} = 1)`;
}

/** The buyer's definition as a SQL boolean expression in one dialect. */
export function definitionToSql(
  definition: string,
  dialect: DialectName,
  schema: Schema = new Map(),
  sqlNames: ReadonlyMap<string, string> = new Map(),
): string {
  const checked = checkDefinition(definition, schema.size > 0 ? schema : openSchema(definition));
  return expressionToSql(checked.expr, DIALECT[dialect], (name) => sqlNames.get(name) ?? name);
}

/** Every name in the definition accepted as a column of unknown type. */
function openSchema(definition: string): Schema {
  const names = definition.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
  return new Map(names.map((n) => [n, 'unknown' as ValueType]));
}

/** Monthly contacts, vendor count, buyer count and both, as reconciliation needs them. */
export function countsQuery(input: CountsQueryInput): string {
  const d = DIALECT[input.dialect];
  const outcome = definitionToSql(input.definition, input.dialect, input.schema, input.sqlNames);
  const inSql = (name: string) => d.identifier(input.sqlNames?.get(name) ?? name);
  const period = inSql(input.periodColumn);
  const periodType = input.schema?.get(input.periodColumn) ?? 'date';
  const month = periodType === 'string' ? `SUBSTR(${period}, 1, 7)` : d.monthOfDate(period);
  const billed = billedSql(
    inSql(input.billedColumn),
    input.schema?.get(input.billedColumn) ?? 'number',
  );
  return [
    `SELECT ${month} AS month,`,
    `  COUNT(*) AS contacts,`,
    `  SUM(CASE WHEN ${billed} THEN 1 ELSE 0 END) AS vendor_count,`,
    `  SUM(CASE WHEN ${outcome} THEN 1 ELSE 0 END) AS buyer_count,`,
    `  SUM(CASE WHEN ${billed} AND ${outcome} THEN 1 ELSE 0 END) AS both_count`,
    `FROM ${input.from}`,
    `GROUP BY 1`,
    `ORDER BY 1`,
  ].join('\n');
}
