import fc from 'fast-check';
import nodeSqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import type { ValueType } from '../../src/reconcile/definition/value-types';
import { compileCountsQuery, type CountsQueryInput } from '../../src/reconcile/sql/counts-query';
import { DIALECTS, DIALECT, type DialectName } from '../../src/reconcile/sql/dialects';
import { condition } from './support/random-definitions';
import { ENGINE_DEFINITIONS } from './support/engine-definitions';
import { SQL_DEFINITIONS } from './support/sql-definitions';

// The printed query of every dialect, parsed by a parser that is not ours (node-sql-parser, its
// own grammars of BigQuery, Snowflake and PostgreSQL), for every definition form the tests use.
// The parse must succeed, read every column the definition names from the named table, and
// give the result columns reconcile reads back. DuckDB has no grammar of its own there: its
// query is parsed as PostgreSQL, which DuckDB's SQL follows, except two DuckDB forms PostgreSQL
// does not have (integer division `a // b` and `try_cast`): the parse must stop exactly at one
// of them, which is then replaced by PostgreSQL's form (the query itself runs in DuckDB in
// sql-equality.test.ts). The session statements are checked as text: the
// parser's Snowflake grammar knows no `ALTER SESSION`.

const { Parser } = nodeSqlParser;
const parser = new Parser();

const GRAMMAR: Record<DialectName, string> = {
  duckdb: 'PostgresQL',
  postgres: 'PostgresQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
};

/** The export's columns and types, as reconcile infers them from the generator's export. */
const SCHEMA = new Map<string, ValueType>([
  ['contact_id', 'number'],
  ['period', 'date'],
  ['channel', 'string'],
  ['status', 'string'],
  ['reopen_days', 'number'],
  ['csat', 'number'],
  ['closed_on', 'date'],
  ['vendor_billed', 'number'],
  ['opened_at', 'timestamp'],
  ['closed_at', 'timestamp'],
  ['reopened_at', 'timestamp'],
  ['note', 'string'],
]);

/** More forms the other tests use: engines-agree's, sql-dialects', the vendor recipes'. */
const MORE_FORMS = [
  ...ENGINE_DEFINITIONS,
  `status == "it's \\\\ done"`,
  'csat / reopen_days > 0.5',
  'period >= "2025-03-01"',
  'not (channel not in ("voice"))',
  'lower(status) in ("closed")',
];
const FORMS = [...SQL_DEFINITIONS, ...MORE_FORMS];
/** The columns every counts query selects, before any clause's. */
const COUNT_ALIASES = ['month', 'contacts', 'vendor_count', 'buyer_count', 'both_count'];

interface Parsed {
  ok: boolean;
  /** where the parse stopped, when it did */
  offset?: number;
  tables: string[];
  columns: string[];
  /** the outer select's result columns */
  aliases: string[];
}

function parse(sql: string, dialect: DialectName): Parsed {
  try {
    const { ast, tableList, columnList } = parser.parse(sql, { database: GRAMMAR[dialect] });
    const select = (Array.isArray(ast) ? ast[0] : ast) as {
      columns?: { as: string | null; expr: { column?: { expr?: { value: string } } | string } }[];
    };
    const aliases = (select.columns ?? []).map((c) => {
      if (c.as) return c.as;
      const column = c.expr.column;
      return typeof column === 'string' ? column : (column?.expr?.value ?? '?');
    });
    const last = (entry: string) => entry.split('::').at(-1)!;
    return { ok: true, tables: tableList.map(last), columns: columnList.map(last), aliases };
  } catch (error) {
    const location = (error as { location?: { start: { offset: number } } }).location;
    return { ok: false, offset: location?.start.offset, tables: [], columns: [], aliases: [] };
  }
}

interface DuckdbOnly {
  duckdb: string;
  postgres: string;
  /** whether a PostgreSQL parse that stopped at `at` stopped because of this form */
  stopsAt: (text: string, at: number) => boolean;
}

/**
 * DuckDB's own forms, which PostgreSQL's grammar does not have, with PostgreSQL's form of the
 * same syntax: integer division `a // b` (the parse stops at it), and `try_cast(x AS type)`,
 * CAST giving NULL (read as a function call, the parse stops at its `AS`).
 */
const DUCKDB_ONLY: DuckdbOnly[] = [
  {
    duckdb: ' // ',
    postgres: ' / ',
    stopsAt: (text, at) => text.slice(at - 1, at + 1) === '//' || text.slice(at, at + 2) === '//',
  },
  {
    duckdb: 'try_cast(',
    postgres: 'cast(',
    stopsAt: (text, at) => {
      const as = text.indexOf(' AS ', text.lastIndexOf('try_cast(', at));
      return as >= 0 && at >= as && at <= as + 4;
    },
  },
];

/** DuckDB's query as PostgreSQL: each stop must be at a DuckDB-only form, then replaced. */
function parseDuckdb(sql: string): Parsed {
  let text = sql;
  for (let attempt = 0; attempt < DUCKDB_ONLY.length; attempt++) {
    const parsed = parse(text, 'duckdb');
    if (parsed.ok) return parsed;
    const at = parsed.offset ?? -1;
    const form = DUCKDB_ONLY.find((f) => text.includes(f.duckdb) && f.stopsAt(text, at));
    expect(form, `stops at "${text.slice(at - 20, at + 10)}": no DuckDB-only form`).toBeDefined();
    text = text.split(form!.duckdb).join(form!.postgres);
  }
  return parse(text, 'duckdb');
}

