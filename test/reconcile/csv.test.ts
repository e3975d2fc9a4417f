import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvHeader, readCsvColumns } from '../../src/reconcile/table/csv';
import { convertCells, inferType } from '../../src/reconcile/table/infer';
import { isoToDay } from '../../src/reconcile/table/dates';

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
  it('a short row leaves the missing cells empty', () => {
    expect(readCsvColumns('a,b\n1\n').columns.get('b')).toEqual(['']);
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
