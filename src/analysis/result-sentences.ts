// Sentences the CLI's `run` and the taskpane say alike: the breakeven when it comes after the
// horizon, and what a vendor's count costs (DOMAIN.md "Drift discount, saturation, and what the
// overcount costs").
import type { Comparison, ScenarioResult } from '../engine/evaluate';
import { saturationMessage } from '../scenario/warnings';
import { formatPercent, moneyFormat } from '../text/format';
import type { VendorWhatIf } from './what-if';

/** The breakeven month, or when it comes after the horizon, say which month (never just "never"). */
export function breakevenText(c: Comparison, horizonMonths: number): string {
  if (c.breakevenMonth !== null) return String(c.breakevenMonth);
  return c.breakevenAfterHorizon === null
    ? 'never by month 240'
    : afterHorizonText(c.breakevenAfterHorizon, horizonMonths);
}

/**
 * When the build breaks even, for a sentence: "in month 17", "in month 142, after the 36-month
 * horizon"; null when it does not by month 240.
 */
export function breakevenWhen(c: Comparison, horizonMonths: number): string | null {
  if (c.breakevenMonth !== null) return `in month ${c.breakevenMonth}`;
  return c.breakevenAfterHorizon === null
    ? null
    : `in ${afterHorizonText(c.breakevenAfterHorizon, horizonMonths)}`;
}

const afterHorizonText = (month: number, horizonMonths: number) =>
  `month ${month}, after the ${horizonMonths}-month horizon`;

/** What one vendor's count costs, in sentences; empty when its count is the buyer's. */
export interface OvercountSentences {
  index: number;
  name: string;
  /** "billed outcomes above your count cost $N over H months ($M in NPV); to pay … ask for …" */
  overcharge: string | null;
  /** "fair drift discount 7.5% on the count as billed (worth $N in NPV)" */
  driftDiscount: string | null;
  /** The saturation warning (saturationMessage) */
  saturation: string | null;
}

/**
 * Per vendor option with something to say: the overcharge, the fair drift discount (priced when
 * the vendors' what-ifs are given), saturation.
 */
export function overcountSentences(
  result: ScenarioResult,
  whatIfs: readonly VendorWhatIf[] = [],
): OvercountSentences[] {
  const H = result.horizonMonths;
  const money = moneyFormat(result.currency, 0);
  const price = moneyFormat(result.currency, 2);
  const worth = new Map(whatIfs.map((w) => [w.index, w.driftDiscount]));
  return result.options.flatMap((o, index) => {
    if (o.kind !== 'vendor') return [];
    const ask =
      o.priceToAsk === null || o.trueOutcomes === 0
        ? ''
        : `; to pay ${price((o.priceToAsk * o.vendorCountedOutcomes) / o.trueOutcomes)} per outcome you recognise, ask for ${price(o.priceToAsk)} per outcome the vendor counts`;
    const overcharge =
      o.overcountCost !== null && o.overcountCost > 0
        ? `billed outcomes above your count cost ${money(o.overcountCost)} over ${H} months (${money(o.overcountNpv!)} in NPV)${ask}`
        : null;
    const priced = worth.get(index);
    const driftDiscount =
      o.driftDiscount !== null && o.driftDiscount > 0
        ? `fair drift discount ${formatPercent(o.driftDiscount)} on the count as billed${priced ? ` (worth ${money(priced.worthNpv)} in NPV)` : ''}`
        : null;
    const saturation =
      o.saturatedFromMonth === null ? null : saturationMessage(o.saturatedFromMonth);
    return overcharge || driftDiscount || saturation
      ? [{ index, name: o.name, overcharge, driftDiscount, saturation }]
      : [];
  });
}
