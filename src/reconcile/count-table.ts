import type { CheckedDefinition } from './definition/check';
import { definitionClauses } from './definition/clauses';
import { timeGuard, type EvaluationOptions } from './definition/compile';
import { columnCells, rowFunction, type RowFunction } from './definition/row-function';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { billedFlags } from './table/billed';
import { findColumn, type EventTable } from './table/event-table';
import { monthOfEachRow } from './table/period';

export interface CountSettings extends EvaluationOptions {
  periodColumn: string;
  billedColumn: string;
  /** false: the four plain counts only, no clause counts (the benchmark's reference) */
  clauses?: boolean;
}

/** The vendor's stated counting rule: the billed flag itself, or tested beside it. */
export interface VendorRule {
  definition: CheckedDefinition;
  beside: boolean;
}

export function requireColumn(table: EventTable, name: string, role: string) {
  const column = findColumn(table, name);
  if (!column)
    throw new InputProblem(
      `${role} column "${name}" is not in ${table.source}; available columns: ${table.columns.map((c) => c.name).join(', ')}`,
    );
  return column;
}

function flagsOf(value: RowFunction, rowCount: number): Uint8Array {
  const flags = new Uint8Array(rowCount);
  for (let row = 0; row < rowCount; row++) if (value(row) === true) flags[row] = 1;
  return flags;
}

/**
 * Vendor, buyer and joint counts per month, in month order, evaluated in process; with the
 * clause counts of the billed rows that are not outcomes. The definition is true exactly when
 * every clause is, so its clauses are evaluated in order until one is not true, and the rest
 * only for billed rows that are not outcomes.
 */
export function countTableByMonth(
  table: EventTable,
  definition: CheckedDefinition,
  settings: CountSettings,
  vendorRule?: VendorRule,
): MonthlyCounts[] {
  const { rowCount } = table;
  const months = monthOfEachRow(requireColumn(table, settings.periodColumn, 'period'));
  const cellsOf = (d: CheckedDefinition) => columnCells(table.columns, d.columns);
  const rule =
    vendorRule &&
    flagsOf(rowFunction(vendorRule.definition.expr, cellsOf(vendorRule.definition)), rowCount);
  const billed =
    rule && !vendorRule.beside
      ? rule
      : billedFlags(requireColumn(table, settings.billedColumn, 'billed'));
  const withClauses = settings.clauses !== false;
  const cells = cellsOf(definition);
  const parts = (
    withClauses ? definitionClauses(definition).map((c) => c.expr) : [definition.expr]
  ).map((expr) => rowFunction(expr, cells));
  const k = parts.length;
  const index = new Map<string, number>();
  const found: MonthlyCounts[] = [];
  const inTime = timeGuard(rowCount, settings);
  for (let row = 0; row < rowCount; row++) {
    let m = index.get(months[row]);
    if (m === undefined) {
      m = found.length;
      index.set(months[row], m);
      found.push({
        month: months[row],
        contacts: 0,
        vendorCount: 0,
        buyerCount: 0,
        both: 0,
        clauses: withClauses ? parts.map(() => ({ firstFailing: 0, failing: 0 })) : [],
        ...(rule && vendorRule.beside ? { ruleCount: 0, ruleAndBilled: 0 } : {}),
      });
    }
    const counts = found[m];
    let first = 0;
    while (first < k && parts[first](row) === true) first++;
    const outcome = first === k ? 1 : 0;
    const b = billed[row];
    counts.contacts++;
    counts.vendorCount += b;
    counts.buyerCount += outcome;
    counts.both += b & outcome;
    if (b === 1 && outcome === 0 && withClauses) {
      const clauses = counts.clauses!;
      clauses[first].firstFailing++;
      clauses[first].failing++;
      for (let c = first + 1; c < k; c++) if (parts[c](row) !== true) clauses[c].failing++;
    }
    if (rule && vendorRule.beside) {
      counts.ruleCount! += rule[row];
      counts.ruleAndBilled! += rule[row] & b;
    }
    inTime(row);
  }
  return found.sort((a, b) => (a.month < b.month ? -1 : 1));
}
