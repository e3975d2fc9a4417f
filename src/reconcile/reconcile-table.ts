import { compileDefinition, type CompiledDefinition } from './definition/compile';
import { definitionClauses } from './definition/clauses';
import { asVendorRule } from './definition/errors';
import type { ValueType } from './definition/value-types';
import { requireCountColumns } from './count-columns';
import { countTableByMonth, type CountSettings } from './count-table';
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
  /** the definition's clauses as written */
  clauses: string[];
  /** the vendor's rule was tested beside the billed flag (false: it is the vendor count) */
  ruleBesideBilled: boolean;
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
  settings: ReconcileSettings & Pick<CountSettings, 'clauses'>,
  allColumns: readonly string[] = table.columns.map((c) => c.name),
): ReconcileOutcome {
  const { vendorDefinition } = settings;
  const period = choosePeriodColumn(
    settings.periodColumn,
    allColumns,
    table.columns.filter(isPeriodLike).map((c) => c.name),
    table.source,
    settings.billedColumn,
  );
  const counted = { ...settings, periodColumn: period.column };
  const beside = requireCountColumns(allColumns, counted, vendorDefinition, table.source);
  const schema = schemaFor(table, allColumns);
  const definition = compileDefinition(settings.definition, schema);
  const rule =
    vendorDefinition === undefined
      ? undefined
      : { definition: asVendorRule(() => compileDefinition(vendorDefinition, schema)), beside };
  const counts = countTableByMonth(table, definition, counted, rule);
  const clauses =
    settings.clauses === false ? [] : definitionClauses(definition).map((c) => c.text);
  return {
    definition,
    counts,
    clauses,
    ruleBesideBilled: rule !== undefined && beside,
    reconciliation: reconcileCounts(counts, settings.price, settings.tolerance, clauses),
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
  settings: ReconcileSettings & Pick<CountSettings, 'clauses'>,
): ReconcileOutcome {
  const header = columnNames(csvHeader(text, source), source);
  const wanted = header.includes(settings.periodColumn)
    ? [
        settings.periodColumn,
        settings.billedColumn,
        ...namesIn(settings.definition),
        ...(settings.vendorDefinition === undefined ? [] : namesIn(settings.vendorDefinition)),
      ]
    : header;
  const { table, allColumns } = tableFromCsv(text, source, wanted);
  return reconcileTable(table, settings, allColumns);
}
