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
import { csvBytes } from './table/csv';
import { tableFromCsvBytes } from './table/from-csv';
import { wantedColumns } from './wanted-columns';
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

type CsvSettings = ReconcileSettings & Pick<CountSettings, 'clauses'>;

/** Reconciles CSV text, reading only the columns it needs (see reconcileCsvBytes). */
export function reconcileCsvText(
  text: string,
  source: string,
  settings: CsvSettings,
): ReconcileOutcome {
  return reconcileCsvBytes(csvBytes(text), source, settings);
}

/** Reconciles CSV bytes, reading only the columns it needs (see wantedColumns). */
export function reconcileCsvBytes(
  bytes: Uint8Array,
  source: string,
  settings: CsvSettings,
): ReconcileOutcome {
  const { table, allColumns } = tableFromCsvBytes(bytes, source, wantedColumns(settings));
  return reconcileTable(table, settings, allColumns);
}
