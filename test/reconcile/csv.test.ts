import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  csvBytes,
  csvHeader,
  CsvReader,
  readCsvBytes,
  readCsvColumns,
  TextColumn,
} from '../../src/reconcile/table/csv';
import { readCsvFile } from '../../src/reconcile/table/csv-file';
import { convertCells, inferType } from '../../src/reconcile/table/infer';
import { civilToDay, dayToIso, isMonth, isoToDay } from '../../src/reconcile/table/dates';
import { monthOfEachRow } from '../../src/reconcile/table/period';
import { codeCells } from '../../src/reconcile/table/event-table';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { NOT_ISO_DATES } from '../support/reconcile-not-dates';

describe('CSV reading', () => {
  it('reads quoted fields with commas, quotes and new lines, CRLF and a BOM', () => {
    const text =
      '\uFEFFid,note,csat\r\n1,"closed, fine",5\r\n2,"said ""no""\nthen left",\r\n3,plain,4';
    expect(csvHeader(text)).toEqual(['id', 'note', 'csat']);
    const csv = readCsvColumns(text);
    expect(csv.rowCount).toBe(3);
    expect(csv.columns.get('note')).toEqual(['closed, fine', 'said "no"\nthen left', 'plain']);
    expect(csv.columns.get('csat')).toEqual(['5', '', '4']);
  });
  it('keeps only the wanted columns and skips blank lines', () => {
    const csv = readCsvColumns('a,b,c\n1,2,3\n\n4,5,6\n', ['c', 'a']);
    expect([...csv.columns.keys()]).toEqual(['a', 'c']);
    expect(csv.columns.get('c')).toEqual(['3', '6']);
    expect(csv.rowCount).toBe(2);
  });
  it('a quote inside a plain field is a character; spaces around a quoted field are dropped', () => {
    const csv = readCsvColumns('a,b\n27" monitor,x\n "q, r" ,y\n');
    expect(csv.columns.get('a')).toEqual(['27" monitor', 'q, r']);
    expect(csv.columns.get('b')).toEqual(['x', 'y']);
  });
});

describe('a malformed CSV is an error naming the line', () => {
  it.each([
    ['a,b\n1,2\n3\n', 'e.csv, line 3: 1 field, but the header has 2'],
    ['a,b\n1,2\n3,4,5\n', 'e.csv, line 3: 3 fields, but the header has 2'],
    ['a,b\r\n1,2\r\n\r\n3,4,\r\n', 'e.csv, line 4: 3 fields, but the header has 2'],
    ['a,b\n1,"x\ny"\n2,3,4\n', 'e.csv, line 4: 3 fields, but the header has 2'],
    ['a,b\n1,"x\ny",z\n', 'e.csv, line 2: 3 fields, but the header has 2'],
    [
      'a,b\n1,2\n3,"open\n4,5\n6,7\n',
      'e.csv, line 3: a quoted field opened here is never closed (unterminated quote)',
    ],
    [
      'a,b\n1,"x"y\n',
      'e.csv, line 2: text after the closing quote of a field (a stray quote; inside a quoted field a quote is written "")',
    ],
    [
      'a,b\n1,"two\nlines" and more\n',
      'e.csv, line 3: text after the closing quote of a field (a stray quote; inside a quoted field a quote is written "")',
    ],
    [
      'a,b\n1,2\r\n3,4\n',
      'e.csv, line 2: ends with CRLF but the header row with LF (mixed line ends; save the file with one kind)',
    ],
    [
      'a,b\r\n1,"x\ny"\n3,4\r\n',
      'e.csv, line 3: ends with LF but the header row with CRLF (mixed line ends; save the file with one kind)',
    ],
    [
      '"a,b\n1,2\n',
      'e.csv, line 1: a quoted field opened here is never closed (unterminated quote)',
    ],
  ])('%j', (text, message) => {
    expect(() => readCsvColumns(text, undefined, 'e.csv')).toThrow(message);
    expect(() => readCsvColumns(text, [], 'e.csv')).toThrow(message);
  });

  it('a stray quote in a 60-row export refuses the file instead of counting 3 rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `2025-01-0${(i % 9) + 1},1,closed`);
    rows[2] = '2025-01-03,1,"closed';
    const text = ['period,vendor_billed,status', ...rows].join('\n');
    const settings = reconcileSettings({ definition: 'status == "closed"', price: 1 });
    expect(() => reconcileCsvText(text, 'desk.csv', settings)).toThrow(
      'desk.csv, line 4: a quoted field opened here is never closed (unterminated quote)',
    );
  });
});

