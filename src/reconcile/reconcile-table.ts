import { compileDefinition, type CompiledDefinition } from './definition/compile';
import type { ValueType } from './definition/value-types';
import { countTableByMonth } from './count-table';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { reconcileCounts, type Reconciliation } from './reconcile-counts';
import type { ReconcileSettings } from './settings';
import type { EventTable } from './table/event-table';
import { namesIn, tableFromCsv } from './table/from-csv';

export interface ReconcileOutcome {
  definition: CompiledDefinition;
  counts: MonthlyCounts[];
  reconciliation: Reconciliation;
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
  for (const [role, name] of [
    ['period', settings.periodColumn],
    ['billed', settings.billedColumn],
  ] as const)
    if (!allColumns.includes(name))
      throw new InputProblem(
        `${role} column "${name}" is not in ${table.source}; available columns: ${allColumns.join(', ')}`,
        role,
      );
  const definition = compileDefinition(settings.definition, schemaFor(table, allColumns));
  const counts = countTableByMonth(table, definition, settings);
  return {
    definition,
    counts,
    reconciliation: reconcileCounts(counts, settings.price, settings.tolerance),
  };
}

/** Reconciles CSV text, reading only the period, billed and definition columns. */
export function reconcileCsvText(
  text: string,
  source: string,
  settings: ReconcileSettings,
): ReconcileOutcome {
  const wanted = [settings.periodColumn, settings.billedColumn, ...namesIn(settings.definition)];
  const { table, allColumns } = tableFromCsv(text, source, wanted);
  return reconcileTable(table, settings, allColumns);
}
