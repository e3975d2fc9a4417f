import type { CheckedDefinition } from './definition/check';
import { definitionClauses } from './definition/clauses';
import { timeGuard, type EvaluationOptions } from './definition/compile';
import { columnCells, truthPerRow } from './definition/row-function';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { billedFlags } from './table/billed';
import { findColumn, type EventTable } from './table/event-table';
import { monthsOfColumn } from './table/period';

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

/**
 * Vendor, buyer and joint counts per month, in month order, evaluated in process over the
 * table's coded columns; with the clause counts of the billed rows that are not outcomes. Each
 * clause is evaluated over the columns into one truth per row (a clause over one column once
 * per distinct value), then one pass over typed arrays counts: the definition is true exactly
 * when every clause is, a row's first failing clause is the first not true, and the later ones
 * are looked at only for billed rows that are not outcomes.
 */
export function countTableByMonth(
  table: EventTable,
  definition: CheckedDefinition,
  settings: CountSettings,
  vendorRule?: VendorRule,
): MonthlyCounts[] {
  const { rowCount } = table;
  const { months, monthOfRow } = monthsOfColumn(
    requireColumn(table, settings.periodColumn, 'period'),
  );
  const inTime = timeGuard(rowCount, settings);
  const truth = (d: CheckedDefinition, expr: CheckedDefinition['expr']) =>
    truthPerRow(expr, columnCells(table.columns, d.columns), rowCount, inTime);
  const rule = vendorRule && truth(vendorRule.definition, vendorRule.definition.expr);
  const beside = rule !== undefined && vendorRule!.beside;
  const billed =
    rule && !beside ? rule : billedFlags(requireColumn(table, settings.billedColumn, 'billed'));
  const withClauses = settings.clauses !== false;
  const parts = (
    withClauses ? definitionClauses(definition).map((c) => c.expr) : [definition.expr]
  ).map((expr) => truth(definition, expr));
  const k = parts.length;
  const n = months.length;
  const [contacts, vendor, buyer, both, ruleCount, ruleAndBilled] = Array.from(
    { length: 6 },
    () => new Float64Array(n),
  );
  const firstFailing = new Float64Array(n * k);
  const failing = new Float64Array(n * k);
  for (let row = 0; row < rowCount; row++) {
    const m = monthOfRow[row];
    let first = 0;
    while (first < k && parts[first][row] === 1) first++;
    const b = billed[row];
    contacts[m]++;
    vendor[m] += b;
    if (first === k) {
      buyer[m]++;
      both[m] += b;
    } else if (b === 1 && withClauses) {
      firstFailing[m * k + first]++;
      failing[m * k + first]++;
      for (let c = first + 1; c < k; c++) if (parts[c][row] !== 1) failing[m * k + c]++;
    }
    if (beside) {
      ruleCount[m] += rule[row];
      ruleAndBilled[m] += rule[row] & b;
    }
  }
  return months.map((month, m) => ({
    month,
    contacts: contacts[m],
    vendorCount: vendor[m],
    buyerCount: buyer[m],
    both: both[m],
    clauses: withClauses
      ? Array.from({ length: k }, (_, c) => ({
          firstFailing: firstFailing[m * k + c],
          failing: failing[m * k + c],
        }))
      : [],
    ...(beside ? { ruleCount: ruleCount[m], ruleAndBilled: ruleAndBilled[m] } : {}),
  }));
}
