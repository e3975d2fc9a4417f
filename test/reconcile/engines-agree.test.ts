import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValueType } from '../../src/reconcile/definition/value-types';
import { countWithDuckdb } from '../../src/reconcile/duckdb/count-with-duckdb';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { inferType } from '../../src/reconcile/table/infer';
import { NOT_ISO_DATES } from '../support/reconcile-not-dates';
import { ENGINE_DEFINITIONS } from './support/engine-definitions';

// Both engines must read the same exports the same way: the same monthly counts, or the same
// named error, on every file, including malformed ones and cells that are almost dates.

const dir = mkdtempSync(join(tmpdir(), 'crossover-engines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { counts: unknown } | { error: string };

function inProcess(text: string, path: string, definition: string): Outcome {
  try {
    const settings = reconcileSettings({ definition, price: 1 });
    return { counts: reconcileCsvText(text, path, settings).counts };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function inDuckdb(path: string, definition: string, shownAs = path): Promise<Outcome> {
  try {
    const settings = { definition, periodColumn: 'period', billedColumn: 'vendor_billed' };
    return { counts: (await countWithDuckdb(path, settings)).counts };
  } catch (error) {
    return { error: (error as Error).message.split(path).join(shownAs) };
  }
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const PARQUET_TYPE: Record<ValueType, string> = {
  number: 'DOUBLE',
  date: 'DATE',
  timestamp: 'TIMESTAMPTZ',
  boolean: 'BOOLEAN',
  string: 'VARCHAR',
  unknown: 'VARCHAR',
};

/** A cell of a column typed as the in-process reader types it, as a DuckDB literal. */
function literal(cell: string, type: ValueType): string {
  if (cell === '') return `CAST(NULL AS ${PARQUET_TYPE[type]})`;
  if (type === 'number') return `CAST(${Number(cell)} AS DOUBLE)`;
  if (type === 'date') return `DATE '${cell.slice(0, 10)}'`;
  // DuckDB's own reading of the text (in a UTC session), which wants seconds before an offset
  if (type === 'timestamp')
    return `CAST(${sqlText(cell.replace(/^(.{10}[T ]\d\d:\d\d)(?!:)/, '$1:00'))} AS TIMESTAMPTZ)`;
  if (type === 'boolean') return cell.toLowerCase();
  return sqlText(cell);
}

/**
 * A Parquet file holding the same values a CSV of these rows holds, each column with the type
 * the in-process reader gives the CSV's column (an all-empty column as text).
 */
async function writeParquet(path: string, header: string[], rows: string[][]): Promise<void> {
  const types = header.map((_, c) => inferType(rows.map((r) => r[c])));
  const values = rows.map((r) => `(${r.map((cell, c) => literal(cell, types[c])).join(', ')})`);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'UTC'");
    await connection.run(
      `COPY (SELECT * FROM (VALUES ${values.join(', ')}) AS t(${header.map((h) => `"${h}"`).join(', ')})) ` +
        `TO ${sqlText(path)} (FORMAT parquet)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Parquet holding the rows' values: DuckDB gives what the in-process reader gives the CSV. */
async function parquetAgrees(header: string[], rows: string[][], definition = 'csat >= 4') {
  const csv = join(dir, `events-${files++}.csv`);
  const text = `${[header, ...rows].map((r) => r.map(encode).join(',')).join('\n')}\n`;
  writeFileSync(csv, text);
  const parquet = csv.replace(/\.csv$/, '.parquet');
  await writeParquet(parquet, header, rows);
  const expected = inProcess(text, csv, definition);
  expect(await inDuckdb(parquet, definition, csv)).toEqual(expected);
  return expected;
}

let files = 0;
async function bothEngines(text: string, definition = 'csat >= 4') {
  const path = join(dir, `events-${files++}.csv`);
  writeFileSync(path, text);
  const expected = inProcess(text, path, definition);
  expect(await inDuckdb(path, definition)).toEqual(expected);
  return expected;
}

const GOOD_PERIODS = [
  '2025-01-15',
  '2025-02-28',
  '2024-02-29',
  '0001-02-03',
  '9999-12-31',
  '2025-03',
  '2025-01-31T23:30:00-05:00',
  '2025-02-01 00:15:00Z',
  '2025-03-01T08:00',
  // timestamps: their month is the UTC month
  '2025-01-31 23:30:00 UTC',
  '2025-03-31T22:00:00-05:00',
  '2025-01-01 00:30+02',
  '2025-02-28 23:59:59.9999999-0001',
  '2025-04-01T00:00:00.5+00:00',
  '0001-01-01 00:30-01:00',
];
const BAD_PERIODS = [
  '2025-13',
  '2025-00',
  '2025-02-30',
  '2025-02-29',
  ...NOT_ISO_DATES,
  '',
  // ` UTC` follows a space, as BigQuery writes it; an instant before 0001 or after 9999 in UTC
  '2025-01-02T10:00:00 UTC',
  '0001-01-01 00:30+01:00',
  '9999-12-31T23:30-01:00',
];
/** A close time: a timestamp in one of the written forms, a date, or none. */
const CLOSED_AT = [
  '2025-01-16T09:00:00Z',
  '2025-02-01 01:00:00+05:30',
  '2025-02-02 23:59:59.999999 UTC',
  '2025-03-02T00:00',
  '2025-01-20',
  '',
];
/** Definitions over these columns, the new forms among them. */
const DEFINITIONS: readonly string[] = ENGINE_DEFINITIONS;
const GOOD_BILLED = [
  '1',
  '0',
  'yes',
  'No',
  ' true ',
  'FALSE',
  'y',
  'n',
  'billed',
  'not billed',
  '',
];
const BAD_BILLED = ['2', '-1', '0.5', 'maybe', '1.0x'];
const CSAT = ['5', '4', '3', '', '4.5', '1e0', '-2', '+4', '.5'];
const NOTES = ['fine', 'a,b', 'said "no"', 'two\nlines', '27" monitor', '', ' pad '];

const encode = (value: string) =>
  /[",\r\n]/.test(value) && !value.includes('" monitor') ? `"${value.replace(/"/g, '""')}"` : value;

/** A row: period, vendor_billed, csat, note; mostly good cells, now and then a bad one. */
const row = fc.tuple(
  fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom(...GOOD_PERIODS) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_PERIODS) },
  ),
  fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom(...GOOD_BILLED) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_BILLED) },
  ),
  fc.constantFrom(...CSAT),
  fc.constantFrom(...NOTES),
  fc.constantFrom(...CLOSED_AT),
);

