// Prices the negotiation items the model can price: each is the engine's schedule for the same
// vendor with one contract term changed, compared over the horizon.
import { contactsSeries, humanCostSeries } from '../engine/demand';
import { scheduleFor } from '../engine/options/schedule-for';
import { sum } from '../engine/schedule';
import type { Charges, VendorOption } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';

export interface PricedItem {
  /** What the term is worth to the buyer over the horizon (positive saves money). */
  saving: number;
  /** The term as modelled, e.g. the cap amount. */
  detail: string;
}

export interface VendorWhatIf {
  name: string;
  index: number;
  /** A cap at the first contract year's usage (or the bid's own cap, against none). */
  cap: PricedItem & { cap: number; existing: boolean };
  /** The engine's fair drift discount taken off every unit price; null without drift. */
  driftDiscount: (PricedItem & { discount: number }) | null;
  /** Billing on the buyer's own count (no overcount, no drift): what the right to re-classify is worth. */
  buyerCount: PricedItem;
  /** SLA credits the bid already pays; null without an SLA. */
  slaCredits: number | null;
}

function totalWith(scenario: Scenario, option: VendorOption): number {
  const demand = { contacts: contactsSeries(scenario), humanCost: humanCostSeries(scenario) };
  return sum(scheduleFor(option, demand).total);
}

const withCharges = (option: VendorOption, charges: Partial<Charges>): VendorOption => ({
  ...option,
  charges: { ...option.charges, ...charges },
});

function discounted(charges: Charges, discount: number): Partial<Charges> {
  const factor = 1 - discount;
  return {
    price: charges.price === undefined ? undefined : charges.price * factor,
    tiers: charges.tiers?.map((t) => ({ ...t, price: t.price * factor })),
    package: charges.package && { ...charges.package, price: charges.package.price * factor },
  };
}

export function vendorWhatIfs(scenario: Scenario, result: ScenarioResult): VendorWhatIf[] {
  return scenario.options.flatMap((option, index) => {
    if (option.kind !== 'vendor') return [];
    const outcome = result.options[index];
    const total = outcome.totalCost;
    const firstYear = Math.min(12, scenario.horizonMonths);
    const existing = option.charges.annualCap !== undefined;
    const capAmount = existing
      ? option.charges.annualCap!
      : sum(outcome.schedule.usage.subarray(0, firstYear));
    const capSaving = existing
      ? totalWith(scenario, withCharges(option, { annualCap: undefined })) - total
      : total - totalWith(scenario, withCharges(option, { annualCap: capAmount }));
    const discount = outcome.driftDiscount;
    const buyerCountTotal = totalWith(scenario, {
      ...option,
      overcount: { initialRatio: 1, driftAnnual: 0 },
    });
    const sla = option.charges.sla ? sum(outcome.schedule.slaCredit) : null;
    return [
      {
        name: option.name,
        index,
        cap: {
          cap: capAmount,
          existing,
          saving: capSaving,
          detail: existing ? 'the bid’s cap against none' : 'a cap at the first year’s usage',
        },
        driftDiscount:
          discount === null
            ? null
            : {
                discount,
                saving:
                  total -
                  totalWith(scenario, withCharges(option, discounted(option.charges, discount))),
                detail: 'the fair drift discount off every unit price',
              },
        buyerCount: {
          saving: total - buyerCountTotal,
          detail: 'billing on the buyer’s own count',
        },
        slaCredits: sla,
      },
    ];
  });
}
