import { billableCount, effectivePrice, overcharge, toleranceExceeded } from '../counts';
import type { MonthlyCounts } from './monthly-counts';

export interface ReconciledPeriod extends MonthlyCounts {
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

function period(counts: MonthlyCounts, price: number, tolerance: number): ReconciledPeriod {
  const { vendorCount, buyerCount } = counts;
  const billable = billableCount(vendorCount, buyerCount, tolerance);
  return {
    ...counts,
    billedNotOutcome: vendorCount - counts.both,
    outcomeNotBilled: buyerCount - counts.both,
    overcountRatio: buyerCount > 0 ? vendorCount / buyerCount : null,
    effectivePrice: buyerCount > 0 ? effectivePrice(price, vendorCount, buyerCount) : null,
    overcharge: overcharge(price, vendorCount, buyerCount),
    toleranceExceeded: toleranceExceeded(vendorCount, buyerCount, tolerance),
    billableCount: billable,
    vendorInvoice: price * vendorCount,
    correctedInvoice: price * billable,
  };
}

/** DOMAIN.md "Reconciling counts", month by month and in total. */
export function reconcileCounts(
  counts: readonly MonthlyCounts[],
  price: number,
  tolerance: number,
): Reconciliation {
  const months = counts.map((c) => period(c, price, tolerance));
  const sum = (field: keyof MonthlyCounts) => counts.reduce((s, c) => s + (c[field] as number), 0);
  const summed: MonthlyCounts = {
    month: 'total',
    contacts: sum('contacts'),
    vendorCount: sum('vendorCount'),
    buyerCount: sum('buyerCount'),
    both: sum('both'),
  };
  const billable = months.reduce((s, m) => s + m.billableCount, 0);
  const total = {
    ...period(summed, price, tolerance),
    billableCount: billable,
    correctedInvoice: months.reduce((s, m) => s + m.correctedInvoice, 0),
  };
  return { price, tolerance, months, total };
}
