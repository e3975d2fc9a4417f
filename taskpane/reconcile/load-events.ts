import { csvHeader, tableFromCsv, tableFromGrid } from '../../src/index';
import type { LoadedEvents } from './reconcile-view';

/** Events from an opened CSV file: every column loaded (a panel's tables are modest). */
export async function eventsFromCsvFile(file: Blob & { name: string }): Promise<LoadedEvents> {
  const text = await file.text();
  return tableFromCsv(text, file.name, csvHeader(text));
}

/** Events from a sheet range read through Excel (2-D array with a header row). */
export function eventsFromGrid(grid: unknown[][], periodColumn: string): LoadedEvents {
  const table = tableFromGrid(grid, 'the sheet table', periodColumn);
  return { table, allColumns: table.columns.map((c) => c.name) };
}
