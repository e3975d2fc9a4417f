import type { DuckDBConnection } from '@duckdb/node-api';
import {
  BILLED_NO,
  BILLED_YES,
  BOOLEAN_PATTERN,
  DATE_PATTERN,
  FIRST_YEAR,
  LAST_YEAR,
  MONTH_PATTERN,
  NUMBER_PATTERN,
} from '../table/cell-forms';
import { duckdbTimestampOfText } from '../sql/timestamp-of-text';

// The in-process rules for a cell (table/cell-forms.ts) as DuckDB SQL, for the CSV read as text
// (typed-csv.ts) and for the typed columns of a Parquet file (typed-parquet.ts).

export const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
export const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

const matches = (column: string, pattern: string) =>
  `regexp_full_match(${column}, ${text(pattern)})`;
export const isNumber = (c: string) => matches(c, NUMBER_PATTERN);
export const isBoolean = (c: string) => matches(c, BOOLEAN_PATTERN);
/** Text that is a real date in years 0001 to 9999, its instant too in UTC (isoToMicros). */
export const isDate = (c: string) =>
  `(${matches(c, DATE_PATTERN)} AND substr(${c}, 1, 4) <> '0000' AND try_cast(substr(${c}, 1, 10) AS DATE) IS NOT NULL ` +
  `AND year(${duckdbTimestampOfText(c)}) BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR})`;
/** A date text (isDate) with a time of day: a timestamp. */
export const hasTime = (c: string) => `length(${c}) > 10`;
/** Text that is a month in years 0001 to 9999 (isMonth). */
export const isMonth = (c: string) =>
  `(${matches(c, MONTH_PATTERN)} AND substr(${c}, 1, 4) <> '0000')`;
/** Text that is no period: empty, or neither a date nor a month. */
export const badPeriod = (c: string) => `(${c} IS NULL OR NOT (${isDate(c)} OR ${isMonth(c)}))`;
/** A DATE or TIMESTAMP outside the years the in-process reader accepts. */
export const outsideYears = (c: string) =>
  `(${c} IS NOT NULL AND NOT (isfinite(${c}) AND year(${c}) BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR}))`;
const list = (values: readonly string[]) => values.map(text).join(', ');
export const badBilledText = (c: string) =>
  `(${c} IS NOT NULL AND lower(trim(${c})) NOT IN (${list([...BILLED_YES, ...BILLED_NO])}))`;
export const badBilledNumber = (c: string) =>
  `(${c} IS NOT NULL AND try_cast(${c} AS DOUBLE) NOT IN (0, 1))`;

/** The first data row (1-based) of a source whose cell fails a check, with that cell as text. */
export async function firstBadCell(
  connection: DuckDBConnection,
  run: <T>(work: () => Promise<T>) => Promise<T>,
  source: string,
  column: string,
  bad: (c: string) => string,
): Promise<{ dataRow: number; text: string | null }> {
  const sql =
    `SELECT n, CAST(value AS VARCHAR) AS shown FROM ` +
    `(SELECT row_number() OVER () AS n, ${column} AS value FROM ${source}) ` +
    `WHERE ${bad('value')} ORDER BY n LIMIT 1`;
  const row = (await run(() => connection.runAndReadAll(sql))).getRowObjectsJS()[0];
  return { dataRow: Number(row.n), text: row.shown === null ? null : String(row.shown) };
}
