import type { ValueType } from '../definition/value-types';
import type { EngineCounts, EngineCountSettings } from '../engine-counts';
import { InputProblem } from '../input-problem';
import { columnName } from '../table/column-names';
import { compileCountsQuery, type CountsQuery } from './counts-query';
import type { DialectName } from './dialects';
import { countsFromRows, type CountsRow } from './counts-rows';

/** The columns a SQL engine is asked to count by, as definition names. */
export function countColumns(input: EngineCountSettings) {
  return {
    definition: input.definition,
    periodColumn: columnName(input.periodColumn),
    billedColumn: columnName(input.billedColumn),
  };
}

/** A source of events in a SQL engine, its columns typed. */
export interface EngineSource {
  /** names the source in messages: a file, or a table at a redacted URL */
  name: string;
  from: string;
  schema: Map<string, ValueType>;
  sqlNames: Map<string, string>;
  /** the vendor rule is tested beside the billed column (see requireCountColumns) */
  besideBilled: boolean;
  /** the column the months come from, when it is not the one asked for */
  periodColumn?: string;
  /** pass every literal as a query parameter */
  parameters?: boolean;
}

/**
 * The monthly counts of a source in a SQL engine: the counts query compiled in the engine's
 * dialect and run by `run`, its rows read as monthly counts; a row without a month is refused.
 */
export async function countInEngine(
  dialect: DialectName,
  input: EngineCountSettings,
  source: EngineSource,
  run: (query: CountsQuery) => Promise<readonly CountsRow[]>,
): Promise<EngineCounts> {
  const columns = countColumns(input);
  const { besideBilled, from, schema, sqlNames } = source;
  const query = compileCountsQuery({
    dialect,
    ...columns,
    periodColumn: source.periodColumn ?? columns.periodColumn,
    clauses: input.clauses,
    vendorDefinition: input.vendorDefinition,
    besideBilled,
    from,
    schema,
    sqlNames,
    parameters: source.parameters,
  });
  const rows = await run(query);
  for (const r of rows)
    if (r.month === null)
      throw new InputProblem(
        `${String(r.contacts)} row(s) of ${source.name} have a blank ${columns.periodColumn}`,
      );
  const ruleBesideBilled = besideBilled && input.vendorDefinition !== undefined;
  return {
    counts: countsFromRows(rows, query.clauses.length, ruleBesideBilled),
    sql: query.sql,
    schema,
    clauses: query.clauses,
    ruleBesideBilled,
  };
}
