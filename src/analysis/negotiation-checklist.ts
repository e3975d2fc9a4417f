// The negotiation checklist: contract terms to secure from each vendor, priced where the model
// can price them. The taskpane's Checklist tab and the workbook's Definitions sheet print it.
import { moneyFormat } from '../text/format';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { vendorWhatIfs, type VendorWhatIf } from './what-if';

export interface ChecklistItem {
  id: string;
  text: string;
  /** What the term is worth over the horizon, where the model can price it. */
  worth?: string;
}

export interface VendorChecklist {
  name: string;
  items: ChecklistItem[];
}

function itemsFor(w: VendorWhatIf, tiered: boolean, money: (v: number) => string): ChecklistItem[] {
  return [
    {
      id: 'definition',
      text: 'The outcome is defined in the contract and computable from exported raw events',
    },
    {
      id: 'reclassify',
      text: 'The buyer may re-classify counted outcomes; beyond a tolerance the buyer’s count bills',
      worth: `Worth ${money(w.buyerCount.saving)} over the horizon (${w.buyerCount.detail})`,
    },
    { id: 'export', text: 'Raw event export, at least monthly' },
    {
      id: 'cap',
      text: 'An annual cap or a drift discount',
      worth: [
        `${w.cap.existing ? 'The bid’s cap saves' : 'A cap would save'} ${money(w.cap.saving)} (${w.cap.detail})`,
        w.driftDiscount
          ? `the fair drift discount of ${(w.driftDiscount.discount * 100).toFixed(1)}% saves ${money(w.driftDiscount.saving)}`
          : null,
      ]
        .filter(Boolean)
        .join('; '),
    },
    { id: 'exit', text: 'An exit clause with full data export' },
    {
      id: 'sla',
      text: 'An SLA on the resolution rate, with credits',
      worth:
        w.slaCredits === null
          ? 'Not in the bid'
          : `The bid’s SLA credits total ${money(w.slaCredits)} over the horizon`,
    },
    {
      id: 'tiers',
      text: 'Volume tiers that lower the unit price as volume grows',
      worth: tiered ? 'The bid is tiered' : 'Not in the bid',
    },
  ];
}

/** Each vendor bid's checklist, in the scenario's order; money in whole units of its currency. */
export function negotiationChecklist(
  scenario: Scenario,
  result: ScenarioResult,
): VendorChecklist[] {
  const money = moneyFormat(result.currency, 0);
  return vendorWhatIfs(scenario, result).map((w) => {
    const option = scenario.options[w.index];
    const tiered = option.kind === 'vendor' && option.charges.tiers !== undefined;
    return { name: w.name, items: itemsFor(w, tiered, money) };
  });
}
