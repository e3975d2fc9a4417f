import { compileDefinition, type CompiledDefinition } from './definition/compile';
import type { ValueType } from './definition/value-types';
import { countTableByMonth } from './count-table';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { reconcileCounts, type Reconciliation } from './reconcile-counts';
import type { ReconcileSettings } from './settings';
import type { EventTable } from './table/event-table';
import { columnNames } from './table/column-names';
import { csvHeader } from './table/csv';
import { namesIn, tableFromCsv } from './table/from-csv';
import { choosePeriodColumn, isPeriodLike } from './table/period-column';

export interface ReconcileOutcome {
  definition: CompiledDefinition;
  counts: MonthlyCounts[];
  reconciliation: Reconciliation;
  /** the column the months came from */
  periodColumn: string;
  /** says which column was used when the export has none named as asked */
  periodNote: string | null;
}

/** Schema for checking a definition: loaded columns typed, the rest listed as 'unknown'. */
function schemaFor(table: EventTable, allColumns: readonly string[]): Map<string, ValueType> {
  const types = new Map<string, ValueType>(allColumns.map((name) => [name, 'unknown']));
  for (const c of table.columns) types.set(c.name, c.type);
  return types;
}

/** Reconciles an event table already in memory (an Excel range, a parsed CSV). */
export function reconcileTable(
  table: EventTable,
  settings: ReconcileSettings,
  allColumns: readonly string[] = table.columns.map((c) => c.name),
): ReconcileOutcome {
  const period = choosePeriodColumn(
    settings.periodColumn,
    allColumns,
    table.columns.filter(isPeriodLike).map((c) => c.name),
    table.source,
    settings.billedColumn,
  );
  if (!allColumns.includes(settings.billedColumn))
    throw new InputProblem(
      `billed column "${settings.billedColumn}" is not in ${table.source}; available columns: ${allColumns.join(', ')}`,
      'billed',
    );
  const definition = compileDefinition(settings.definition, schemaFor(table, allColumns));
  const counts = countTableByMonth(table, definition, { ...settings, periodColumn: period.column });
  return {
    definition,
    counts,
    reconciliation: reconcileCounts(counts, settings.price, settings.tolerance),
    periodColumn: period.column,
    periodNote: period.note,
  };
}

/**
 * Reconciles CSV text, reading only the period, billed and definition columns (every column
 * when the export has no period column, to find its one column of dates).
 */
export function reconcileCsvText(
  text: string,
  source: string,
  settings: ReconcileSettings,
): ReconcileOutcome {
  const header = columnNames(csvHeader(text, source), source);
  const wanted = header.includes(settings.periodColumn)
    ? [settings.periodColumn, settings.billedColumn, ...namesIn(settings.definition)]
    : header;
  const { table, allColumns } = tableFromCsv(text, source, wanted);
  return reconcileTable(table, settings, allColumns);
}
