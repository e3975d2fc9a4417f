import { billableCount, effectivePrice, overcharge, toleranceExceeded } from '../engine/counts';
import { driftAlarm } from './drift-alarm';
import type { MonthlyCounts } from './monthly-counts';

/** One clause's share of the billed events that are not outcomes. */
export interface ClauseGap {
  /** the clause as written in the definition */
  clause: string;
  firstFailing: number;
  failing: number;
  /** price * firstFailing: what the billed events this clause turns away cost */
  overcharge: number;
}

/** How close the vendor's stated rule comes to what the vendor billed. */
export interface RuleComparison {
  ruleCount: number;
  billedCount: number;
  /** ruleCount - billedCount */
  difference: number;
  /** difference / billedCount; null when nothing was billed */
  relativeDifference: number | null;
  /** rows both billed and counted by the rule */
  both: number;
  billedNotRule: number;
  ruleNotBilled: number;
}

export interface ReconciledPeriod extends Omit<
  MonthlyCounts,
  'clauses' | 'ruleCount' | 'ruleAndBilled'
> {
  billedNotOutcome: number;
  outcomeNotBilled: number;
  /** vendorCount / buyerCount; null when the buyer counts no outcome */
  overcountRatio: number | null;
  /** price * vendor / buyer; null when the buyer counts no outcome */
  effectivePrice: number | null;
  overcharge: number;
  /** the tolerance clause makes the buyer's count the billing source */
  toleranceExceeded: boolean;
  billableCount: number;
  vendorInvoice: number;
  correctedInvoice: number;
  /**
   * The billed events that are not outcomes, by clause. The firstFailing counts add up to
   * billedNotOutcome; their overcharges, less price * outcomeNotBilled, to the overcharge.
   */
  clauses: ClauseGap[];
  /** present when the vendor's rule is tested beside the billed flag */
  vendorRule?: RuleComparison;
  /**
   * DOMAIN.md's drift alarm: the month's ratio lies above the upper 95% prediction bound of the
   * fit on the months before it (driftAlarm); null when it cannot be judged, and in the total.
   */
  driftAlarm: boolean | null;
}

export interface Reconciliation {
  price: number;
  tolerance: number;
  months: ReconciledPeriod[];
  /**
   * Sums over the months. The corrected invoice and billable count are the sums of the
   * monthly ones (the clause applies period by period); the ratio, effective price and
   * tolerance flag are those of the summed counts.
   */
  total: ReconciledPeriod;
}

function ruleComparison(counts: MonthlyCounts): RuleComparison | undefined {
  if (counts.ruleCount === undefined || counts.ruleAndBilled === undefined) return undefined;
  const { ruleCount, vendorCount, ruleAndBilled } = counts;
  return {
    ruleCount,
    billedCount: vendorCount,
    difference: ruleCount - vendorCount,
    relativeDifference: vendorCount > 0 ? (ruleCount - vendorCount) / vendorCount : null,
    both: ruleAndBilled,
    billedNotRule: vendorCount - ruleAndBilled,
    ruleNotBilled: ruleCount - ruleAndBilled,
  };
}

function period(
  counts: MonthlyCounts,
  price: number,
  tolerance: number,
  clauseTexts: readonly string[],
  alarm: boolean | null,
): ReconciledPeriod {
  const { vendorCount, buyerCount } = counts;
  const billable = billableCount(vendorCount, buyerCount, tolerance);
  const rule = ruleComparison(counts);
  return {
    month: counts.month,
    contacts: counts.contacts,
    vendorCount,
    buyerCount,
    both: counts.both,
    billedNotOutcome: vendorCount - counts.both,
    outcomeNotBilled: buyerCount - counts.both,
    overcountRatio: buyerCount > 0 ? vendorCount / buyerCount : null,
    effectivePrice: buyerCount > 0 ? effectivePrice(price, vendorCount, buyerCount) : null,
    overcharge: overcharge(price, vendorCount, buyerCount),
    toleranceExceeded: toleranceExceeded(vendorCount, buyerCount, tolerance),
    billableCount: billable,
    vendorInvoice: price * vendorCount,
    correctedInvoice: price * billable,
    clauses: (counts.clauses ?? []).map((c, i) => ({
      clause: clauseTexts[i] ?? `clause ${i + 1}`,
      firstFailing: c.firstFailing,
      failing: c.failing,
      overcharge: price * c.firstFailing,
    })),
    ...(rule ? { vendorRule: rule } : {}),
    driftAlarm: alarm,
  };
}

type CountField =
  'contacts' | 'vendorCount' | 'buyerCount' | 'both' | 'ruleCount' | 'ruleAndBilled';

/** DOMAIN.md "Reconciling counts", month by month and in total, with the gap by clause. */
export function reconcileCounts(
  counts: readonly MonthlyCounts[],
  price: number,
  tolerance: number,
  clauseTexts: readonly string[] = [],
): Reconciliation {
  const alarms = driftAlarm(counts);
  const months = counts.map((c, i) => period(c, price, tolerance, clauseTexts, alarms[i]));
  const sum = (field: CountField) => counts.reduce((s, c) => s + (c[field] ?? 0), 0);
  const withRule = counts.length > 0 && counts.every((c) => c.ruleCount !== undefined);
  const summed: MonthlyCounts = {
    month: 'total',
    contacts: sum('contacts'),
    vendorCount: sum('vendorCount'),
    buyerCount: sum('buyerCount'),
    both: sum('both'),
    clauses: Array.from({ length: counts[0]?.clauses?.length ?? clauseTexts.length }, (_, i) => ({
      firstFailing: counts.reduce((s, c) => s + (c.clauses?.[i]?.firstFailing ?? 0), 0),
      failing: counts.reduce((s, c) => s + (c.clauses?.[i]?.failing ?? 0), 0),
    })),
    ...(withRule ? { ruleCount: sum('ruleCount'), ruleAndBilled: sum('ruleAndBilled') } : {}),
  };
  const billable = months.reduce((s, m) => s + m.billableCount, 0);
  const total = {
    ...period(summed, price, tolerance, clauseTexts, null),
    billableCount: billable,
    correctedInvoice: months.reduce((s, m) => s + m.correctedInvoice, 0),
  };
  return { price, tolerance, months, total };
}
