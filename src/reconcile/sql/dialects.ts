export const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake'] as const;
export type DialectName = (typeof DIALECTS)[number];

/** What differs between the warehouses for the SQL a definition compiles to. */
export interface Dialect {
  name: DialectName;
  identifier: (name: string) => string;
  text: (value: string) => string;
  /** the type a division is done in */
  double: string;
  daysBetween: (from: string, to: string) => string;
  /** `YYYY-MM` text of a date expression */
  monthOfDate: (date: string) => string;
}

const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const doubleQuoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
const standardText = (value: string) => `'${value.replace(/'/g, "''")}'`;

export const DIALECT: Record<DialectName, Dialect> = {
  duckdb: {
    name: 'duckdb',
    identifier: doubleQuoted,
    text: standardText,
    double: 'DOUBLE',
    daysBetween: (from, to) => `date_diff('day', CAST(${from} AS DATE), CAST(${to} AS DATE))`,
    monthOfDate: (date) => `strftime(CAST(${date} AS DATE), '%Y-%m')`,
  },
  postgres: {
    name: 'postgres',
    identifier: doubleQuoted,
    text: standardText,
    double: 'DOUBLE PRECISION',
    daysBetween: (from, to) => `(CAST(${to} AS DATE) - CAST(${from} AS DATE))`,
    monthOfDate: (date) => `to_char(CAST(${date} AS DATE), 'YYYY-MM')`,
  },
  bigquery: {
    name: 'bigquery',
    identifier: (name) => `\`${name.replace(/[`\\]/g, (c) => `\\${c}`)}\``,
    text: (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}'`,
    double: 'FLOAT64',
    daysBetween: (from, to) => `DATE_DIFF(DATE(${to}), DATE(${from}), DAY)`,
    monthOfDate: (date) => `FORMAT_DATE('%Y-%m', DATE(${date}))`,
  },
  snowflake: {
    name: 'snowflake',
    // Unquoted names resolve case-insensitively, as columns created without quotes expect.
    identifier: (name) => (SIMPLE.test(name) ? name : doubleQuoted(name)),
    text: (value) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`,
    double: 'DOUBLE',
    daysBetween: (from, to) => `DATEDIFF(day, CAST(${from} AS DATE), CAST(${to} AS DATE))`,
    monthOfDate: (date) => `TO_CHAR(CAST(${date} AS DATE), 'YYYY-MM')`,
  },
};

export function isDialectName(name: string): name is DialectName {
  return (DIALECTS as readonly string[]).includes(name);
}
