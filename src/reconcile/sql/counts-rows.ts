import type { MonthlyCounts } from '../monthly-counts';

/** A result row of the counts query, as a database driver returns it. */
export type CountsRow = Record<string, unknown>;

/** Monthly counts from the counts query's rows (see compileCountsQuery). */
export function countsFromRows(
  rows: readonly CountsRow[],
  clauseCount: number,
  withRule: boolean,
): MonthlyCounts[] {
  return rows.map((r) => ({
    month: String(r.month),
    contacts: Number(r.contacts),
    vendorCount: Number(r.vendor_count),
    buyerCount: Number(r.buyer_count),
    both: Number(r.both_count),
    clauses: Array.from({ length: clauseCount }, (_, i) => ({
      firstFailing: Number(r[`clause_${i + 1}_first_failing`]),
      failing: Number(r[`clause_${i + 1}_failing`]),
    })),
    ...(withRule
      ? { ruleCount: Number(r.rule_count), ruleAndBilled: Number(r.rule_and_billed) }
      : {}),
  }));
}