describe('a CSV file streamed in chunks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossover-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const outcome = (
    read: () => { header: string[]; columns: Map<string, TextColumn>; rowCount: number },
  ) => {
    try {
      const { header, columns, rowCount } = read();
      return { header, rowCount, columns: [...columns].map(([name, c]) => [name, c.cells]) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  it('reads as the whole text does, for any split of any text, damage included', () => {
    const piece = fc.constantFrom(
      'a',
      'é',
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '2025-01-02',
      '\uFEFF',
    );
    const path = join(dir, 'events.csv');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        (pieces, bom, chunkBytes) => {
          const text = `${bom ? '\uFEFF' : ''}h1,h2\n${pieces.join('')}`;
          writeFileSync(path, text);
          const choose = (header: string[]) => header;
          const whole = outcome(() =>
            readCsvBytes(csvBytes(text), 'e.csv', choose, () => new TextColumn()),
          );
          const streamed = outcome(() => {
            const reader = new CsvReader('e.csv', choose, () => new TextColumn());
            readCsvFile(path, reader, { chunkBytes });
            return reader.finish();
          });
          expect(streamed).toEqual(whole);
        },
      ),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('CSV round trip', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '',
      'closed',
      '4',
      '2025-01-03',
      'a,b',
      'say "hi"',
      'two\nlines',
      'cr\r\nlf',
      ' x ',
    ),
    fc.string({ maxLength: 6 }),
  );
  const encode = (value: string) =>
    /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  it('reads back what an RFC 4180 writer wrote, for any subset of columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 8,
            }),
            fc.subarray([...Array(width).keys()]),
            fc.constantFrom('\n', '\r\n'),
          ),
        ),
        ([rows, picked, newline]) => {
          // a row of one empty cell is a blank line, which readers skip; keep rows non-blank
          const data = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          const header = rows[0].map((_, i) => `c${i}`);
          const text = [header, ...data].map((r) => r.map(encode).join(',')).join(newline);
          const wanted = picked.map((i) => `c${i}`);
          const csv = readCsvColumns(text, wanted);
          expect(csv.rowCount).toBe(data.length);
          for (const i of picked) expect(csv.columns.get(`c${i}`)).toEqual(data.map((r) => r[i]));
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe('column types', () => {
  it.each([
    [['1', '', '2.5', '-3e2'], 'number'],
    [['2025-01-31', '', '2024-02-29'], 'date'],
    [['true', 'FALSE', ''], 'boolean'],
    [['closed', '1'], 'string'],
    [['2025-02-30'], 'string'],
    [['', ''], 'unknown'],
  ])('%j is %s', (cells, type) => {
    expect(inferType(cells)).toBe(type);
  });
  it('dates become whole days since 1970-01-01 and blanks become null', () => {
    expect(convertCells(['1970-01-02', '', '2025-03-01T10:00:00Z'], 'date')).toEqual([
      1,
      null,
      isoToDay('2025-03-01'),
    ]);
    expect(isoToDay('2025-03-01')! - isoToDay('2025-02-01')!).toBe(28);
  });
});

describe('dates', () => {
  it.each([
    ['0001-01-01', -719_162],
    ['0001-02-03', -719_162 + 33],
    ['0099-12-31', civilToDay(99, 12, 31)],
    ['1900-03-01', -25_508],
    ['2000-02-29', 11_016],
    ['9999-12-31', 2_932_896],
    ['2025-03-01 23:59:59.5+05:30', 20_148],
  ])('%s is day %d', (text, day) => {
    expect(isoToDay(text)).toBe(day);
  });
  it.each([
    '2025-13-01',
    '2025-02-30',
    '1900-02-29',
    ...NOT_ISO_DATES,
    '2025-01-02T10:00:00 UTC',
    '2025-01-02T',
    '+2025-01-02',
  ])('%s is not a date', (text) => {
    expect(isoToDay(text)).toBeNull();
  });
  it('every day of years 0001 to 9999 goes to text and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (day) => {
        const iso = dayToIso(day);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isoToDay(iso)).toBe(day);
        const [y, m, d] = iso.split('-').map(Number);
        expect(civilToDay(y, m, d)).toBe(day);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it('months are YYYY-MM with a month 01 to 12, years 0001 to 9999', () => {
    expect(['2025-01', '0001-12', '9999-12'].map(isMonth)).toEqual([true, true, true]);
    expect(['2025-13', '2025-00', '0000-01', '2025-1', '25-01', '2025-01-01'].map(isMonth)).toEqual(
      [false, false, false, false, false, false],
    );
  });
  it('a period cell that is neither names its data row; year 0001 stays 0001', () => {
    const column = (...cells: string[]) => {
      const type = inferType(cells);
      return { name: 'period', type, ...codeCells(convertCells(cells, type)) };
    };
    expect(monthOfEachRow(column('0001-02-03', '2025-01'))).toEqual(['0001-02', '2025-01']);
    for (const bad of ['2025-13', '2025-02-30', '01/02/2025'])
      expect(() => monthOfEachRow(column('2025-01-05', bad))).toThrow(
        `period column "period", data row 2: expected a date YYYY-MM-DD (years 0001 to 9999, optionally with a time, read in UTC) or a month YYYY-MM, got "${bad}"`,
      );
  });
});
