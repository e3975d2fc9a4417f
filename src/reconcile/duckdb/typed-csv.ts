import { closeSync, openSync, readSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ValueType } from '../definition/value-types';
import { InputProblem } from '../input-problem';
import { billedCellProblem } from '../table/billed';
import { checkCsvFile, csvFileHeader } from '../table/csv-file';
import { periodCellProblem, shownCell } from '../table/period';
import type { PeriodChoice } from '../table/period-column';
import {
  badBilledNumber,
  badBilledText,
  badPeriod,
  firstBadCell,
  hasTime,
  isBoolean,
  isDate,
  isNumber,
  quoted,
  text,
} from './cell-sql';
import { typedSelect, type TypedSelect } from './typed-select';
import { duckdbTimestampOfText } from '../sql/timestamp-of-text';
import { isoToMicros, microsToIso } from '../table/dates';

// DuckDB's CSV sniffer guesses: it takes a data row for the header, reads 01/02/2025 day-first,
// shifts a time with an offset to UTC and drops rows with too many fields. So the file is read
// with the dialect fixed (strict RFC 4180, every column text) and typed here by the same rules,
// on the same text, as the in-process reader (table/cell-forms.ts, table/infer.ts).

export { csvFileHeader };

/** `read_csv` of every column as text, with the dialect fixed and the header named by us. */
export function rawCsvSource(path: string, header: readonly string[]): string {
  const columns = header.map((h) => `${text(h)}: 'VARCHAR'`).join(', ');
  return (
    `read_csv(${text(path)}, header = true, auto_detect = false, delim = ',', quote = '"', ` +
    `escape = '"', strict_mode = true, columns = {${columns}})`
  );
}

/**
 * DuckDB refused the file's structure: the in-process reader, which follows the same grammar,
 * names the line as it would (DuckDB does not count line breaks inside quoted fields). It
 * streams the file and keeps no cells.
 */
export function csvStructureProblem(path: string, error: Error): InputProblem {
  try {
    checkCsvFile(path);
  } catch (problem) {
    if (problem instanceof InputProblem) return problem;
    throw problem;
  }
  return new InputProblem(`DuckDB could not read ${path}: ${error.message.split('\n')[0]}`);
}

/**
 * DuckDB reads some lines ending in CRLF inside a file of LF lines without complaint (those whose
 * last field is empty), where the in-process reader refuses mixed line ends: so a file whose
 * header row ends with LF is searched for a CRLF (a fast byte search; most files have no CR at
 * all) and, when it has one, read by the in-process rules to name the line.
 */
export function checkLineEnds(path: string): void {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 24);
  let crlf = false;
  let headerEnd: 'lf' | 'crlf' | null = null;
  try {
    for (let offset = 0; ;) {
      const length = readSync(fd, chunk, 0, chunk.length, offset);
      if (length === 0) break;
      const bytes = chunk.subarray(0, length);
      if (headerEnd === null) {
        const lf = bytes.indexOf(10);
        if (lf !== -1) headerEnd = lf > 0 && bytes[lf - 1] === 13 ? 'crlf' : 'lf';
        if (headerEnd === 'crlf') return;
      }
      if (bytes.indexOf('\r\n') !== -1 || (bytes[length - 1] === 13 && length === chunk.length)) {
        crlf = true;
        break;
      }
      offset += length;
    }
  } finally {
    closeSync(fd);
  }
  if (crlf) {
    const problem = csvStructureProblem(path, new Error('the file mixes LF and CRLF line ends'));
    if (!problem.message.startsWith('DuckDB could not read')) throw problem;
  }
}

/** DuckDB's complaint is about the layout of the CSV (quotes, field counts). */
export function isCsvStructureError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    /CSV Error on Line|state machine reached an invalid state|unterminated quote|Expected Number of Columns/i.test(
      error.message,
    )
  );
}

/**
 * The loaded columns typed (numbers DOUBLE, dates DATE, timestamps TIMESTAMP in UTC, true/false
 * BOOLEAN), to count from.
 */
export interface TypedCsv extends TypedSelect {
  period: PeriodChoice;
  /** refuses the first period or billed cell the in-process reader would refuse */
  checkCells: () => Promise<void>;
}

export interface TypedCsvInput {
  path: string;
  header: readonly string[];
  /** the definition's name for each header */
  names: readonly string[];
  /** definition names to load and type (all of them when the period column is missing) */
  wanted: readonly string[];
  periodColumn: string;
  /** the billed column, when the export has one (a vendor rule may stand in for it) */
  billedColumn: string | undefined;
  /** picks the period column from those whose every cell is a date or a month */
  choosePeriod: (periodLike: readonly string[]) => PeriodChoice;
}

type Row = Record<string, unknown>;

function typeOf(row: Row, k: number): ValueType {
  const present = Number(row[`n${k}`]);
  if (present === 0) return 'unknown';
  if (Number(row[`num${k}`]) === present) return 'number';
  if (Number(row[`bool${k}`]) === present) return 'boolean';
  if (Number(row[`date${k}`]) === present)
    return Number(row[`timed${k}`]) > 0 ? 'timestamp' : 'date';
  return 'string';
}