/** Damage to the CSV's layout, at a random row. */
const damage = fc.constantFrom(
  ...Array<string>(8).fill('none'),
  'extra field',
  'missing field',
  'unterminated quote',
  'text after quote',
  'blank line',
  'crlf',
  'mixed line ends',
);

function csvText(rows: string[][], kind: string, at: number): string {
  const lines = rows.map((r) => r.map(encode).join(','));
  const i = at % Math.max(lines.length, 1);
  if (kind === 'extra field') lines[i] += ',x';
  if (kind === 'missing field') lines[i] = lines[i].slice(0, lines[i].lastIndexOf(','));
  if (kind === 'unterminated quote') lines[i] = lines[i].replace(/,([^,]*)$/, ',"$1');
  if (kind === 'text after quote') lines[i] = lines[i].replace(/,([^,"]*)$/, ',"$1"x');
  if (kind === 'blank line') lines.splice(i, 0, '');
  const newline = kind === 'crlf' ? '\r\n' : '\n';
  if (kind === 'mixed line ends') lines[i] += '\r';
  return `${['period,vendor_billed,csat,note,closed_at', ...lines].join(newline)}${newline}`;
}

describe('in process and in DuckDB: the same counts, or the same named error', () => {
  it('on random small exports with bad cells and damaged lines', async () => {
    const seen = { counts: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        damage,
        fc.nat(),
        fc.constantFrom(...DEFINITIONS),
        async (rows, kind, at, definition) => {
          seen[
            'error' in (await bothEngines(csvText(rows, kind, at), definition)) ? 'error' : 'counts'
          ]++;
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
    // the exports are neither all good nor all refused
    expect(seen.counts).toBeGreaterThan(10);
    expect(seen.error).toBeGreaterThan(10);
  }, 300_000);

  it('on good rows with timestamps, `in`, `not in` and days_between: the same counts, CSV and Parquet', async () => {
    const goodRow = fc.tuple(
      fc.constantFrom(...GOOD_PERIODS.filter((p) => p.length > 7)),
      fc.constantFrom(...GOOD_BILLED),
      fc.constantFrom(...CSAT),
      fc.constantFrom(...NOTES),
      fc.constantFrom(...CLOSED_AT),
    );
    const counted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodRow, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...DEFINITIONS.slice(3)),
        async (rows, definition) => {
          const csv = await bothEngines(csvText(rows, 'none', 0), definition);
          const parquet = await parquetAgrees(
            ['period', 'vendor_billed', 'csat', 'note', 'closed_at'],
            rows.map((r) => [...r]),
            definition,
          );
          expect(parquet).toEqual(csv);
          if ('counts' in csv) counted.add(definition);
        },
      ),
      { numRuns: 30, seed: 20261203 },
    );
    expect([...counted].sort()).toEqual(DEFINITIONS.slice(3).sort());
  }, 300_000);

  it('a definition that does not check is refused before any bad cell', async () => {
    const outcome = await bothEngines('period,vendor_billed,note\n2025-13,2,x\n', 'note > 4');
    expect(outcome).toEqual({ error: expect.stringMatching(/cannot compare/) });
  });

  it('on the same random rows as Parquet, typed as the CSV reader types them', async () => {
    const seen = { counts: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...DEFINITIONS),
        async (rows, definition) => {
          const outcome = await parquetAgrees(
            ['period', 'vendor_billed', 'csat', 'note', 'closed_at'],
            rows.map((r) => [...r]),
            definition,
          );
          seen['error' in outcome ? 'error' : 'counts']++;
        },
      ),
      { numRuns: 40, seed: 20261202 },
    );
    expect(seen.counts).toBeGreaterThan(5);
    expect(seen.error).toBeGreaterThan(5);
  }, 300_000);

  it.each([
    [
      'vendor_billed = 2 is refused',
      [
        ['2025-01-02', '1', '5'],
        ['2025-01-03', '2', '5'],
      ],
      /^billed column "vendor_billed", data row 2: .*, got 2$/,
    ],
    ['vendor_billed = 0.5 is refused', [['2025-01-02', '0.5', '5']], /data row 1: .*, got 0\.5$/],
    ['a billed text that is no flag is refused', [['2025-01-02', 'maybe', '5']], /got "maybe"$/],
    [
      'true/false billed flags count',
      [
        ['2025-01-02', 'true', '5'],
        ['2025-01-03', 'FALSE', '3'],
      ],
      /"vendorCount":1,"buyerCount":1/,
    ],
    [
      'a billed date is refused (1970-01-02 is no 1)',
      [['2025-01-02', '1970-01-02', '5']],
      /data row 1: .*, got "1970-01-02"$/,
    ],
    [
      'a text period 2025-13 is refused',
      [
        ['2025-13', '1', '5'],
        ['2025-01-03', '0', '4'],
      ],
      /data row 1: .*"2025-13"/,
    ],
    [
      'a text period 2025-02-30 is refused',
      [
        ['2025-02', '1', '5'],
        ['2025-02-30', '0', '4'],
      ],
      /data row 2: .*"2025-02-30"/,
    ],
    ['01/02/2025 is not guessed', [['01/02/2025', '1', '5']], /"01\/02\/2025"/],
    [
      'an empty period is refused',
      [
        ['2025-01-02', '1', '5'],
        ['', '0', '4'],
      ],
      /data row 2: .*got an empty cell$/,
    ],
    ['a period of numbers is refused', [['20250102', '1', '5']], /data row 1: .*got 20250102$/],
    ['year 0001 is 0001', [['0001-02-03', '1', '5']], /"month":"0001-02"/],
  ])('Parquet: %s, as in a CSV', async (_, rows, expected) => {
    const outcome = await parquetAgrees(['period', 'vendor_billed', 'csat'], rows);
    expect('error' in outcome ? outcome.error : JSON.stringify(outcome.counts)).toMatch(expected);
  });

  it('Parquet: without a period column, its only column of months is used, as in a CSV', async () => {
    const outcome = await parquetAgrees(
      ['opened', 'vendor_billed', 'csat'],
      [
        ['2025-01-02', '1', '5'],
        ['2025-02', '0', '4'],
      ],
    );
    expect(JSON.stringify(outcome)).toMatch(/"month":"2025-02"/);
  });

  it('Parquet: dates outside years 0001 to 9999 and columns of other types are refused', async () => {
    const path = join(dir, 'odd-types.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * FROM (VALUES (DATE '2025-01-02', 1, [1, 2], TIMESTAMP '2025-01-02 10:00'), (DATE '10000-01-01', 0, [3], TIMESTAMP '2025-02-01 00:00')) ` +
        `AS t(period, vendor_billed, tags, opened)) TO ${sqlText(path)} (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const count = (definition: string, periodColumn = 'period') =>
      countWithDuckdb(path, { definition, periodColumn, billedColumn: 'vendor_billed' });
    await expect(count('true')).rejects.toThrow(
      /period column "period", data row 2: .*got "10000-01-01"$/,
    );
    await expect(count('tags > 1', 'opened')).rejects.toThrow(
      /^column "tags" of .*odd-types\.parquet is a Parquet INTEGER\[\] column; the reconciliation reads numbers, text, dates and true\/false$/,
    );
    const { counts } = await count('true', 'opened');
    expect(counts.map((c) => [c.month, c.contacts, c.vendorCount])).toEqual([
      ['2025-01', 1, 1],
      ['2025-02', 1, 0],
    ]);
  });

  it.each([
    ['year 0001 is 0001', 'period,vendor_billed,csat\n0001-02-03,1,5\n', /"month":"0001-02"/],
    ['2025-13 is refused', 'period,vendor_billed,csat\n2025-13,1,5\n', /data row 1: .*"2025-13"/],
    ['2025-02-30 is refused', 'period,vendor_billed,csat\n2025-02-30,1,5\n', /"2025-02-30"/],
    ['01/02/2025 is not guessed', 'period,vendor_billed,csat\n01/02/2025,1,5\n', /"01\/02\/2025"/],
    [
      'a time with an offset is read in UTC: its month is the UTC month',
      'period,vendor_billed,csat\n2025-01-31T23:30:00-05:00,1,5\n',
      /"month":"2025-02"/,
    ],
    [
      'vendor_billed = 2 is refused',
      'period,vendor_billed,csat\n2025-01-02,1,5\n2025-01-03,2,5\n',
      /^billed column "vendor_billed", data row 2: expected 1\/0, true\/false or yes\/no, got 2$/,
    ],
    [
      'an empty column compares with anything',
      'period,vendor_billed,csat\n2025-01-02,1,\n',
      /"vendorCount":1,"buyerCount":0/,
    ],
    [
      'an unterminated quote names its line',
      'period,vendor_billed,csat\n2025-01-02,1,"5\n2025-01-03,0,4\n',
      /line 2: a quoted field opened here is never closed/,
    ],
    [
      'a row with more fields than the header names its line',
      'period,vendor_billed,csat\n2025-01-02,1,"multi\nline"\n2025-01-03,0,4,extra\n',
      /line 4: 4 fields, but the header has 3/,
    ],
    [
      'without a period column, the only column of dates or months is used',
      'opened,vendor_billed,csat,note\n2025-01-02,1,5,x\n2025-02,0,4,y\n',
      /"month":"2025-02"/,
    ],
    [
      'without a period column, two columns of dates are named',
      'opened,vendor_billed,csat,closed\n2025-01-02,1,5,2025-01-03\n',
      /is not in .*, and several of its columns hold dates or months \(opened, closed\): name the period column$/,
    ],
    [
      'without a period column, a column of dates and months with a bad cell is refused',
      'opened,vendor_billed,csat\n2025-01-02,1,5\n2025-13,1,5\n',
      /and no column of it holds dates or months/,
    ],
  ])('%s', async (_, text, expected) => {
    const outcome = await bothEngines(text);
    expect('error' in outcome ? outcome.error : JSON.stringify(outcome.counts)).toMatch(expected);
  });
});
