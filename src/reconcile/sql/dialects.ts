import { duckdbTimestampOfText } from './timestamp-of-text';

export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake'] as const;
export type DialectName = (typeof DIALECTS)[number];

/** What differs between the warehouses for the SQL a definition compiles to. */
export interface Dialect {
  name: DialectName;
  identifier: (name: string) => string;
  text: (value: string) => string;
  /** the type a division is done in */
  double: string;
  /** whole days between two dates */
  daysBetween: (from: string, to: string) => string;
  /** whole 24-hour days between two dates or timestamps, rounded down, in UTC */
  daysBetweenInstants: (from: string, to: string) => string;
  /** a `YYYY-MM-DD` literal, as a date or as the timestamp of its midnight UTC */
  dateLiteral: (iso: string, as: 'date' | 'timestamp') => string;
  /** a date expression as the timestamp of its midnight, to compare with a timestamp */
  dateAsTimestamp: (date: string) => string;
  /** `YYYY-MM` text of a date or timestamp expression, in UTC */
  monthOfDate: (date: string) => string;
  /** `YYYY-MM` of a text that is a month or a date or timestamp (reconcile checked it is) */
  monthOfText: (text: string) => string;
  /** the statement that makes the session read times in UTC, run before the query */
  sessionSetup: string | null;
}

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const standardText = (value: string) => `'${value.replace(/'/g, "''")}'`;

const MICROS_PER_DAY = '86400000000';

/**
 * floor(d / one day) of a whole number of microseconds `d`, exactly: the remainder is made
 * non-negative (MOD takes the sign of the dividend in every dialect) and the division is then
 * exact, so it is the same whether the dialect divides integers by truncating or not.
 */
function floorDays(d: string, divide: (a: string, b: string) => string, mod = 'MOD'): string {
  const remainder = `${mod}(${mod}(${d}, ${MICROS_PER_DAY}) + ${MICROS_PER_DAY}, ${MICROS_PER_DAY})`;
  return divide(`(${d} - ${remainder})`, MICROS_PER_DAY);
}

/** `CASE WHEN` the text is a month `YYYY-MM` `THEN` it, else the month of its instant. */
const monthOrInstant = (text: string, length: string, ofInstant: string) =>
  `CASE WHEN ${length}(${text}) = 7 THEN ${text} ELSE ${ofInstant} END`;

export const DIALECT: Record<DialectName, Dialect> = {
  duckdb: {
    name: 'duckdb',
    identifier: doubleQuoted,
    text: standardText,
    double: 'DOUBLE',
    daysBetween: (from, to) => `date_diff('day', CAST(${from} AS DATE), CAST(${to} AS DATE))`,
    daysBetweenInstants: (from, to) =>
      floorDays(
        `(epoch_us(CAST(${to} AS TIMESTAMPTZ)) - epoch_us(CAST(${from} AS TIMESTAMPTZ)))`,
        (a, b) => `(${a} // ${b})`,
      ),
    dateLiteral: (iso, as) => (as === 'date' ? `DATE '${iso}'` : `TIMESTAMP '${iso} 00:00:00'`),
    dateAsTimestamp: (date) => `CAST(${date} AS TIMESTAMP)`,
    monthOfDate: (date) => `strftime(CAST(${date} AS DATE), '%Y-%m')`,
    monthOfText: (text) =>
      monthOrInstant(text, 'length', `strftime(${duckdbTimestampOfText(text)}, '%Y-%m')`),
    sessionSetup: "SET TimeZone = 'UTC'",
  },
  postgres: {
    name: 'postgres',
    identifier: doubleQuoted,
    text: standardText,
    double: 'DOUBLE PRECISION',
    daysBetween: (from, to) => `(CAST(${to} AS DATE) - CAST(${from} AS DATE))`,
    daysBetweenInstants: (from, to) => {
      const micros = (x: string) =>
        `CAST(extract(epoch FROM CAST(${x} AS TIMESTAMPTZ)) * 1000000 AS BIGINT)`;
      return floorDays(`(${micros(to)} - ${micros(from)})`, (a, b) => `(${a} / ${b})`);
    },
    dateLiteral: (iso, as) => (as === 'date' ? `DATE '${iso}'` : `TIMESTAMP '${iso} 00:00:00'`),
    dateAsTimestamp: (date) => `CAST(${date} AS TIMESTAMP)`,
    monthOfDate: (date) => `to_char(CAST(${date} AS DATE), 'YYYY-MM')`,
    monthOfText: (text) =>
      monthOrInstant(text, 'length', `to_char(CAST(${text} AS TIMESTAMPTZ), 'YYYY-MM')`),
    sessionSetup: "SET TIME ZONE 'UTC'",
  },
  bigquery: {
    name: 'bigquery',
    identifier: (name) => `\`${name.replace(/[`\\]/g, (c) => `\\${c}`)}\``,
    text: (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}'`,
    double: 'FLOAT64',
    daysBetween: (from, to) => `DATE_DIFF(DATE(${to}), DATE(${from}), DAY)`,
    daysBetweenInstants: (from, to) =>
      floorDays(
        `(UNIX_MICROS(TIMESTAMP(${to})) - UNIX_MICROS(TIMESTAMP(${from})))`,
        (a, b) => `DIV(${a}, ${b})`,
      ),
    // BigQuery's functions read times in UTC unless told otherwise: no session setting needed
    dateLiteral: (iso, as) => (as === 'date' ? `DATE '${iso}'` : `TIMESTAMP '${iso} 00:00:00+00'`),
    dateAsTimestamp: (date) => `TIMESTAMP(${date})`,
    monthOfDate: (date) => `FORMAT_DATE('%Y-%m', DATE(${date}))`,
    monthOfText: (text) =>
      monthOrInstant(text, 'LENGTH', `FORMAT_TIMESTAMP('%Y-%m', TIMESTAMP(${text}))`),
    sessionSetup: null,
  },
  snowflake: {
    name: 'snowflake',
    // Unquoted names resolve case-insensitively, as columns created without quotes expect.
    identifier: (name) => (SIMPLE.test(name) ? name : doubleQuoted(name)),
    text: (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`,
    double: 'DOUBLE',
    daysBetween: (from, to) => `DATEDIFF(day, CAST(${from} AS DATE), CAST(${to} AS DATE))`,
    daysBetweenInstants: (from, to) => {
      const micros = (x: string) => `DATE_PART(EPOCH_MICROSECOND, TO_TIMESTAMP_TZ(${x}))`;
      return floorDays(`(${micros(to)} - ${micros(from)})`, (a, b) => `(${a} / ${b})`);
    },
    dateLiteral: (iso, as) =>
      as === 'date' ? `DATE '${iso}'` : `TO_TIMESTAMP_TZ('${iso} 00:00:00 +00:00')`,
    dateAsTimestamp: (date) => `TO_TIMESTAMP_TZ(${date})`,
    // a TIMESTAMP_TZ keeps its own offset: CONVERT_TIMEZONE takes it to UTC before the month
    monthOfDate: (date) => `TO_CHAR(CONVERT_TIMEZONE('UTC', TO_TIMESTAMP_TZ(${date})), 'YYYY-MM')`,
    monthOfText: (text) =>
      monthOrInstant(
        text,
        'LENGTH',
        `TO_CHAR(CONVERT_TIMEZONE('UTC', TO_TIMESTAMP_TZ(${text})), 'YYYY-MM')`,
      ),
    sessionSetup: "ALTER SESSION SET TIMEZONE = 'UTC'",
  },
};

export function isDialectName(name: string): name is DialectName {
  return (DIALECTS as readonly string[]).includes(name);
}
