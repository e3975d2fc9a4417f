import type { ReconciledPeriod } from './reconcile-counts';

/** One row of the clause table: a clause, then the two rows that close it to the overcharge. */
export interface ClauseRow {
  label: string;
  firstFailing: number;
  /** null on the closing rows */
  failing: number | null;
  overcharge: number;
  kind: 'clause' | 'not-billed' | 'total';
}

export const CLAUSE_TABLE_HEADER = [
  'clause (billed, not outcome)',
  'first failing',
  'failing',
  'overcharge',
];

/**
 * The gap clause by clause, as every face shows it: each clause's billed non-outcomes by first
 * failing clause and at all, priced by first failing; then the outcomes the vendor did not
 * bill, with a minus sign, so that the rows add up to vendor − buyer and to the overcharge.
 */
export function clauseRows(p: ReconciledPeriod, price: number): ClauseRow[] {
  return [
    ...p.clauses.map((c) => ({
      label: c.clause,
      firstFailing: c.firstFailing,
      failing: c.failing,
      overcharge: c.overcharge,
      kind: 'clause' as const,
    })),
    {
      label: 'less: outcomes not billed',
      // 0 - x, not -x: no month without unbilled outcomes should print "-0"
      firstFailing: 0 - p.outcomeNotBilled,
      failing: null,
      overcharge: 0 - price * p.outcomeNotBilled,
      kind: 'not-billed',
    },
    {
      label: 'vendor − buyer',
      firstFailing: p.vendorCount - p.buyerCount,
      failing: null,
      overcharge: p.overcharge,
      kind: 'total',
    },
  ];
}
