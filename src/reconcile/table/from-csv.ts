import { leafTokens } from '../definition/leaf-tokens';
import { csvHeader, readCsvColumns } from './csv';
import type { EventTable } from './event-table';
import { typeColumn } from './infer';

/** Names in a definition that could be columns (an over-estimate is harmless). */
export function namesIn(definition: string): string[] {
  return leafTokens(definition).map((s) => definition.slice(s.start, s.end));
}

/**
 * An event table from CSV text, loading only the named columns (others appear in the schema
 * with type 'unknown' so that messages can still list them).
 */
export function tableFromCsv(
  text: string,
  source: string,
  wanted: readonly string[],
): { table: EventTable; allColumns: string[] } {
  const header = csvHeader(text);
  const keep = header.filter((h) => wanted.includes(h));
  const csv = readCsvColumns(text, keep);
  const columns = keep.map((name) => {
    const { type, values } = typeColumn(csv.columns.get(name)!);
    return { name, type, values };
  });
  return { table: { source, rowCount: csv.rowCount, columns }, allColumns: header };
}
