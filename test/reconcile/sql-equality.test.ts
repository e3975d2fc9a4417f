import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { condition } from './support/random-definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEventsSync, largeExportSettings } from '../../scripts/generate-events';
import { DuckDBInstance } from '@duckdb/node-api';
import { countWithDuckdb, duckdbSource } from '../../src/reconcile/duckdb/count-with-duckdb';
import type { MonthlyCounts } from '../../src/reconcile/monthly-counts';
import { reconcileCsvText, reconcileTable } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { createServer } from 'node:net';
import { InputProblem } from '../../src/reconcile/input-problem';
import { withReadOnlyPostgres } from '../../src/reconcile/postgres/connection';
import { countWithPostgres } from '../../src/reconcile/postgres/count-with-postgres';
import { compileCountsQuery, countsQuery } from '../../src/reconcile/sql/counts-query';
import { countsFromRows, type CountsRow } from '../../src/reconcile/sql/counts-rows';
import { tableFromCsv } from '../../src/reconcile/table/from-csv';
import { EVENT_COLUMNS, GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { startPostgres, type PostgresServer } from './support/postgres-server';
import { SQL_DEFINITIONS } from './support/sql-definitions';
import { TIMESTAMP_COLUMNS, withTimestampColumns } from './support/timestamp-columns';

// The compiled SQL must count exactly what the mathjs evaluator counts, row for row, on the
// generator's exports: blanks, mixed case, dates and arithmetic included (SQL_DEFINITIONS).
const DEFINITIONS = SQL_DEFINITIONS;

/** The export's columns: the generator's and the timestamps added to them. */
const COLUMNS = [...EVENT_COLUMNS, ...TIMESTAMP_COLUMNS];

/** A zone away from UTC by a half hour, so that a query reading times in it would count otherwise. */
const AWAY = 'America/St_Johns';

let dir: string;
let file: string;
let text: string;
let pgServer: PostgresServer;

/**
 * The printed PostgreSQL query (literals inline), run as `crossover sql` would hand it over: in
 * a session whose zone is not UTC, after the statement the printed query starts with.
 */
async function printedSqlInPostgres(
  definition: string,
  vendorDefinition?: string,
  periodColumn = 'period',
): Promise<MonthlyCounts[]> {
  const { table } = tableFromCsv(text, file, COLUMNS);
  const schema = new Map(table.columns.map((c) => [c.name, c.type]));
  const query = compileCountsQuery({
    dialect: 'postgres',
    definition,
    from: 'events',
    periodColumn,
    billedColumn: 'vendor_billed',
    schema,
    vendorDefinition,
    besideBilled: true,
  });
  await pgServer.client.query(`SET TIME ZONE '${AWAY}'`);
  await pgServer.client.query(query.setup!);
  const { rows } = await pgServer.client.query(query.sql);
  return countsFromRows(rows, query.clauses.length, vendorDefinition !== undefined);
}

/** `--engine postgres`: read-only transaction, literals as parameters (the server's zone is AWAY). */
async function livePostgres(
  definition: string,
  vendorDefinition?: string,
  periodColumn = 'period',
) {
  return countWithPostgres({
    url: pgServer.url,
    table: 'events',
    definition,
    vendorDefinition,
    periodColumn,
    billedColumn: 'vendor_billed',
  });
}

function inProcess(definition: string, vendorDefinition?: string): MonthlyCounts[] {
  const settings = reconcileSettings({ definition, price: 1, vendorDefinition });
  return reconcileCsvText(text, file, settings).counts;
}

let parsed: ReturnType<typeof tableFromCsv> | undefined;

/** In process on the export parsed once (the property tests evaluate many definitions). */
function inProcessParsed(
  definition: string,
  vendorDefinition?: string,
  periodColumn = 'period',
): MonthlyCounts[] {
  parsed ??= tableFromCsv(text, file, COLUMNS);
  const settings = reconcileSettings({ definition, price: 1, vendorDefinition, periodColumn });
  return reconcileTable(parsed.table, settings, parsed.allColumns).counts;
}

const PROPERTY_TIMEOUT_MS = 600_000;

/** Two to four random conditions joined by `and`: a definition of several clauses. */
const clauseChain = fc
  .array(condition, { minLength: 2, maxLength: 4 })
  .map((parts) => parts.join(' and '));

/** A test that `check` holds for generated values, with its own run count and seed. */
function engineProperty<T>(
  name: string,
  values: fc.Arbitrary<T>,
  runs: { numRuns: number; seed: number },
  check: (value: T) => Promise<void>,
) {
  it(name, () => fc.assert(fc.asyncProperty(values, check), runs), PROPERTY_TIMEOUT_MS);
}

function duckdb(definition: string, vendorDefinition?: string, periodColumn = 'period') {
  return countWithDuckdb(file, {
    definition,
    vendorDefinition,
    periodColumn,
    billedColumn: 'vendor_billed',
  });
}

/** The clause counts add up: billed non-outcomes, each counted once by its first failing clause. */
/**
 * The in-process counts of a definition (and vendor rule), which DuckDB and the live PostgreSQL
 * must give too, and PostgreSQL running the printed SQL unless `printed` is false.
 */
async function expectEnginesAgree(
  definition: string,
  rule?: string,
  printed = true,
  periodColumn = 'period',
) {
  const expected = inProcessParsed(definition, rule, periodColumn);
  expect((await duckdb(definition, rule, periodColumn)).counts).toEqual(expected);
  if (printed) expect(await printedSqlInPostgres(definition, rule, periodColumn)).toEqual(expected);
  expect((await livePostgres(definition, rule, periodColumn)).counts).toEqual(expected);
  return expected;
}

function expectClausesAddUp(counts: MonthlyCounts[]) {
  for (const m of counts) {
    const first = m.clauses!.reduce((s, c) => s + c.firstFailing, 0);
    expect(first).toBe(m.vendorCount - m.both);
    for (const c of m.clauses!) {
      expect(c.failing).toBeGreaterThanOrEqual(c.firstFailing);
      expect(c.failing).toBeLessThanOrEqual(m.vendorCount - m.both);
    }
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossover-sql-'));
  chmodSync(dir, 0o755);
  file = join(dir, 'events.csv');
  writeEventsSync({ ...largeExportSettings(30_000, 11), months: 6, contactsPerMonth: 5000 }, file);
  writeFileSync(file, withTimestampColumns(readFileSync(file, 'utf8'), 11));
  chmodSync(file, 0o644);
  text = readFileSync(file, 'utf8');
  pgServer = await startPostgres();
  const { table } = tableFromCsv(text, file, COLUMNS);
  const pgType = {
    number: 'DOUBLE PRECISION',
    date: 'DATE',
    timestamp: 'TIMESTAMPTZ',
    boolean: 'BOOLEAN',
    string: 'TEXT',
    unknown: 'TEXT',
  };
  const columns = table.columns.map((c) => `"${c.name}" ${pgType[c.type]}`).join(', ');
  await pgServer.client.query(`CREATE TABLE events (${columns})`);
  // the export's times without an offset are UTC; afterwards every session starts in AWAY
  await pgServer.client.query(`SET TIME ZONE 'UTC'`);
  await pgServer.client.query(`COPY events FROM '${file}' WITH (FORMAT csv, HEADER true)`);
  await pgServer.client.query(`ALTER DATABASE postgres SET timezone TO '${AWAY}'`);
});

afterAll(async () => {
  await pgServer?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('compiled SQL counts exactly what the evaluator counts', () => {
  it('the export is the size and shape the test expects', async () => {
    const { rows } = await pgServer.client.query('SELECT COUNT(*) AS n FROM events');
    expect(Number(rows[0].n)).toBe(30_000);
    expect(inProcess(GENERATOR_DEFINITION)).toHaveLength(6);
    // reopenings fall on both sides of whole days, and opened_at crosses months in UTC
    const onTheDay = inProcess('days_between(closed_at, reopened_at) == reopen_days');
    const dayShort = inProcess('days_between(closed_at, reopened_at) == reopen_days - 1');
    expect(onTheDay.reduce((s, m) => s + m.buyerCount, 0)).toBeGreaterThan(100);
    expect(dayShort.reduce((s, m) => s + m.buyerCount, 0)).toBeGreaterThan(100);
    const byOpened = inProcessParsed('true', undefined, 'opened_at');
    expect(byOpened.map((m) => m.contacts)).not.toEqual(inProcess('true').map((m) => m.contacts));
  });

  it.each(DEFINITIONS)('DuckDB: %s', async (definition) => {
    const expected = inProcess(definition);
    const { counts } = await duckdb(definition);
    expect(counts).toEqual(expected);
    expect(expected.some((m) => m.buyerCount > 0 && m.buyerCount < m.contacts)).toBe(true);
    expectClausesAddUp(expected);
  });

  it('the generator definition has three clauses, each turning billed contacts away', () => {
    const counts = inProcess(GENERATOR_DEFINITION);
    expect(counts[0].clauses).toHaveLength(3);
    for (let c = 0; c < 3; c++)
      expect(counts.every((m) => m.clauses![c].firstFailing > 0)).toBe(true);
    // failing counts clauses after the first failing one as well
    expect(counts.some((m) => m.clauses![2].failing > m.clauses![2].firstFailing)).toBe(true);
  });

  it('DuckDB reads the same export as Parquet and counts the same', async () => {
    const parquet = join(dir, 'events.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM ${duckdbSource(file)}) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const settings = { periodColumn: 'period', billedColumn: 'vendor_billed' };
    for (const definition of DEFINITIONS.slice(0, 4)) {
      const { counts } = await countWithDuckdb(parquet, { definition, ...settings });
      expect(counts).toEqual(inProcess(definition));
    }
  });

  it('DuckDB work past the time limit is stopped with a time-limit error', async () => {
    const settings = {
      definition: GENERATOR_DEFINITION,
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
    };
    await expect(countWithDuckdb(file, { ...settings, timeLimitMs: 0 })).rejects.toThrow(
      /took longer than 0 ms and was stopped/,
    );
    expect((await countWithDuckdb(file, { ...settings, timeLimitMs: 60_000 })).counts).toEqual(
      inProcess(GENERATOR_DEFINITION),
    );
  });

  it('a file DuckDB cannot read is an input problem naming it', async () => {
    await expect(
      countWithDuckdb(join(dir, 'missing.csv'), {
        definition: 'true',
        periodColumn: 'period',
        billedColumn: 'vendor_billed',
      }),
    ).rejects.toThrow(/DuckDB could not read .*missing.csv/);
  });

  engineProperty(
    'random definitions count the same in process, in DuckDB and in PostgreSQL, clause by clause',
    condition,
    { numRuns: 60, seed: 20260114 },
    async (definition) => {
      expectClausesAddUp(await expectEnginesAgree(definition));
    },
  );

  engineProperty(
    'random chains of clauses count the same clause by clause in all three engines',
    clauseChain,
    { numRuns: 25, seed: 20260141 },
    async (definition) => {
      const expected = await expectEnginesAgree(definition, undefined, false);
      expect(expected[0].clauses!.length).toBeGreaterThanOrEqual(2);
      expectClausesAddUp(expected);
    },
  );

  engineProperty(
    'months from a timestamp period column (its UTC month) count the same in all three engines',
    condition,
    { numRuns: 15, seed: 20260143 },
    async (definition) => {
      expectClausesAddUp(await expectEnginesAgree(definition, undefined, true, 'opened_at'));
    },
  );

  engineProperty(
    'a random vendor rule beside the billed flag counts the same in all three engines',
    condition,
    { numRuns: 15, seed: 20260142 },
    async (rule) => {
      const expected = await expectEnginesAgree(GENERATOR_DEFINITION, rule);
      expect(expected.every((m) => m.ruleCount !== undefined)).toBe(true);
    },
  );

  it.each([
    'status in ("closed") and (isblank(reopened_at) or days_between(closed_at, reopened_at) > 14)',
    'closed_at >= "2024-03-01" and days_between(period, closed_on) < 3 and channel not in ("voice")',
  ])(
    'crossover sql (no export at hand, every type unknown) counts the same in PostgreSQL: %s',
    async (definition) => {
      const printed = countsQuery({
        dialect: 'postgres',
        definition,
        from: 'events',
        periodColumn: 'opened_at',
        billedColumn: 'vendor_billed',
      });
      expect(printed).toMatch(/^SET TIME ZONE 'UTC';\n/);
      await pgServer.client.query(`SET TIME ZONE '${AWAY}'`);
      const results = (await pgServer.client.query(printed)) as unknown as { rows: CountsRow[] }[];
      const expected = inProcessParsed(definition, undefined, 'opened_at');
      const counts = countsFromRows(results[1].rows, expected[0].clauses!.length, false);
      expect(counts).toEqual(expected);
      expect(expected.some((m) => m.buyerCount > 0)).toBe(true);
    },
  );

  it.each(DEFINITIONS)('PostgreSQL: %s', async (definition) => {
    const expected = inProcess(definition);
    expect(await printedSqlInPostgres(definition)).toEqual(expected);
    const live = await livePostgres(definition);
    expect(live.counts).toEqual(expected);
    const query = live.sql.replace(/^--.*\n/gm, '');
    expect(query).not.toMatch(/'closed'|'EMAIL'|2024-0/);
    expect(query).toMatch(/\$1/);
  });
});

describe('--engine postgres on a live server', () => {
  it('runs in a read-only transaction with a statement timeout', async () => {
    await withReadOnlyPostgres(pgServer.url, 1234, async (client) => {
      const { rows } = await client.query(
        "SELECT current_setting('transaction_read_only') AS ro, current_setting('statement_timeout') AS timeout",
      );
      expect(rows[0]).toEqual({ ro: 'on', timeout: '1234ms' });
      await expect(client.query('CREATE TABLE intruder (x int)')).rejects.toThrow(
        /read-only transaction/,
      );
    });
  });

  it('stops a statement past the time limit with a time-limit error', async () => {
    await expect(
      withReadOnlyPostgres(pgServer.url, 50, (client) => client.query('SELECT pg_sleep(2)')),
    ).rejects.toThrow(/took longer than 50 ms and was stopped/);
  });

  it('counts by the vendor rule alone when the table has no billed flag', async () => {
    await pgServer.client.query(
      'CREATE TABLE unbilled AS SELECT period, status, reopen_days, csat FROM events',
    );
    const rule = 'status == "closed"';
    const live = await countWithPostgres({
      url: pgServer.url,
      table: 'unbilled',
      definition: GENERATOR_DEFINITION,
      vendorDefinition: rule,
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
    });
    expect(live.ruleBesideBilled).toBe(false);
    const expected = inProcess(rule).map((m) => m.buyerCount);
    expect(expected).not.toEqual(inProcess(GENERATOR_DEFINITION).map((m) => m.vendorCount));
    expect(live.counts.map((m) => m.vendorCount)).toEqual(expected);
  });

  it('a missing table, a missing column and a refused connection are input problems', async () => {
    const settings = {
      definition: GENERATOR_DEFINITION,
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
    };
    await expect(
      countWithPostgres({ ...settings, url: pgServer.url, table: 'nowhere' }),
    ).rejects.toThrow(/there is no table "nowhere"/);
    await expect(
      countWithPostgres({ ...settings, url: pgServer.url, table: 'unbilled' }),
    ).rejects.toThrow(/billed column "vendor_billed" is not in unbilled/);
    await expect(
      countWithPostgres({ ...settings, url: pgServer.url, table: 'events; drop table x' }),
    ).rejects.toThrow(/--table must be a table name/);
    const closed = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const url = `postgres://auditor:s3cret-pw@127.0.0.1:${closed}/warehouse`;
    const error = await countWithPostgres({ ...settings, url, table: 'events' }).catch((e) => e);
    expect(error).toBeInstanceOf(InputProblem);
    expect(error.message).toContain(
      `cannot connect to PostgreSQL at postgres://auditor@127.0.0.1:${closed}/warehouse`,
    );
    expect(error.message).not.toContain('s3cret-pw');
  });
});
