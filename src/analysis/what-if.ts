// Prices the negotiation items the model can price (DOMAIN.md "Priced negotiation items"): each
// is the option's NPV as bid minus its NPV with the one term changed, the same basis as every
// other money figure; an item worth 0 is not an ask.
import { demandSeries } from '../engine/demand';
import type { ScenarioResult, OptionResult } from '../engine/evaluate';
import type { Charges, VendorOption } from '../engine/model';
import { discounted, discountFactors } from '../engine/npv';
import { scheduleFor } from '../engine/options/schedule-for';
import type { Scenario } from '../scenario/schema';

export interface PricedItem {
  /** What the term is worth to the buyer, in NPV (positive saves money). */
  worthNpv: number;
  /** The term as modelled, e.g. the cap amount. */
  detail: string;
}

export interface VendorWhatIf {
  name: string;
  index: number;
  /** Whether the bid as it stands costs less than the status quo (in NPV). */
  beatsStatusQuo: boolean;
  /** A cap at the first contract year's usage (or the bid's own cap, against none). */
  cap: PricedItem & { cap: number; existing: boolean };
  /** The engine's fair drift discount taken off every unit price; null without one. */
  driftDiscount: (PricedItem & { discount: number }) | null;
  /** Billing on the buyer's own count (no overcount, no drift): the engine's overcountNpv. */
  buyerCount: PricedItem;
  /** SLA credits the bid already pays (cash, over the horizon); null without an SLA. */
  slaCredits: number | null;
}

/** The items a vendor can be asked for, by id, each worth more than 0 in NPV. */
export type AskId = 'cap' | 'drift-discount' | 'buyer-count';

export interface PricedAsk extends PricedItem {
  id: AskId;
}

/** The vendor's NPV with its terms changed, at the scenario's demand and discount rate. */
function npvWith(scenario: Scenario, option: VendorOption): number {
  const schedule = scheduleFor(option, demandSeries(scenario));
  return discounted(
    schedule.total,
    discountFactors(scenario.discountRateAnnual, new Float64Array(scenario.horizonMonths)),
  );
}

const withCharges = (option: VendorOption, charges: Partial<Charges>): VendorOption => ({
  ...option,
  charges: { ...option.charges, ...charges },
});

/** Every unit price, tier, package and class price times (1 - discount) (DOMAIN.md). */
function pricesTimesOneLess(charges: Charges, discount: number): Partial<Charges> {
  const factor = 1 - discount;
  return {
    price: charges.price === undefined ? undefined : charges.price * factor,
    tiers: charges.tiers?.map((t) => ({ ...t, price: t.price * factor })),
    package: charges.package && { ...charges.package, price: charges.package.price * factor },
    classes: charges.classes?.map((c) => ({ ...c, price: c.price * factor })),
  };
}

/** The status quo's NPV: the listed option's, else every contact handled by people. */
export function statusQuoNpv(result: ScenarioResult): number {
  return result.options.find((o) => o.kind === 'status-quo')?.npv ?? result.statusQuoNpv;
}

function capItem(
  scenario: Scenario,
  option: VendorOption,
  outcome: OptionResult,
): VendorWhatIf['cap'] {
  const firstYear = Math.min(12, scenario.horizonMonths);
  const existing = option.charges.annualCap !== undefined;
  let usage = 0;
  for (let m = 0; m < firstYear; m++) usage += outcome.schedule.usage[m];
  const cap = existing ? option.charges.annualCap! : usage;
  return {
    cap,
    existing,
    worthNpv: existing
      ? npvWith(scenario, withCharges(option, { annualCap: undefined })) - outcome.npv
      : outcome.npv - npvWith(scenario, withCharges(option, { annualCap: cap })),
    detail: existing ? 'the bid’s cap against none' : 'a cap at the first year’s usage',
  };
}

export function vendorWhatIfs(scenario: Scenario, result: ScenarioResult): VendorWhatIf[] {
  const statusQuo = statusQuoNpv(result);
  return scenario.options.flatMap((option, index) => {
    if (option.kind !== 'vendor') return [];
    const outcome = result.options[index];
    const discount = outcome.driftDiscount;
    let slaCredits = 0;
    for (const credit of outcome.schedule.slaCredit) slaCredits += credit;
    return [
      {
        name: option.name,
        index,
        beatsStatusQuo: outcome.npv < statusQuo,
        cap: capItem(scenario, option, outcome),
        driftDiscount:
          discount === null || !(discount > 0)
            ? null
            : {
                discount,
                worthNpv:
                  outcome.npv -
                  npvWith(
                    scenario,
                    withCharges(option, pricesTimesOneLess(option.charges, discount)),
                  ),
                detail: 'the fair drift discount off every unit price',
              },
        buyerCount: {
          worthNpv: outcome.overcountNpv ?? 0,
          detail: 'billing on the buyer’s own count',
        },
        slaCredits: option.charges.sla ? slaCredits : null,
      },
    ];
  });
}

/**
 * What a vendor can be asked for and what each ask is worth in NPV, largest first: a cap the bid
 * lacks, the fair drift discount, billing on the buyer's count; an item worth 0 is left out.
 */
export function pricedAsks(w: VendorWhatIf): PricedAsk[] {
  const asks: PricedAsk[] = [];
  if (!w.cap.existing) asks.push({ id: 'cap', ...w.cap });
  if (w.driftDiscount) asks.push({ id: 'drift-discount', ...w.driftDiscount });
  asks.push({ id: 'buyer-count', ...w.buyerCount });
  return asks.filter((a) => a.worthNpv > 0).sort((a, b) => b.worthNpv - a.worthNpv);
}
