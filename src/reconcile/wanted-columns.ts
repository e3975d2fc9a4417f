import { namesIn } from './table/from-csv';

/** What decides the columns a reconciliation reads. */
export interface ColumnsToRead {
  definition: string;
  periodColumn: string;
  billedColumn: string;
  vendorDefinition?: string;
}

/** The names the definitions may read (an over-estimate is harmless). */
export function definitionNames(settings: ColumnsToRead): string[] {
  return [
    ...namesIn(settings.definition),
    ...(settings.vendorDefinition === undefined ? [] : namesIn(settings.vendorDefinition)),
  ];
}

/**
 * The columns to read, in process and in DuckDB alike: the period, billed and definition columns
 * (every column when the export has no period column, to find its one column of dates).
 */
export function wantedColumns(settings: ColumnsToRead): (names: readonly string[]) => string[] {
  return (names) =>
    names.includes(settings.periodColumn)
      ? [settings.periodColumn, settings.billedColumn, ...definitionNames(settings)]
      : [...names];
}
