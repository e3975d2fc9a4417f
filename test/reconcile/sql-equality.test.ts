import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { condition } from './support/random-definitions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEventsSync, largeExportSettings } from '../../scripts/generate-events';
import { DuckDBInstance } from '@duckdb/node-api';
import { countWithDuckdb, duckdbSource } from '../../src/reconcile/duckdb/count-with-duckdb';
import type { MonthlyCounts } from '../../src/reconcile/monthly-counts';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { countsQuery } from '../../src/reconcile/sql/counts-query';
import { tableFromCsv } from '../../src/reconcile/table/from-csv';
import { EVENT_COLUMNS, GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { startPostgres, type PostgresServer } from './support/postgres-server';

// The compiled SQL must count exactly what the mathjs evaluator counts, row for row, on the
// generator's exports: blanks, mixed case, dates and arithmetic included.
const DEFINITIONS = [
  GENERATOR_DEFINITION,
  'lower(status) == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4',
  'status == "closed" and reopen_days > 14 and csat >= 4',
  'not (reopen_days <= 14) or csat == 5',
  'status != "closed" or isblank(csat)',
  'channel == "chat" and days_between(period, closed_on) <= 2',
  'closed_on >= "2024-03-01" and period < "2024-05-15"',
  'csat * 1.5 - 0.1 >= 5.9 and abs(coalesce(reopen_days, 30) - 20) < 7.5',
  'csat / (reopen_days - 3) > 0.25',
  'upper(channel) == "EMAIL" and not isblank(reopen_days) and -reopen_days > -10',
  'vendor_billed == 1 and csat >= 4',
];

let dir: string;
let file: string;
let text: string;
let pgServer: PostgresServer;

async function inPostgres(definition: string): Promise<MonthlyCounts[]> {
  const { table } = tableFromCsv(text, file, [...EVENT_COLUMNS]);
  const schema = new Map(table.columns.map((c) => [c.name, c.type]));
  const sql = countsQuery({
    dialect: 'postgres',
    definition,
    from: 'events',
    periodColumn: 'period',
    billedColumn: 'vendor_billed',
    schema,
  });
  const { rows } = await pgServer.client.query(sql);
  return rows.map((r) => ({
    month: r.month,
    contacts: Number(r.contacts),
    vendorCount: Number(r.vendor_count),
    buyerCount: Number(r.buyer_count),
    both: Number(r.both_count),
  }));
}

function inProcess(definition: string): MonthlyCounts[] {
  const settings = reconcileSettings({ definition, price: 1 });
  return reconcileCsvText(text, file, settings).counts;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crossover-sql-'));
  chmodSync(dir, 0o755);
  file = join(dir, 'events.csv');
  writeEventsSync({ ...largeExportSettings(30_000, 11), months: 6, contactsPerMonth: 5000 }, file);
  chmodSync(file, 0o644);
  text = readFileSync(file, 'utf8');
  pgServer = await startPostgres();
  const { table } = tableFromCsv(text, file, [...EVENT_COLUMNS]);
  const pgType = {
    number: 'DOUBLE PRECISION',
    date: 'DATE',
    boolean: 'BOOLEAN',
    string: 'TEXT',
    unknown: 'TEXT',
  };
  const columns = table.columns.map((c) => `"${c.name}" ${pgType[c.type]}`).join(', ');
  await pgServer.client.query(`CREATE TABLE events (${columns})`);
  await pgServer.client.query(`COPY events FROM '${file}' WITH (FORMAT csv, HEADER true)`);
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
  });

  it.each(DEFINITIONS)('DuckDB: %s', async (definition) => {
    const expected = inProcess(definition);
    const { counts } = await countWithDuckdb(file, {
      definition,
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
    });
    expect(counts).toEqual(expected);
    expect(expected.some((m) => m.buyerCount > 0 && m.buyerCount < m.contacts)).toBe(true);
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

  it('random definitions count the same in process, in DuckDB and in PostgreSQL', async () => {
    await fc.assert(
      fc.asyncProperty(condition, async (definition) => {
        const expected = inProcess(definition);
        const settings = { definition, periodColumn: 'period', billedColumn: 'vendor_billed' };
        expect((await countWithDuckdb(file, settings)).counts).toEqual(expected);
        expect(await inPostgres(definition)).toEqual(expected);
      }),
      { numRuns: 60, seed: 20260114 },
    );
  }, 300_000);

  it.each(DEFINITIONS)('PostgreSQL: %s', async (definition) => {
    const expected = inProcess(definition);
    const { table } = tableFromCsv(text, file, [...EVENT_COLUMNS]);
    const schema = new Map(table.columns.map((c) => [c.name, c.type]));
    const sql = countsQuery({
      dialect: 'postgres',
      definition,
      from: 'events',
      periodColumn: 'period',
      billedColumn: 'vendor_billed',
      schema,
    });
    const { rows } = await pgServer.client.query(sql);
    const counts = rows.map((r) => ({
      month: r.month,
      contacts: Number(r.contacts),
      vendorCount: Number(r.vendor_count),
      buyerCount: Number(r.buyer_count),
      both: Number(r.both_count),
    }));
    expect(counts).toEqual(expected);
  });
});
