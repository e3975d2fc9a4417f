import { driftVerdict } from '../reconcile/drift-verdict';
import { estimateDrift } from '../reconcile/estimate-drift';
import { InputProblem } from '../reconcile/input-problem';
import type { Reconciliation } from '../reconcile/reconcile-counts';
import { driftLine, driftVerdictLine } from '../reconcile/report/drift-text';
import type { MonthlyCounts } from '../reconcile/monthly-counts';
import { formatMoney, formatNumber, formatPercent, moneyFormat } from '../text/format';
import type { ExhibitModel } from './exhibit-model';

/** Section 5's figures: the months the tolerance clause would have applied and what it bills. */
export function reclassificationPilot(
  r: Reconciliation,
  currency: string,
): NonNullable<ExhibitModel['reclassification']['pilot']> {
  const money = moneyFormat(currency, 0);
  return {
    monthsApplied: r.months.filter((m) => m.toleranceExceeded).length,
    months: r.months.length,
    vendorInvoice: r.total.vendorInvoice,
    correctedInvoice: r.total.correctedInvoice,
    table: {
      header: ['month', 'vendor', 'buyer', 'gap', 'clause applies', 'invoice', 'corrected'],
      rows: [...r.months, r.total].map((m) => [
        m.month,
        formatNumber(m.vendorCount),
        formatNumber(m.buyerCount),
        m.buyerCount > 0 ? formatPercent((m.vendorCount - m.buyerCount) / m.buyerCount) : 'n/a',
        m.month === 'total' ? '' : m.toleranceExceeded ? 'yes' : 'no',
        money(m.vendorInvoice),
        money(m.correctedInvoice),
      ]),
    },
  };
}

/** Section 7: the vendor's count against the buyer's, the overcharge, the measured drift. */
export function pilotFigures(
  r: Reconciliation,
  counts: readonly MonthlyCounts[],
  currency: string,
): string[] {
  const t = r.total;
  const lines = [
    `Over ${r.months.length} month(s) and ${formatNumber(t.contacts)} contacts the vendor counted ${formatNumber(t.vendorCount)} outcomes; the buyer's definition finds ${formatNumber(t.buyerCount)}${t.overcountRatio === null ? '' : ` (ratio ${t.overcountRatio.toFixed(3)})`}.`,
    `Overcharge at ${formatMoney(r.price, currency, 4)} per outcome: ${formatMoney(t.overcharge, currency, 0)}${t.effectivePrice === null ? '' : `; the effective price per buyer-defined outcome is ${formatMoney(t.effectivePrice, currency, 4)}`}.`,
  ];
  try {
    const drift = estimateDrift(counts);
    lines.push(driftLine(drift));
    const why = driftVerdictLine(driftVerdict(drift));
    if (why) lines.push(why);
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    lines.push(`No drift measured: ${error.message}.`);
  }
  return lines;
}