const parsedIn = (sql: string, dialect: DialectName) =>
  dialect === 'duckdb' ? parseDuckdb(sql) : parse(sql, dialect);

/** The names a definition reads (its words that are columns of the schema). */
const namesIn = (definition: string, schema: ReadonlyMap<string, ValueType>) =>
  [...new Set(definition.replace(/"[^"]*"/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((w) =>
    schema.has(w),
  );

function query(dialect: DialectName, definition: string, more: Partial<CountsQueryInput> = {}) {
  return compileCountsQuery({
    dialect,
    definition,
    from: dialect === 'bigquery' ? 'crm.events' : 'events',
    periodColumn: 'period',
    billedColumn: 'vendor_billed',
    schema: SCHEMA,
    ...more,
  });
}

function expectParsed(
  dialect: DialectName,
  definition: string,
  more: Partial<CountsQueryInput> = {},
) {
  const q = query(dialect, definition, more);
  const parsed = parsedIn(q.sql, dialect);
  expect(parsed.ok, `${dialect}: ${definition}\n${q.sql}`).toBe(true);
  expect(parsed.tables).toContain('events');
  const columns = parsed.columns.map((c) => c.toLowerCase());
  for (const name of namesIn(definition, SCHEMA)) expect(columns, name).toContain(name);
  const clauses = q.clauses.map((_, i) => i + 1);
  expect(parsed.aliases).toEqual([
    ...COUNT_ALIASES,
    ...clauses.map((i) => `clause_${i}_first_failing`),
    ...clauses.map((i) => `clause_${i}_failing`),
    ...(more.vendorDefinition !== undefined && more.besideBilled
      ? ['rule_count', 'rule_and_billed']
      : []),
  ]);
}

describe('the printed SQL parses with node-sql-parser in every dialect', () => {
  for (const dialect of DIALECTS)
    it.each(FORMS)(`${dialect}: %s`, (definition) => expectParsed(dialect, definition));

  it.each(DIALECTS)('%s: a vendor rule as the count and beside the billed flag', (dialect) => {
    const rule = 'status == "closed" and not isblank(csat)';
    expectParsed(dialect, SQL_DEFINITIONS[0], { vendorDefinition: rule });
    expectParsed(dialect, SQL_DEFINITIONS[0], { vendorDefinition: rule, besideBilled: true });
  });

  it.each(DIALECTS)('%s: a period column of text, and the counts without clauses', (dialect) => {
    const schema = new Map(SCHEMA).set('period', 'string');
    const q = query(dialect, 'csat >= 4', { schema, clauses: false });
    const parsed = parsedIn(q.sql, dialect);
    expect(parsed.ok, q.sql).toBe(true);
    expect(parsed.aliases).toEqual(COUNT_ALIASES);
  });

  it('PostgreSQL: the literals as parameters ($1, $2, ...)', () => {
    const q = query('postgres', SQL_DEFINITIONS[0], { parameters: true });
    expect(q.params.length).toBeGreaterThan(0);
    expect(parse(q.sql, 'postgres').ok, q.sql).toBe(true);
  });

  it.each(DIALECTS)('%s: without a schema, as `crossover sql` prints it', (dialect) => {
    for (const definition of [
      'status == "closed" and csat >= 4',
      'resolved == true and score >= 4',
    ])
      expect(parsedIn(query(dialect, definition, { schema: undefined }).sql, dialect).ok).toBe(
        true,
      );
  });

  it.each(DIALECTS)('%s: random definitions over every column type', (dialect) => {
    fc.assert(
      fc.property(condition, (definition) => {
        const q = query(dialect, definition);
        expect(parsedIn(q.sql, dialect).ok, `${definition}\n${q.sql}`).toBe(true);
      }),
      { numRuns: 150, seed: 24 },
    );
  });

  it.each(DIALECTS)('%s: the parser refuses what is not SQL (it is no rubber stamp)', (dialect) => {
    const q = query(dialect, SQL_DEFINITIONS[0]);
    expect(parse(q.sql.replace('GROUP BY 1', 'GROUP 1'), dialect).ok).toBe(false);
    expect(parse(q.sql.replace(') AS counted', ' AS counted'), dialect).ok).toBe(false);
  });

  it('the session statements: PostgreSQL and DuckDB parse, Snowflake is checked as text', () => {
    expect(parse(DIALECT.postgres.sessionSetup!, 'postgres').ok).toBe(true);
    expect(parse(DIALECT.duckdb.sessionSetup!, 'duckdb').ok).toBe(true);
    expect(DIALECT.bigquery.sessionSetup).toBeNull();
    // Snowflake's documented form; the parser's grammar has no ALTER SESSION (a limit of it)
    expect(DIALECT.snowflake.sessionSetup).toBe("ALTER SESSION SET TIMEZONE = 'UTC'");
    expect(parse(DIALECT.snowflake.sessionSetup!, 'snowflake').ok).toBe(false);
  });
});
