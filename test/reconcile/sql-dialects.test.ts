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
