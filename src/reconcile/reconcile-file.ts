import type { CountSettings } from './count-table';
import { reconcileTable, type ReconcileOutcome } from './reconcile-table';
import type { ReconcileSettings } from './settings';
import { tableFromCsvFile } from './table/csv-file';
import { wantedColumns } from './wanted-columns';

/** Reconciles a CSV file in process, streaming it (see reconcileCsvText). */
export function reconcileCsvFile(
  path: string,
  settings: ReconcileSettings & Pick<CountSettings, 'clauses'>,
  source = path,
): ReconcileOutcome {
  const { table, allColumns } = tableFromCsvFile(path, source, wantedColumns(settings));
  return reconcileTable(table, settings, allColumns);
}
