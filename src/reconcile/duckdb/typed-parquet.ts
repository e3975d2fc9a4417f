import type { DuckDBConnection } from '@duckdb/node-api';
import { isTime, type ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import { billedCellProblem } from '../table/billed';
import { periodCellProblem } from '../table/period';
import type { PeriodChoice } from '../table/period-column';
import {
  badBilledNumber,
  badBilledText,
  badPeriod,
  firstBadCell,
  outsideYears,
  quoted,
  text,
} from './cell-sql';
import { typedSelect } from './typed-select';
import { shownText, type TypedCsv } from './typed-csv';

// A Parquet file keeps the types it carries, but its cells are held to the rules the in-process
// reader applies to a CSV holding the same values: a period is a date (years 0001 to 9999) or
// a `YYYY-MM-DD` / `YYYY-MM` text, never empty; a billed flag is true/false, 0/1 or one of the
// billed texts; numbers are read as doubles and dates as calendar days. Anything else is
// refused with the message the in-process reader gives.

const NUMBER_TYPE =
  /^(?:U?(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;

/** How a Parquet column is read: as a definition type, or not at all (null). */
export function parquetKind(type: string): Exclude<ValueType, 'unknown'> | null {
  if (type === 'VARCHAR') return 'string';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'DATE') return 'date';
  if (/^TIMESTAMP(?:_S|_MS|_NS)?(?: WITH TIME ZONE)?$/.test(type)) return 'timestamp';
  if (NUMBER_TYPE.test(type)) return 'number';
  return null;
}

export interface TypedParquetInput {
  path: string;
  /** the file's column names and DuckDB types, in order */
  header: readonly string[];
  duckdbTypes: readonly string[];
  /** the definition's name for each header */
  names: readonly string[];
  /** definition names to load and type (all of them when the period column is missing) */
  wanted: readonly string[];
  /** the names the definitions may read (an over-estimate: namesIn) */
  definitionNames: readonly string[];
  /** the billed column, when the file has one (a vendor rule may stand in for it) */
  billedColumn: string | undefined;
  /** picks the period column from those whose every cell is a date or a month */
  choosePeriod: (periodLike: readonly string[]) => PeriodChoice;
}

function typedExpression(column: string, type: ValueType): string {
  if (type === 'number') return `CAST(${column} AS DOUBLE)`;
  if (type === 'date') return `CAST(${column} AS DATE)`;
  // the instant, as a TIMESTAMP in UTC (a TIMESTAMP column is taken to be in UTC)
  if (type === 'timestamp') return `make_timestamp(epoch_us(${column}))`;
  // every cell is empty: compared with anything, as an empty CSV column is
  if (type === 'unknown') return 'NULL';
  return column;
}

/**
 * Profiles the loaded columns of a Parquet file in one scan and returns the typed subquery to
 * count from (numbers DOUBLE, dates DATE, all-empty columns 'unknown' as in a CSV), with the
 * check that refuses the first period or billed cell the in-process reader would refuse.
 */
export async function typedParquet(
  connection: DuckDBConnection,
  input: TypedParquetInput,
  run: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<TypedCsv> {
  const source = `read_parquet(${text(input.path)})`;
  const sqlName = new Map(input.names.map((name, i) => [name, input.header[i]]));
  const kindOf = new Map(input.names.map((name, i) => [name, parquetKind(input.duckdbTypes[i])]));
  const typeName = new Map(input.names.map((name, i) => [name, input.duckdbTypes[i]]));
  const loaded = input.names.filter((name) => input.wanted.includes(name) && kindOf.get(name));
  const columnSql = (name: string) => quoted(sqlName.get(name)!);
  const { billedColumn } = input;
  const aggregates = ['count(*) AS total'];
  loaded.forEach((name, k) => {
    const c = columnSql(name);
    aggregates.push(`count(${c}) AS n${k}`);
    const kind = kindOf.get(name);
    if (kind === 'date' || kind === 'timestamp')
      aggregates.push(`count(*) FILTER (WHERE ${outsideYears(c)}) AS bad${k}`);
    if (kind === 'string')
      aggregates.push(`count(*) FILTER (WHERE ${c} IS NOT NULL AND ${badPeriod(c)}) AS bad${k}`);
  });
  const billedKind = billedColumn === undefined ? undefined : kindOf.get(billedColumn);
  const billedBad =
    billedKind === 'number' ? badBilledNumber : billedKind === 'string' ? badBilledText : null;
  if (billedColumn !== undefined && billedBad && loaded.includes(billedColumn))
    aggregates.push(`count(*) FILTER (WHERE ${billedBad(columnSql(billedColumn))}) AS bad_billed`);
  const profile = (
    await run(() => connection.runAndReadAll(`SELECT ${aggregates.join(', ')} FROM ${source}`))
  ).getRowObjectsJS()[0];
  const cells = (field: string, name: string) => Number(profile[`${field}${loaded.indexOf(name)}`]);
  const types = new Map<string, ValueType>(
    loaded.map((name) => [name, cells('n', name) === 0 ? 'unknown' : kindOf.get(name)!]),
  );
  const choice = input.choosePeriod(
    loaded.filter((name) => {
      const type = types.get(name);
      return (isTime(type!) || type === 'string') && cells('bad', name) === 0;
    }),
  );

  const used = [choice.column, billedColumn, ...input.definitionNames];
  for (const name of input.names)
    if (kindOf.get(name) === null && used.includes(name))
      throw new InputProblem(
        `column "${name}" of ${input.path} is a Parquet ${typeName.get(name)} column; ` +
          'the reconciliation reads numbers, text, dates and true/false',
      );

  const firstBad = (name: string, bad: (c: string) => string) =>
    firstBadCell(connection, run, source, columnSql(name), bad);
  const checkCells = async () => {
    const period = choice.column;
    const periodType = types.get(period)!;
    const total = Number(profile.total);
    const good =
      isTime(periodType) || periodType === 'string' ? cells('n', period) - cells('bad', period) : 0;
    if (total > 0 && good < total) {
      const bad = isTime(periodType)
        ? (c: string) => `(${c} IS NULL OR ${outsideYears(c)})`
        : periodType === 'string'
          ? badPeriod
          : () => 'true';
      const { dataRow, text: cell } = await firstBad(period, bad);
      throw periodCellProblem(
        period,
        dataRow,
        shownText(cell, isTime(periodType) ? 'string' : periodType),
      );
    }
    if (billedColumn === undefined) return;
    const billedType = types.get(billedColumn)!;
    const bad = isTime(billedType)
      ? (c: string) => `${c} IS NOT NULL`
      : billedType === 'number' || billedType === 'string'
        ? billedBad
        : null;
    const count = isTime(billedType) ? cells('n', billedColumn) : Number(profile.bad_billed ?? 0);
    if (bad && count > 0) {
      const { dataRow, text: cell } = await firstBad(billedColumn, bad);
      throw billedCellProblem(
        billedColumn,
        dataRow,
        shownText(cell, isTime(billedType) ? 'string' : billedType),
      );
    }
  };

  return {
    ...typedSelect(source, input.names, types, columnSql, typedExpression),
    period: choice,
    checkCells,
  };
}
