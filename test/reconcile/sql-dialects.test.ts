import { describe, expect, it } from 'vitest';
import { countsQuery, definitionToSql } from '../../src/reconcile/sql/counts-query';
import { DIALECTS } from '../../src/reconcile/sql/dialects';
import type { ValueType } from '../../src/reconcile/definition/value-types';

const schema = new Map<string, ValueType>([
  ['status', 'string'],
  ['reopen_days', 'number'],
  ['csat', 'number'],
  ['period', 'date'],
  ['closed_on', 'date'],
  ['vendor_billed', 'number'],
]);

describe('the definition in each warehouse dialect', () => {
  const definition =
    'status == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4';
  it('DuckDB and PostgreSQL quote names and keep three-valued logic', () => {
    const expected = `((("status" = 'closed') AND (("reopen_days" IS NULL) OR ("reopen_days" > 14))) AND ("csat" >= 4))`;
    expect(definitionToSql(definition, 'duckdb', schema)).toBe(expected);
    expect(definitionToSql(definition, 'postgres', schema)).toBe(expected);
  });
  it('BigQuery uses backticks and DATE_DIFF', () => {
    expect(definitionToSql(definition, 'bigquery', schema)).toBe(
      "(((`status` = 'closed') AND ((`reopen_days` IS NULL) OR (`reopen_days` > 14))) AND (`csat` >= 4))",
    );
    expect(definitionToSql('days_between(period, closed_on) <= 2', 'bigquery', schema)).toBe(
      '(DATE_DIFF(DATE(`closed_on`), DATE(`period`), DAY) <= 2)',
    );
  });
  it('Snowflake leaves simple names unquoted so they match columns created without quotes', () => {
    expect(definitionToSql('lower(status) == "closed"', 'snowflake', schema)).toBe(
      "(LOWER(status) = 'closed')",
    );
    expect(definitionToSql('tier$ == "gold"', 'snowflake', new Map([['tier$', 'string']]))).toBe(
      '("tier$" = \'gold\')',
    );
  });
  it('dates, division and decimal literals compile to the same meaning everywhere', () => {
    expect(definitionToSql('period >= "2025-03-01"', 'postgres', schema)).toBe(
      `("period" >= DATE '2025-03-01')`,
    );
    expect(definitionToSql('csat / reopen_days > 0.5', 'duckdb', schema)).toBe(
      `((CAST("csat" AS DOUBLE) / NULLIF("reopen_days", 0)) > CAST(0.5 AS DOUBLE))`,
    );
    expect(definitionToSql('days_between(period, closed_on) <= 2', 'postgres', schema)).toBe(
      `((CAST("closed_on" AS DATE) - CAST("period" AS DATE)) <= 2)`,
    );
    expect(definitionToSql('days_between(period, closed_on) <= 2', 'snowflake', schema)).toBe(
      `(DATEDIFF(day, CAST(period AS DATE), CAST(closed_on AS DATE)) <= 2)`,
    );
  });
  it('text literals are escaped per dialect', () => {
    const text = `status == "it's \\\\ done"`;
    expect(definitionToSql(text, 'postgres', schema)).toBe(`("status" = 'it''s \\ done')`);
    expect(definitionToSql(text, 'bigquery', schema)).toBe("(`status` = 'it\\'s \\\\ done')");
  });
  it('without a schema every name is a column of unknown type', () => {
    expect(definitionToSql('resolved == true and score >= 4', 'duckdb')).toBe(
      '(("resolved" = TRUE) AND ("score" >= 4))',
    );
  });
  it.each(DIALECTS)(
    '%s: the counts query groups by month and counts the four figures',
    (dialect) => {
      const sql = countsQuery({
        dialect,
        definition,
        from: 'events',
        periodColumn: 'period',
        billedColumn: 'vendor_billed',
        schema,
      });
      for (const alias of ['month', 'contacts', 'vendor_count', 'buyer_count', 'both_count'])
        expect(sql).toContain(`AS ${alias}`);
      expect(sql).toContain('FROM events');
      expect(sql).toMatch(/GROUP BY 1\nORDER BY 1$/);
    },
  );
});

