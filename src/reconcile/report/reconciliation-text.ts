import { formatMoney, formatNumber, formatPercent } from '../../text/format';
import { CLAUSE_TABLE_HEADER, clauseRows } from '../clause-rows';
import type { DriftVerdict } from '../drift-verdict';
import type { DriftEstimate } from '../estimate-drift';
import { driftLine, driftVerdictLine } from './drift-text';
import type { ReconciledPeriod, Reconciliation } from '../reconcile-counts';
import { monthColumns } from './month-columns';

// the CLI's table: short names for the two counts, no billable count (the corrected invoice says it)
const HEADER = monthColumns(['billable count']).map((c) =>
  c === 'vendor count' ? 'vendor' : c === 'buyer count' ? 'buyer' : c,
);

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
    driftAlarmText(p.driftAlarm),
  ];
}

/** A month's drift alarm as a cell: `yes` above its own trend, `no`, or `n/a` when not judged. */
export function driftAlarmText(alarm: boolean | null): string {
  return alarm === null ? 'n/a' : alarm ? 'yes' : 'no';
}

export function reconciliationHeader(): string[] {
  return [...HEADER];
}

/** The summary lines under the table; the drift's verdict says why it would not go into a bid. */
export function reconciliationSummary(
  r: Reconciliation,
  drift: DriftEstimate | null,
  currency: string,
  verdict: DriftVerdict | null = null,
): string[] {
  const t = r.total;
  const lines = [
    `Vendor billed ${formatNumber(t.vendorCount)} outcomes; the buyer's definition finds ${formatNumber(t.buyerCount)}.`,
    `Price ${formatMoney(r.price, currency, 4)} per outcome is ${t.effectivePrice === null ? 'not defined (no buyer outcome)' : `${formatMoney(t.effectivePrice, currency, 4)} per buyer-defined outcome`}; overcharge ${formatMoney(t.overcharge, currency)}.`,
    `Tolerance ${formatPercent(r.tolerance)}: exceeded in ${r.months.filter((m) => m.toleranceExceeded).length} of ${r.months.length} month(s).`,
    `Vendor invoice ${formatMoney(t.vendorInvoice, currency)}; corrected invoice ${formatMoney(t.correctedInvoice, currency)}.`,
  ];
  if (drift) lines.push(driftLine(drift));
  const why = verdict && driftVerdictLine(verdict);
  if (why) lines.push(why);
  return lines;
}

/** A table as header and rows of text cells, for the CLI's textTable. */
export interface TextRows {
  header: string[];
  rows: string[][];
}

/** The clause table (see clauseRows) as text cells. */
export function clauseTable(p: ReconciledPeriod, price: number, currency: string): TextRows {
  return {
    header: [...CLAUSE_TABLE_HEADER],
    rows: clauseRows(p, price).map((r) => [
      r.label,
      formatNumber(r.firstFailing),
      r.failing === null ? '' : formatNumber(r.failing),
      formatMoney(r.overcharge, currency),
    ]),
  };
}

/** The clause that accounts for the most billed non-outcomes, as a sentence. */
export function clauseHeadline(p: ReconciledPeriod, currency: string): string {
  const top = [...p.clauses].sort((a, b) => b.firstFailing - a.firstFailing)[0];
  if (!top || p.billedNotOutcome === 0) return 'Every billed contact meets the definition.';
  return `${formatNumber(p.billedNotOutcome)} billed contacts are not outcomes; ${formatNumber(top.firstFailing)} of them fail \`${top.clause}\` first: ${formatMoney(top.overcharge, currency)}.`;
}

/** How close the vendor's stated rule comes to the billed count, month by month. */
export function vendorRuleTable(periods: readonly ReconciledPeriod[]): TextRows {
  return {
    header: [
      'month',
      'billed',
      'by the rule',
      'difference',
      'relative',
      'both',
      'billed, not rule',
      'rule, not billed',
    ],
    rows: periods.flatMap((p) => {
      const r = p.vendorRule;
      if (!r) return [];
      return [
        [
          p.month,
          formatNumber(r.billedCount),
          formatNumber(r.ruleCount),
          formatNumber(r.difference),
          r.relativeDifference === null ? 'n/a' : formatPercent(r.relativeDifference),
          formatNumber(r.both),
          formatNumber(r.billedNotRule),
          formatNumber(r.ruleNotBilled),
        ],
      ];
    }),
  };
}
