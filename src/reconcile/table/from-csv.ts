import { leafTokens } from '../definition/leaf-tokens';
import { csvHeader, DictionaryColumn, readCsvInto } from './csv';
import type { EventTable } from './event-table';
import { columnNames } from './column-names';
import { typeCodedColumn } from './infer';

/** Names in a definition that could be columns (an over-estimate is harmless). */
export function namesIn(definition: string): string[] {
  return leafTokens(definition).map((s) => definition.slice(s.start, s.end));
}

/**
 * An event table from CSV text, columns named as definitions see them (see columnName), loading
 * only the named columns (others appear in the schema
 * with type 'unknown' so that messages can still list them).
 */
export function tableFromCsv(
  text: string,
  source: string,
  wanted: readonly string[],
): { table: EventTable; allColumns: string[] } {
  const header = csvHeader(text, source);
  const names = columnNames(header, source);
  const keep = header.flatMap((h, i) => (wanted.includes(names[i]) ? [{ h, name: names[i] }] : []));
  const csv = readCsvInto(
    text,
    keep.map((k) => k.h),
    source,
    () => new DictionaryColumn(),
  );
  const columns = keep.map(({ h, name }) => {
    const read = csv.columns.get(h)!;
    const { type, values } = typeCodedColumn(read.codes.subarray(0, read.length), read.distinct);
    return { name, type, values };
  });
  return { table: { source, rowCount: csv.rowCount, columns }, allColumns: names };
}