describe('the forms issue 21 adds, in each dialect', () => {
  const times = new Map<string, ValueType>([
    ...schema,
    ['closed_at', 'timestamp'],
    ['reopened_at', 'timestamp'],
  ]);
  const DAY = '86400000000';
  it('in and not in are SQL IN and NOT IN, literals escaped per dialect', () => {
    const definition = `status in ("closed", "it's") and csat not in (1, -2, 2.5)`;
    expect(definitionToSql(definition, 'postgres', schema)).toBe(
      `(("status" IN ('closed', 'it''s')) AND ("csat" NOT IN (1, -2, CAST(2.5 AS DOUBLE PRECISION))))`,
    );
    expect(definitionToSql(definition, 'bigquery', schema)).toBe(
      "((`status` IN ('closed', 'it\\'s')) AND (`csat` NOT IN (1, -2, CAST(2.5 AS FLOAT64))))",
    );
  });
  it('days_between of timestamps: whole days of microseconds, rounded down exactly', () => {
    const definition = 'days_between(closed_at, reopened_at) > 14';
    const floor = (d: string, divide: (a: string) => string) =>
      divide(`(${d} - MOD(MOD(${d}, ${DAY}) + ${DAY}, ${DAY}))`);
    const duck = `(epoch_us(CAST("reopened_at" AS TIMESTAMPTZ)) - epoch_us(CAST("closed_at" AS TIMESTAMPTZ)))`;
    expect(definitionToSql(definition, 'duckdb', times)).toBe(
      `(${floor(duck, (a) => `(${a} // ${DAY})`)} > 14)`,
    );
    const pgMicros = (c: string) =>
      `CAST(extract(epoch FROM CAST("${c}" AS TIMESTAMPTZ)) * 1000000 AS BIGINT)`;
    expect(definitionToSql(definition, 'postgres', times)).toBe(
      `(${floor(`(${pgMicros('reopened_at')} - ${pgMicros('closed_at')})`, (a) => `(${a} / ${DAY})`)} > 14)`,
    );
    const bq = '(UNIX_MICROS(TIMESTAMP(`reopened_at`)) - UNIX_MICROS(TIMESTAMP(`closed_at`)))';
    expect(definitionToSql(definition, 'bigquery', times)).toBe(
      `(${floor(bq, (a) => `DIV(${a}, ${DAY})`)} > 14)`,
    );
    const sf = (c: string) => `DATE_PART(EPOCH_MICROSECOND, TO_TIMESTAMP_TZ(${c}))`;
    expect(definitionToSql(definition, 'snowflake', times)).toBe(
      `(${floor(`(${sf('reopened_at')} - ${sf('closed_at')})`, (a) => `(${a} / ${DAY})`)} > 14)`,
    );
  });
  it('two dates keep the date forms; a column of unknown type is read as a timestamp', () => {
    expect(definitionToSql('days_between(period, closed_on) <= 2', 'duckdb', schema)).toBe(
      `(date_diff('day', CAST("period" AS DATE), CAST("closed_on" AS DATE)) <= 2)`,
    );
    expect(definitionToSql('days_between(a, b) <= 2', 'duckdb')).toContain('epoch_us(');
  });
  it('a date meets a timestamp at its midnight, and a date literal a timestamp as one', () => {
    expect(definitionToSql('closed_at > period', 'bigquery', times)).toBe(
      '(`closed_at` > TIMESTAMP(`period`))',
    );
    expect(definitionToSql('closed_at >= "2025-03-01"', 'postgres', times)).toBe(
      `("closed_at" >= TIMESTAMP '2025-03-01 00:00:00')`,
    );
    expect(definitionToSql('closed_at >= "2025-03-01"', 'bigquery', times)).toBe(
      "(`closed_at` >= TIMESTAMP '2025-03-01 00:00:00+00')",
    );
  });
  it.each([
    ['duckdb', "SET TimeZone = 'UTC';\n"],
    ['postgres', "SET TIME ZONE 'UTC';\n"],
    ['snowflake', "ALTER SESSION SET TIMEZONE = 'UTC';\n"],
    ['bigquery', '-- clause 1'],
  ] as const)('%s: the printed query reads times in UTC', (dialect, start) => {
    const sql = countsQuery({
      dialect,
      definition: 'csat >= 4',
      from: 'events',
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
    });
    expect(sql.startsWith(start)).toBe(true);
  });
  it('a text period mixing months and timestamps takes the month in UTC', () => {
    const sql = countsQuery({
      dialect: 'postgres',
      definition: 'csat >= 4',
      from: 'events',
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
      schema: new Map([...schema, ['period', 'string']]),
    });
    expect(sql).toContain(
      `CASE WHEN length("period") = 7 THEN "period" ELSE to_char(CAST("period" AS TIMESTAMPTZ), 'YYYY-MM') END AS month`,
    );
  });
});