function typedExpression(column: string, type: ValueType): string {
  if (type === 'number') return `CAST(${column} AS DOUBLE)`;
  if (type === 'date') return `CAST(substr(${column}, 1, 10) AS DATE)`;
  if (type === 'timestamp') return duckdbTimestampOfText(column);
  if (type === 'boolean') return `(lower(${column}) = 'true')`;
  // every cell is empty: an untyped NULL compares with anything, as in process
  if (type === 'unknown') return 'NULL';
  return column;
}

/** A text cell as the in-process reader would show it once typed. */
export function shownText(raw: string | null, type: ValueType): string {
  if (raw === null) return shownCell(null);
  if (type === 'number') return String(Number(raw));
  if (type === 'boolean') return String(raw.toLowerCase() === 'true');
  if (type === 'date') return shownCell(raw.slice(0, 10));
  if (type === 'timestamp') return shownCell(microsToIso(isoToMicros(raw)!));
  return shownCell(raw);
}

/**
 * Profiles the loaded columns in one pass (types, and whether every period and billed cell is
 * one the in-process reader accepts) and returns the typed subquery to count from, with the
 * check that refuses the first bad cell with the in-process message.
 */
export async function typedCsv(
  connection: DuckDBConnection,
  input: TypedCsvInput,
  run: <T>(work: () => Promise<T>) => Promise<T>,
): Promise<TypedCsv> {
  const raw = rawCsvSource(input.path, input.header);
  const sqlName = new Map(input.names.map((name, i) => [name, input.header[i]]));
  const loaded = input.names.filter((name) => input.wanted.includes(name));
  const columnSql = (name: string) => quoted(sqlName.get(name)!);
  const billedColumn = input.billedColumn;
  // Exports repeat a few values per column (statuses, scores, dates), so the patterns are
  // matched once per distinct value: one scan groups every loaded column by its text.
  const ofColumn = (name: string) => {
    const k = loaded.indexOf(name);
    return `set_id = ${2 ** loaded.length - 1 - 2 ** (loaded.length - 1 - k)}`;
  };
  const rows = (name: string, condition: string) =>
    `sum(n) FILTER (WHERE ${ofColumn(name)} AND ${condition})`;
  const aggregates = loaded.flatMap((name, k) => {
    const c = columnSql(name);
    return [
      `${rows(name, `${c} IS NOT NULL`)} AS n${k}`,
      `${rows(name, isNumber(c))} AS num${k}`,
      `${rows(name, isBoolean(c))} AS bool${k}`,
      `${rows(name, isDate(c))} AS date${k}`,
      `${rows(name, `${isDate(c)} AND ${hasTime(c)}`)} AS timed${k}`,
      `${rows(name, `NOT ${badPeriod(c)}`)} AS period${k}`,
    ];
  });
  aggregates.push(`${rows(loaded[0], 'true')} AS total`);
  if (billedColumn !== undefined)
    aggregates.push(
      `${rows(billedColumn, badBilledText(columnSql(billedColumn)))} AS bad_billed_text`,
      `${rows(billedColumn, badBilledNumber(columnSql(billedColumn)))} AS bad_billed_number`,
    );
  const columns = loaded.map(columnSql).join(', ');
  const grouped =
    `SELECT GROUPING(${columns}) AS set_id, ${columns}, count(*) AS n FROM ${raw} ` +
    `GROUP BY GROUPING SETS (${loaded.map((name) => `(${columnSql(name)})`).join(', ')})`;
  const profile = (
    await run(() =>
      connection.runAndReadAll(`SELECT ${aggregates.join(',\n  ')} FROM (${grouped})`),
    )
  ).getRowObjectsJS()[0] as Row;
  const types = new Map(loaded.map((name, k) => [name, typeOf(profile, k)]));
  const cells = (field: string, name: string) => Number(profile[`${field}${loaded.indexOf(name)}`]);
  const choice = input.choosePeriod(
    loaded.filter((name) => cells('n', name) > 0 && cells('period', name) === cells('n', name)),
  );

  const firstBad = (name: string, bad: (c: string) => string) =>
    firstBadCell(connection, run, raw, columnSql(name), bad);
  // the cells are checked after the definitions are (in-process order: definitions, then cells)
  const checkCells = async () => {
    if (cells('period', choice.column) < Number(profile.total)) {
      const { dataRow, text } = await firstBad(choice.column, badPeriod);
      throw periodCellProblem(choice.column, dataRow, shownText(text, types.get(choice.column)!));
    }
    if (billedColumn === undefined) return;
    const billedType = types.get(billedColumn)!;
    const billedCheck: Partial<Record<ValueType, [number, (c: string) => string]>> = {
      number: [Number(profile.bad_billed_number), badBilledNumber],
      string: [Number(profile.bad_billed_text), badBilledText],
      date: [cells('n', billedColumn), (c) => `${c} IS NOT NULL`],
      timestamp: [cells('n', billedColumn), (c) => `${c} IS NOT NULL`],
    };
    const check = billedCheck[billedType];
    if (check && check[0] > 0) {
      const { dataRow, text } = await firstBad(billedColumn, check[1]);
      throw billedCellProblem(billedColumn, dataRow, shownText(text, billedType));
    }
  };

  return {
    ...typedSelect(raw, input.names, types, columnSql, typedExpression),
    period: choice,
    checkCells,
  };
}
