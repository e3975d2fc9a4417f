// The negotiation checklist: the contract terms every outcome-priced bid needs, then per vendor
// only the asks that apply to it, each priced in NPV where the model can price it (an ask worth
// 0 is not listed). The taskpane's Negotiate tab, the workbook's Definitions sheet and the deck
// print it.
import type { ScenarioResult } from '../engine/evaluate';
import type { Scenario } from '../scenario/schema';
import { formatPercent, moneyFormat } from '../text/format';
import { pricedAsks, vendorWhatIfs, type PricedAsk, type VendorWhatIf } from './what-if';

export interface ChecklistItem {
  id: string;
  text: string;
  /** What the term is worth, in NPV, where the model can price it. */
  worth?: string;
}

export interface VendorChecklist {
  name: string;
  /** Whether the bid as it stands costs less than the status quo (in NPV). */
  beatsStatusQuo: boolean;
  items: ChecklistItem[];
}

export interface NegotiationChecklist {
  /** The terms to secure from whichever vendor is chosen. */
  terms: ChecklistItem[];
  vendors: VendorChecklist[];
}

/** The terms the seeds advise for every outcome-priced contract: the same for every bid. */
export const CONTRACT_TERMS: readonly ChecklistItem[] = Object.freeze([
  {
    id: 'definition',
    text: 'The outcome is defined in the contract and computable from exported raw events',
  },
  {
    id: 'reclassify',
    text: 'The buyer may re-classify counted outcomes; beyond a tolerance the buyer’s count bills',
  },
  { id: 'export', text: 'Raw event export, at least monthly, with counterfactual replay' },
  { id: 'exit', text: 'An exit clause with full data export' },
]);

/** The words of a priced ask, for a vendor's list. */
function askText(ask: PricedAsk, w: VendorWhatIf, money: (v: number) => string): string {
  switch (ask.id) {
    case 'cap':
      return `An annual cap at ${money(w.cap.cap)} (the first contract year’s usage)`;
    case 'drift-discount':
      return `A ${formatPercent(w.driftDiscount!.discount)} drift discount off every unit price`;
    case 'buyer-count':
      return 'Billing on the buyer’s own count of outcomes';
  }
}

function vendorItems(
  w: VendorWhatIf,
  tiered: boolean,
  money: (v: number) => string,
  horizonMonths: number,
): ChecklistItem[] {
  const items: ChecklistItem[] = pricedAsks(w).map((ask) => ({
    id: ask.id,
    text: askText(ask, w, money),
    worth: `Worth ${money(ask.worthNpv)} in NPV over ${horizonMonths} months`,
  }));
  if (w.slaCredits === null)
    items.push({ id: 'sla', text: 'An SLA on the resolution rate, with credits (not in the bid)' });
  if (!tiered)
    items.push({
      id: 'tiers',
      text: 'Volume tiers that lower the unit price as volume grows (not in the bid)',
    });
  return items;
}

/** The checklist of a scenario's vendor bids, in its order; money in whole units of its currency. */
export function negotiationChecklist(
  scenario: Scenario,
  result: ScenarioResult,
): NegotiationChecklist {
  const money = moneyFormat(result.currency, 0);
  return {
    terms: [...CONTRACT_TERMS],
    vendors: vendorWhatIfs(scenario, result).map((w) => {
      const option = scenario.options[w.index];
      const tiered = option.kind === 'vendor' && option.charges.tiers !== undefined;
      return {
        name: w.name,
        beatsStatusQuo: w.beatsStatusQuo,
        items: vendorItems(w, tiered, money, result.horizonMonths),
      };
    }),
  };
}
