import { formatMoney, formatNumber, formatPercent } from '../../format';
import type { DriftEstimate } from '../estimate-drift';
import type { ReconciledPeriod, Reconciliation } from '../reconcile-counts';

const HEADER = [
  'month',
  'contacts',
  'vendor',
  'buyer',
  'both',
  'billed, not outcome',
  'outcome, not billed',
  'ratio',
  'effective price',
  'overcharge',
  'over tolerance',
  'corrected invoice',
];

/** One row of the reconciliation table as text cells. */
export function periodCells(p: ReconciledPeriod, currency: string): string[] {
  return [
    p.month,
    formatNumber(p.contacts),
    formatNumber(p.vendorCount),
    formatNumber(p.buyerCount),
    formatNumber(p.both),
    formatNumber(p.billedNotOutcome),
    formatNumber(p.outcomeNotBilled),
    p.overcountRatio === null ? 'n/a' : p.overcountRatio.toFixed(3),
    p.effectivePrice === null ? 'n/a' : formatMoney(p.effectivePrice, currency, 4),
    formatMoney(p.overcharge, currency),
    p.toleranceExceeded ? 'yes: buyer count billed' : 'no',
    formatMoney(p.correctedInvoice, currency),
  ];
}

export function reconciliationHeader(): string[] {
  return [...HEADER];
}

/** The summary lines under the table. */
export function reconciliationSummary(
  r: Reconciliation,
  drift: DriftEstimate | null,
  currency: string,
): string[] {
  const t = r.total;
  const lines = [
    `Vendor billed ${formatNumber(t.vendorCount)} outcomes; the buyer's definition finds ${formatNumber(t.buyerCount)}.`,
    `Price ${formatMoney(r.price, currency, 4)} per outcome is ${t.effectivePrice === null ? 'not defined (no buyer outcome)' : `${formatMoney(t.effectivePrice, currency, 4)} per buyer-defined outcome`}; overcharge ${formatMoney(t.overcharge, currency)}.`,
    `Tolerance ${formatPercent(r.tolerance)}: exceeded in ${r.months.filter((m) => m.toleranceExceeded).length} of ${r.months.length} month(s).`,
    `Vendor invoice ${formatMoney(t.vendorInvoice, currency)}; corrected invoice ${formatMoney(t.correctedInvoice, currency)}.`,
  ];
  if (drift)
    lines.push(
      `Measured overcount: k0 = ${drift.initialRatio.toFixed(4)} (${formatPercent(drift.confidence, 0)} interval ${drift.interval.initialRatio.low.toFixed(4)} to ${drift.interval.initialRatio.high.toFixed(4)}), drift ${formatPercent(drift.driftAnnual)} a year (${formatPercent(drift.interval.driftAnnual.low)} to ${formatPercent(drift.interval.driftAnnual.high)}), from ${drift.monthsUsed} months.`,
    );
  return lines;
}
