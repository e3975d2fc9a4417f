import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DefinitionError } from '../definition/errors';
import { DEFAULT_EVALUATION_TIME_LIMIT_MS } from '../definition/limits';
import type { ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import type { EngineCounts, EngineCountSettings } from '../engine-counts';
import { compileCountsQuery } from '../sql/counts-query';
import { countsFromRows } from '../sql/counts-rows';
import { columnName, columnNames } from '../table/column-names';
import { requireCountColumns } from '../count-columns';
import { definitionNames, wantedColumns } from '../wanted-columns';
import { choosePeriodColumn, type PeriodChoice } from '../table/period-column';
import {
  checkLineEnds,
  csvFileHeader,
  csvStructureProblem,
  isCsvStructureError,
  typedCsv,
} from './typed-csv';
import { typedParquet } from './typed-parquet';

/** `read_csv(...)` or `read_parquet(...)` for a file, by its extension. */
export function duckdbSource(path: string): string {
  const literal = `'${path.replace(/'/g, "''")}'`;
  return /\.parquet$/i.test(path)
    ? `read_parquet(${literal})`
    : `read_csv(${literal}, header = true)`;
}

/** DuckDB's complaints about the file (bad CSV, wrong types) as input problems naming it. */
async function readable<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    throw new InputProblem(`DuckDB could not read ${path}: ${(error as Error).message}`);
  }
}

interface ColumnSettings {
  definition: string;
  periodColumn: string;
  billedColumn: string;
  billedColumnGiven?: boolean;
  vendorDefinition?: string;
}

interface TypedSource {
  from: string;
  schema: Map<string, ValueType>;
  period: PeriodChoice;
  sqlNames: Map<string, string>;
  /** the vendor rule is tested beside the billed column (see requireCountColumns) */
  besideBilled: boolean;
  /** refuses the first period or billed cell the in-process reader would refuse */
  checkCells: () => Promise<void>;
}

/**
 * What to count from: a CSV read as text with the dialect fixed and typed by the in-process
 * rules (typed-csv.ts), or a Parquet file with the types it carries, its cells held to the
 * same rules (typed-parquet.ts).
 */
async function typedSource(
  connection: DuckDBConnection,
  path: string,
  settings: ColumnSettings,
  inTime: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<TypedSource> {
  const period = (names: readonly string[], periodLike: readonly string[]) =>
    choosePeriodColumn(settings.periodColumn, names, periodLike, path, settings.billedColumn);
  const beside = (names: readonly string[], choice: PeriodChoice) =>
    requireCountColumns(
      names,
      { ...settings, periodColumn: choice.column },
      settings.vendorDefinition,
      path,
    );
  if (/\.parquet$/i.test(path)) {
    const described = await inTime(() =>
      connection.runAndReadAll(`DESCRIBE SELECT * FROM ${duckdbSource(path)}`),
    );
    const columns = described.getRowObjectsJS();
    const header = columns.map((r) => String(r.column_name));
    const names = columnNames(header, path);
    const typed = await typedParquet(
      connection,
      {
        path,
        header,
        duckdbTypes: columns.map((r) => String(r.column_type)),
        names,
        wanted: wantedColumns(settings)(names),
        definitionNames: definitionNames(settings),
        billedColumn: names.includes(settings.billedColumn) ? settings.billedColumn : undefined,
        choosePeriod: (periodLike) => {
          const choice = period(names, periodLike);
          beside(names, choice);
          return choice;
        },
      },
      inTime,
    );
    return {
      ...typed,
      sqlNames: new Map(names.map((name, i) => [name, header[i]])),
      besideBilled: beside(names, typed.period),
    };
  }
  if (!existsSync(path)) throw new InputProblem(`DuckDB could not read ${path}: no such file`);
  const header = csvFileHeader(path);
  checkLineEnds(path);
  const names = columnNames(header, path);
  const wanted = wantedColumns(settings)(names);
  const structure = <T>(work: () => Promise<T>) =>
    inTime(async () => {
      try {
        return await work();
      } catch (error) {
        throw isCsvStructureError(error) ? csvStructureProblem(path, error) : error;
      }
    });
  const typed = await typedCsv(
    connection,
    {
      path,
      header,
      names,
      wanted,
      periodColumn: settings.periodColumn,
      billedColumn: names.includes(settings.billedColumn) ? settings.billedColumn : undefined,
      choosePeriod: (periodLike) => {
        const choice = period(names, periodLike);
        beside(names, choice);
        return choice;
      },
    },
    structure,
  );
  return {
    ...typed,
    sqlNames: new Map(names.map((name, i) => [name, header[i]])),
    besideBilled: beside(names, typed.period),
  };
}

export type DuckdbCountSettings = EngineCountSettings;
export type DuckdbCounts = EngineCounts;

/**
 * Monthly counts computed inside embedded DuckDB, which reads the CSV or Parquet file itself:
 * the definition is checked against the types DuckDB sees, compiled to DuckDB SQL and run.
 */
export async function countWithDuckdb(
  path: string,
  input: DuckdbCountSettings,
): Promise<DuckdbCounts> {
  const settings = {
    definition: input.definition,
    periodColumn: columnName(input.periodColumn),
    billedColumn: columnName(input.billedColumn),
  };
  const columnsGiven = { ...settings, billedColumnGiven: input.billedColumnGiven };
  const limit = input.timeLimitMs ?? DEFAULT_EVALUATION_TIME_LIMIT_MS;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    connection.interrupt();
  }, limit);
  const inTime = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      const result = await readable(path, work);
      if (!timedOut) return result;
    } catch (error) {
      if (!timedOut) throw error;
    }
    throw new DefinitionError(
      'time-limit',
      `counting ${path} in DuckDB took longer than ${limit} ms and was stopped`,
    );
  };
  try {
    const { from, schema, period, sqlNames, besideBilled, checkCells } = await typedSource(
      connection,
      path,
      { ...columnsGiven, vendorDefinition: input.vendorDefinition },
      inTime,
    );
    const query = compileCountsQuery({
      dialect: 'duckdb',
      ...settings,
      periodColumn: period.column,
      clauses: input.clauses,
      vendorDefinition: input.vendorDefinition,
      besideBilled,
      from,
      schema,
      sqlNames,
    });
    await checkCells();
    const reader = await inTime(() => connection.runAndReadAll(query.sql));
    const rows = reader.getRowObjectsJS();
    for (const r of rows)
      if (r.month === null)
        throw new InputProblem(
          `${String(r.contacts)} row(s) of ${path} have a blank ${settings.periodColumn}`,
        );
    const counts = countsFromRows(
      rows,
      query.clauses.length,
      besideBilled && input.vendorDefinition !== undefined,
    );
    return {
      counts,
      sql: query.sql,
      schema,
      clauses: query.clauses,
      ruleBesideBilled: besideBilled && input.vendorDefinition !== undefined,
      periodColumn: period.column,
      periodNote: period.note,
    };
  } finally {
    clearTimeout(timer);
    connection.closeSync();
    instance.closeSync();
  }
}
