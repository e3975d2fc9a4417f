import type { VendorWhatIf } from './what-if';
import type { ScenarioResult } from '../engine/evaluate';
import { saturationMessage } from '../scenario/warnings';
import { formatPercent, moneyFormat } from '../text/format';

/** What a vendor's own count costs the buyer, in the words `crossover run` uses (DOMAIN.md). */
export interface VendorCountLines {
  name: string;
  /** The overcharge with the price to ask, then the fair drift discount. */
  lines: string[];
  /** From which month the vendor counts every contact; null when it never does. */
  saturation: string | null;
}

/**
 * Per vendor option with an overcount, a drift discount or a count that saturates: what billed
 * outcomes above the buyer's count cost over the horizon (cash and NPV), the price per
 * vendor-counted outcome to ask for, the fair drift discount and its worth, the saturation warning.
 */
export function vendorCountLines(
  result: ScenarioResult,
  whatIfs: readonly VendorWhatIf[],
): VendorCountLines[] {
  const H = result.horizonMonths;
  const money = moneyFormat(result.currency, 0);
  const price = moneyFormat(result.currency, 2);
  const drift = new Map(whatIfs.map((w) => [w.index, w.driftDiscount]));
  return result.options.flatMap((o, i) => {
    if (o.kind !== 'vendor') return [];
    const lines: string[] = [];
    if (o.overcountCost !== null && o.overcountCost > 0) {
      const ask =
        o.priceToAsk === null || o.trueOutcomes === 0
          ? ''
          : `; to pay ${price((o.priceToAsk * o.vendorCountedOutcomes) / o.trueOutcomes)} per outcome you recognise, ask for ${price(o.priceToAsk)} per outcome the vendor counts`;
      lines.push(
        `billed outcomes above your count cost ${money(o.overcountCost)} over ${H} months (${money(o.overcountNpv!)} in NPV)${ask}`,
      );
    }
    if (o.driftDiscount !== null && o.driftDiscount > 0) {
      const priced = drift.get(i);
      lines.push(
        `fair drift discount ${formatPercent(o.driftDiscount)} on the count as billed${priced ? ` (worth ${money(priced.worthNpv)} in NPV)` : ''}`,
      );
    }
    const saturation =
      o.saturatedFromMonth === null ? null : saturationMessage(o.saturatedFromMonth);
    return lines.length === 0 && saturation === null ? [] : [{ name: o.name, lines, saturation }];
  });
}
