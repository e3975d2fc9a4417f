import { formatMoney, formatNumber, formatPercent } from '../../text/format';
import { clauseRows, type ClauseRow } from '../clause-rows';
import type { Reconciliation } from '../reconcile-counts';

/**
 * What a board is shown of a reconciliation, on the workbook's sheet and the deck's slide alike:
 * the two counts month by month (the chart), the overcharge in one sentence, the invoices and
 * the clause table that closes to the overcharge.
 */
export interface ReconciliationFigures {
  months: string[];
  vendorCounts: number[];
  buyerCounts: number[];
  overcharge: number;
  vendorInvoice: number;
  correctedInvoice: number;
  /** Months in which the tolerance clause makes the buyer's count the billing source. */
  monthsOverTolerance: number;
  headline: string;
  clauses: ClauseRow[];
}

/** A price to the cent, or to the fraction of a cent it is stated in ($0.99, $0.0125). */
function priceText(price: number, currency: string): string {
  let digits = 2;
  while (digits < 4 && Math.abs(Number(price.toFixed(digits)) - price) > 1e-12) digits++;
  return formatMoney(price, currency, digits);
}

export function reconciliationFigures(r: Reconciliation, currency: string): ReconciliationFigures {
  const t = r.total;
  const over = r.months.filter((m) => m.toleranceExceeded).length;
  const gap = t.vendorCount - t.buyerCount;
  const relative = t.buyerCount > 0 ? ` (${formatPercent(gap / t.buyerCount, 1)})` : '';
  const headline =
    `Overcharge ${formatMoney(t.overcharge, currency, 0)} over ${r.months.length} month${r.months.length === 1 ? '' : 's'}: ` +
    `the vendor billed ${formatNumber(t.vendorCount)} outcomes, the buyer's definition finds ${formatNumber(t.buyerCount)}, ` +
    `${formatNumber(Math.abs(gap))} ${gap >= 0 ? 'more' : 'fewer'}${relative} at ${priceText(r.price, currency)} each; ` +
    `over the ${formatPercent(r.tolerance, 0)} tolerance in ${over} of ${r.months.length}.`;
  return {
    months: r.months.map((m) => m.month),
    vendorCounts: r.months.map((m) => m.vendorCount),
    buyerCounts: r.months.map((m) => m.buyerCount),
    overcharge: t.overcharge,
    vendorInvoice: t.vendorInvoice,
    correctedInvoice: t.correctedInvoice,
    monthsOverTolerance: over,
    headline,
    clauses: clauseRows(t, r.price),
  };
}
