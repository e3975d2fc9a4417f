import { matchRows, type CompiledDefinition, type EvaluationOptions } from './definition/compile';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { billedFlags } from './table/billed';
import { findColumn, type EventTable } from './table/event-table';
import { monthOfEachRow } from './table/period';

export interface CountSettings extends EvaluationOptions {
  periodColumn: string;
  billedColumn: string;
}

export function requireColumn(table: EventTable, name: string, role: string) {
  const column = findColumn(table, name);
  if (!column)
    throw new InputProblem(
      `${role} column "${name}" is not in ${table.source}; available columns: ${table.columns.map((c) => c.name).join(', ')}`,
    );
  return column;
}

/** Vendor, buyer and joint counts per month, in month order, evaluated in process. */
export function countTableByMonth(
  table: EventTable,
  definition: CompiledDefinition,
  settings: CountSettings,
): MonthlyCounts[] {
  const months = monthOfEachRow(requireColumn(table, settings.periodColumn, 'period'));
  const billed = billedFlags(requireColumn(table, settings.billedColumn, 'billed'));
  const outcome = matchRows(definition, table, settings);
  const byMonth = new Map<string, MonthlyCounts>();
  for (let i = 0; i < table.rowCount; i++) {
    let counts = byMonth.get(months[i]);
    if (!counts) {
      counts = { month: months[i], contacts: 0, vendorCount: 0, buyerCount: 0, both: 0 };
      byMonth.set(months[i], counts);
    }
    counts.contacts++;
    counts.vendorCount += billed[i];
    counts.buyerCount += outcome[i];
    counts.both += billed[i] & outcome[i];
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}
