import { checkDefinition } from '../definition/check';
import { definitionClauses } from '../definition/clauses';
import { asVendorRule } from '../definition/errors';
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
  /** false: the four plain counts only, without the clause counts */
  clauses?: boolean;
  /** the vendor's stated counting rule: the billed flag itself, or beside it when besideBilled */
  vendorDefinition?: string;
  besideBilled?: boolean;
  /** pass every literal of the definitions as a query parameter ($1, $2, ...; PostgreSQL) */
  parameters?: boolean;
}

export interface CountsQuery {
  sql: string;
  /** the statement to run before it, so that times are read in UTC (null: none needed) */
  setup: string | null;
  /** the values of $1, $2, ... when the query takes parameters */
  params: (string | number | boolean)[];
  /** the definition's clauses as written, one clause_N column pair each */
  clauses: string[];
}

function billedSql(column: string, type: ValueType): string {
  if (type === 'boolean') return `(${column} IS TRUE)`;
  if (type === 'string') return `(LOWER(TRIM(${column})) IN ('1', 'true', 'yes', 'y', 'billed'))`;
  return `(${column} = 1)`;
}

/** Every name in the definition accepted as a column of unknown type. */
function openSchema(definition: string): Schema {
  const names = definition.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
  return new Map(names.map((n) => [n, 'unknown' as ValueType]));
}

function checked(definition: string, schema: Schema | undefined) {
  return checkDefinition(definition, schema && schema.size > 0 ? schema : openSchema(definition));
}

/** The buyer's definition as a SQL boolean expression in one dialect. */
export function definitionToSql(
  definition: string,
  dialect: DialectName,
  schema: Schema = new Map(),
  sqlNames: ReadonlyMap<string, string> = new Map(),
): string {
  return expressionToSql(
    checked(definition, schema).expr,
    DIALECT[dialect],
    (name) => sqlNames.get(name) ?? name,
  );
}

const sum = (condition: string, alias: string) =>
  `  SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END) AS ${alias}`;

/**
 * Monthly contacts, vendor count, buyer count and both, as reconciliation needs them, and for
 * each clause of the definition the billed rows that are not outcomes and fail it first
 * (`clause_N_first_failing`) or at all (`clause_N_failing`). The inner query evaluates every
 * clause once (unknown as false); a row is an outcome when all its clauses are true.
 */
export function compileCountsQuery(input: CountsQueryInput): CountsQuery {
  const d = DIALECT[input.dialect];
  const params: (string | number | boolean)[] = [];
  const bind = input.parameters
    ? (value: string | number | boolean, type: string) => {
        params.push(value);
        return `CAST($${params.length} AS ${type})`;
      }
    : undefined;
  const toSql = (definition: string) => {
    const c = checked(definition, input.schema);
    const parts =
      input.clauses === false ? [{ text: c.source.trim(), expr: c.expr }] : definitionClauses(c);
    return parts.map((p) => ({
      text: p.text,
      sql: expressionToSql(p.expr, d, (name) => input.sqlNames?.get(name) ?? name, bind),
    }));
  };
  const inSql = (name: string) => d.identifier(input.sqlNames?.get(name) ?? name);
  const period = inSql(input.periodColumn);
  const periodType = input.schema?.get(input.periodColumn) ?? 'date';
  const month = periodType === 'string' ? d.monthOfText(period) : d.monthOfDate(period);
  const clauses = toSql(input.definition);
  const rule =
    input.vendorDefinition === undefined
      ? undefined
      : expressionToSql(
          asVendorRule(() => checked(input.vendorDefinition!, input.schema)).expr,
          d,
          (name) => input.sqlNames?.get(name) ?? name,
          bind,
        );
  const flag =
    rule !== undefined && !input.besideBilled
      ? rule
      : billedSql(inSql(input.billedColumn), input.schema?.get(input.billedColumn) ?? 'number');
  const names = clauses.map((_, i) => `c${i + 1}`);
  const outcome = names.join(' AND ');
  const withClauses = input.clauses !== false;
  const sql = [
    ...(withClauses
      ? clauses.map((c, i) => `-- clause ${i + 1}: ${c.text.replace(/[\r\n]+/g, ' ')}`)
      : []),
    `SELECT month,`,
    `  COUNT(*) AS contacts,`,
    sum('billed', 'vendor_count') + ',',
    sum(outcome, 'buyer_count') + ',',
    [
      sum(`billed AND ${outcome}`, 'both_count'),
      ...(withClauses
        ? names.map((_, i) =>
            sum(
              ['billed', ...names.slice(0, i), `NOT ${names[i]}`].join(' AND '),
              `clause_${i + 1}_first_failing`,
            ),
          )
        : []),
      ...(withClauses
        ? names.map((name, i) => sum(`billed AND NOT ${name}`, `clause_${i + 1}_failing`))
        : []),
      ...(rule !== undefined && input.besideBilled
        ? [sum('vendor_rule', 'rule_count'), sum('vendor_rule AND billed', 'rule_and_billed')]
        : []),
    ].join(',\n'),
    `FROM (`,
    `  SELECT ${month} AS month,`,
    [
      `    COALESCE(${flag}, FALSE) AS billed`,
      ...clauses.map((c, i) => `    COALESCE(${c.sql}, FALSE) AS ${names[i]}`),
      ...(rule !== undefined && input.besideBilled
        ? [`    COALESCE(${rule}, FALSE) AS vendor_rule`]
        : []),
    ].join(',\n'),
    `  FROM ${input.from}`,
    `) AS counted`,
    `GROUP BY 1`,
    `ORDER BY 1`,
  ].join('\n');
  return {
    sql,
    setup: d.sessionSetup,
    params,
    clauses: withClauses ? clauses.map((c) => c.text) : [],
  };
}

/** The counts query's text, after the statement that sets the session to UTC (see compileCountsQuery). */
export function countsQuery(input: CountsQueryInput): string {
  const { sql, setup } = compileCountsQuery(input);
  return setup === null ? sql : `${setup};\n${sql}`;
}
