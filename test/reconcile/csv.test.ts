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
