import { pricedAsks, vendorWhatIfs, type PricedAsk, type VendorWhatIf } from '../analysis/what-if';
import type { ScenarioResult } from '../engine/evaluate';
import { InputProblem } from '../reconcile/input-problem';
import type { Scenario } from '../scenario/schema';
import { formatMoney, formatPercent } from '../text/format';
import type { ExhibitModel } from './exhibit-model';

export interface ExhibitBid {
  scenario: Scenario;
  result: ScenarioResult;
  /** the vendor option's name */
  option: string;
  /** where the scenario came from, for the text */
  source: string;
}

function askWords(w: VendorWhatIf, ask: PricedAsk, currency: string): string {
  if (ask.id === 'cap') return `an annual cap at ${formatMoney(w.cap.cap, currency, 0)}`;
  if (ask.id === 'drift-discount')
    return `a drift discount of ${formatPercent(w.driftDiscount!.discount)} off every unit price`;
  return "billing on the buyer's own count of outcomes";
}

/**
 * Section 6: what to ask the named vendor for, each ask priced on the NPV basis (DOMAIN.md
 * "Priced negotiation items"), with the engine's fair drift discount and price to ask.
 */
export function bidSection(bid: ExhibitBid, currency: string): NonNullable<ExhibitModel['bid']> {
  const what = vendorWhatIfs(bid.scenario, bid.result).find((w) => w.name === bid.option);
  if (!what) {
    const vendors = bid.scenario.options.filter((o) => o.kind === 'vendor').map((o) => o.name);
    throw new InputProblem(
      `option "${bid.option}" is not a vendor option of ${bid.source}; vendor options: ${vendors.join(', ') || 'none'}`,
    );
  }
  const option = bid.scenario.options[what.index];
  const outcome = bid.result.options[what.index];
  const price = option.kind === 'vendor' ? (option.charges.price ?? null) : null;
  const asks = pricedAsks(what).map((ask) => ({
    item: askWords(what, ask, currency),
    worthNpv: ask.worthNpv,
  }));
  const money = (v: number, digits = 2) => formatMoney(v, currency, digits);
  const lines = [
    ...(option.kind === 'vendor' && option.overcount
      ? [
          `The bid assumes the vendor counts ${+option.overcount.initialRatio.toFixed(4)} times the buyer's outcomes in month one, drifting ${formatPercent(option.overcount.driftAnnual)} a year.`,
        ]
      : []),
    outcome.driftDiscount === null
      ? 'The bid has no drift on an outcome price: no drift discount is owed.'
      : `Fair drift discount: ${formatPercent(outcome.driftDiscount)} off the price per outcome, or a cap on the vendor's count at the first month's ratio to the buyer's.`,
    outcome.priceToAsk === null || price === null
      ? 'Price to ask: not defined (the bid has no flat price per outcome, or no counted outcome).'
      : `Price to ask per vendor-counted outcome: ${money(outcome.priceToAsk, 4)} (the quoted ${money(price, 4)} on the buyer's own count).`,
    ...asks.map((a) => `Ask: ${a.item}, worth ${money(a.worthNpv, 0)} in NPV.`),
  ];
  if (asks.length === 0) lines.push('No ask is worth more than 0 in NPV.');
  return {
    option: bid.option,
    scenario: bid.source,
    driftDiscount: outcome.driftDiscount,
    priceToAsk: outcome.priceToAsk,
    price,
    asks,
    lines,
  };
}
