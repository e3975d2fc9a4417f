import { leafTokens } from '../definition/leaf-tokens';
import { csvBytes, readCsvBytes } from './csv';
import { DictionaryColumn } from './dictionary-column';
import type { EventTable } from './event-table';
import { columnNames } from './column-names';
import { typeDistinctTexts } from './infer';

/** Names in a definition that could be columns (an over-estimate is harmless). */
export function namesIn(definition: string): string[] {
  return leafTokens(definition).map((s) => definition.slice(s.start, s.end));
}

/** Which columns to load, by their definition names, given every column's name. */
export type WantedColumns = readonly string[] | ((names: readonly string[]) => readonly string[]);

/** The header cells to keep (see CsvReader), for the wanted definition names. */
export function headerCellsFor(
  wanted: WantedColumns,
  source: string,
): (header: string[]) => string[] {
  return (header) => {
    const names = columnNames(header, source);
    const keep = typeof wanted === 'function' ? wanted(names) : wanted;
    return header.filter((_, i) => keep.includes(names[i]));
  };
}

/** An event table from what a CsvReader read into dictionary columns. */
export function csvEventTable(
  read: { header: string[]; columns: Map<string, DictionaryColumn>; rowCount: number },
  source: string,
): { table: EventTable; allColumns: string[] } {
  const names = columnNames(read.header, source);
  const columns = read.header.flatMap((h, i) => {
    const column = read.columns.get(h);
    if (!column) return [];
    const { type, distinct } = typeDistinctTexts(column.distinctTexts());
    return [{ name: names[i], type, codes: column.codes.subarray(0, column.length), distinct }];
  });
  return { table: { source, rowCount: read.rowCount, columns }, allColumns: names };
}

/**
 * An event table from CSV bytes, columns named as definitions see them (see columnName), loading
 * only the wanted columns (others appear in allColumns so that messages can still list them).
 */
export function tableFromCsvBytes(
  bytes: Uint8Array,
  source: string,
  wanted: WantedColumns,
): { table: EventTable; allColumns: string[] } {
  const read = readCsvBytes(
    bytes,
    source,
    headerCellsFor(wanted, source),
    () => new DictionaryColumn(),
  );
  return csvEventTable(read, source);
}

/** An event table from CSV text (see tableFromCsvBytes). */
export function tableFromCsv(
  text: string,
  source: string,
  wanted: WantedColumns,
): { table: EventTable; allColumns: string[] } {
  return tableFromCsvBytes(csvBytes(text), source, wanted);
}
