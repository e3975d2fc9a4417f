import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DefinitionError } from '../definition/errors';
import { DEFAULT_EVALUATION_TIME_LIMIT_MS } from '../definition/limits';
import type { ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import type { EngineCounts, EngineCountSettings } from '../engine-counts';
import { countColumns, countInEngine } from '../sql/count-in-engine';
import { DIALECT } from '../sql/dialects';
import { columnNames } from '../table/column-names';
import { requireCountColumns } from '../count-columns';
import { definitionNames, wantedColumns } from '../wanted-columns';
import { choosePeriodColumn, type PeriodChoice } from '../table/period-column';
import {
  checkLineEnds,
  csvFileHeader,
  csvStructureProblem,
  isCsvStructureError,
  typedCsv,
  type TypedCsv,
  type TypedCsvInput,
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

/** What the CSV and the Parquet reader are both given. */
type TypedInput = Omit<TypedCsvInput, 'periodColumn'>;

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
  // what both readers are given, and what both results add: the SQL names and the vendor rule
  const typedFrom = async (
    header: readonly string[],
    read: (input: TypedInput) => Promise<TypedCsv>,
  ): Promise<TypedSource> => {
    const names = columnNames(header, path);
    const typed = await read({
      path,
      header,
      names,
      wanted: wantedColumns(settings)(names),
      billedColumn: names.includes(settings.billedColumn) ? settings.billedColumn : undefined,
      choosePeriod: (periodLike) => {
        const choice = period(names, periodLike);
        beside(names, choice);
        return choice;
      },
    });
    return {
      ...typed,
      sqlNames: new Map(names.map((name, i) => [name, header[i]])),
      besideBilled: beside(names, typed.period),
    };
  };
  if (/\.parquet$/i.test(path)) {
    const described = await inTime(() =>
      connection.runAndReadAll(`DESCRIBE SELECT * FROM ${duckdbSource(path)}`),
    );
    const columns = described.getRowObjectsJS();
    return typedFrom(
      columns.map((r) => String(r.column_name)),
      (input) =>
        typedParquet(
          connection,
          {
            ...input,
            duckdbTypes: columns.map((r) => String(r.column_type)),
            definitionNames: definitionNames(settings),
          },
          inTime,
        ),
    );
  }
  if (!existsSync(path)) throw new InputProblem(`DuckDB could not read ${path}: no such file`);
  const header = csvFileHeader(path);
  checkLineEnds(path);
  const structure = <T>(work: () => Promise<T>) =>
    inTime(async () => {
      try {
        return await work();
      } catch (error) {
        throw isCsvStructureError(error) ? csvStructureProblem(path, error) : error;
      }
    });
  return typedFrom(header, (input) =>
    typedCsv(connection, { ...input, periodColumn: settings.periodColumn }, structure),
  );
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
  const settings = countColumns(input);
  const columnsGiven = { ...settings, billedColumnGiven: input.billedColumnGiven };
  const limit = input.timeLimitMs ?? DEFAULT_EVALUATION_TIME_LIMIT_MS;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // times are read in UTC whatever the machine's zone (a TIMESTAMPTZ's month, its date)
  await connection.run(DIALECT.duckdb.sessionSetup!);
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
    const { period, checkCells, ...source } = await typedSource(
      connection,
      path,
      { ...columnsGiven, vendorDefinition: input.vendorDefinition },
      inTime,
    );
    const counts = await countInEngine(
      'duckdb',
      input,
      { ...source, name: path, periodColumn: period.column },
      async (query) => {
        await checkCells();
        return (await inTime(() => connection.runAndReadAll(query.sql))).getRowObjectsJS();
      },
    );
    return { ...counts, periodColumn: period.column, periodNote: period.note };
  } finally {
    clearTimeout(timer);
    connection.closeSync();
    instance.closeSync();
  }
}
