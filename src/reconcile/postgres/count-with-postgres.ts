import type pg from 'pg';
import type { ValueType } from '../definition/value-types';
import { requireCountColumns } from '../count-columns';
import type { EngineCounts, EngineCountSettings } from '../engine-counts';
import { InputProblem } from '../input-problem';
import { countColumns, countInEngine } from '../sql/count-in-engine';
import { columnNames } from '../table/column-names';
import { redactedUrl, withReadOnlyPostgres } from './connection';

export interface PostgresCountSettings extends EngineCountSettings {
  /** postgres://user:password@host:port/database */
  url: string;
  /** the table or view, optionally schema-qualified (events, support.events) */
  table: string;
}

const TABLE_NAME = /^[A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)?$/;

/** PostgreSQL's column type (format_type) in the definition language's terms. */
export function valueTypeOfPostgres(type: string): ValueType {
  if (/^(text|character|"char"|name|citext)/.test(type)) return 'string';
  if (type === 'boolean') return 'boolean';
  if (type === 'date') return 'date';
  if (/^timestamp/.test(type)) return 'timestamp';
  if (/^(smallint|integer|bigint|numeric|real|double precision)/.test(type)) return 'number';
  return 'unknown';
}

async function describeTable(client: pg.Client, table: string, where: string) {
  const found = await client.query<{ name: string | null }>(
    'SELECT to_regclass($1)::text AS name',
    [table],
  );
  const name = found.rows[0]?.name;
  if (!name) throw new InputProblem(`--table: there is no table "${table}" at ${where}`);
  const { rows } = await client.query<{ column: string; type: string }>(
    `SELECT attname AS column, format_type(atttypid, atttypmod) AS type
       FROM pg_attribute
      WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped
      ORDER BY attnum`,
    [table],
  );
  return { from: name, columns: rows };
}

/**
 * Monthly counts computed in a live PostgreSQL: the table's columns are read from the catalog,
 * the definition is checked against their types, compiled to PostgreSQL with every literal a
 * query parameter, and run in a read-only transaction with a statement timeout.
 */
export async function countWithPostgres(input: PostgresCountSettings): Promise<EngineCounts> {
  if (!TABLE_NAME.test(input.table))
    throw new InputProblem(
      `--table must be a table name such as events or support.events, got "${input.table}"`,
    );
  const where = redactedUrl(input.url);
  const settings = countColumns(input);
  return withReadOnlyPostgres(input.url, input.timeLimitMs, async (client) => {
    const { from, columns } = await describeTable(client, input.table, where);
    const source = `${input.table} at ${where}`;
    const headers = columns.map((c) => c.column);
    const names = columnNames(headers, source);
    const schema = new Map<string, ValueType>(
      columns.map((c, i) => [names[i], valueTypeOfPostgres(c.type)]),
    );
    const sqlNames = new Map(names.map((name, i) => [name, headers[i]]));
    const besideBilled = requireCountColumns(
      schema,
      { ...settings, billedColumnGiven: input.billedColumnGiven },
      input.vendorDefinition,
      source,
    );
    return countInEngine(
      'postgres',
      input,
      { name: source, from, schema, sqlNames, besideBilled, parameters: true },
      async (query) => (await client.query(query.sql, query.params)).rows,
    );
  });
}
