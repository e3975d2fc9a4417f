// What the vendor's overcount costs the buyer (DOMAIN.md "Drift discount, saturation, and what
// the overcount costs"), read off the option's schedule as the engine bills it.
import type { VendorOption } from './model';
import { discounted } from './npv';
import type { DemandSeries } from './options/demand-series';
import { vendorSchedule } from './options/vendor';
import { countedOutcomes } from './options/vendor-month';
import { PRICED_BY_UNIT_PRICE, BILLS_OUTCOMES, type VendorTerms } from './pricing/terms';
import { SCHEDULE_FIELDS, sum, type Schedule } from './schedule';

export interface OvercountFigures {
  /**
   * The flat price cut that keeps the bill on the drifting count at what it would be were the
   * count to stay at month one's ratio k0: 1 - sum Ov0 / sum Ov (outcome billing, drift > 0).
   */
  driftDiscount: number | null;
  /** The first live month in which the vendor counts every contact (drift adds nothing after). */
  saturatedFromMonth: number | null;
  /** totalCost less the same bid counted exactly (no overcount, no drift); 0 without overcount. */
  overcountCost: number;
  /** overcountCost in NPV. */
  overcountNpv: number;
  /** The price per vendor-counted outcome that bills what the quoted price would on the buyer's count. */
  priceToAsk: number | null;
}

/**
 * The overcount figures of a vendor option, from its schedule as evaluated. `scratch`, when
 * given, holds the exact-count schedule (it is zeroed first), so an evaluation of several
 * vendors allocates it once.
 */
export function overcountFigures(
  option: VendorOption,
  t: VendorTerms,
  schedule: Schedule,
  demand: DemandSeries,
  discountFactors: ArrayLike<number>,
  scratch?: Schedule,
): OvercountFigures {
  const counted = sum(schedule.vendorCountedOutcomes);
  const billsOutcomes = t.bills === BILLS_OUTCOMES;
  return {
    driftDiscount:
      billsOutcomes && t.driftAnnual > 0 && counted > 0
        ? 1 - countedAtInitialRatio(t, schedule) / counted
        : null,
    saturatedFromMonth: saturatedFromMonth(t, schedule),
    ...costOfOvercount(option, schedule, demand, discountFactors, scratch),
    priceToAsk:
      billsOutcomes && t.pricedBy === PRICED_BY_UNIT_PRICE && counted > 0
        ? (t.price * sum(schedule.trueOutcomes)) / counted
        : null,
  };
}

/** sum Ov0: the vendor's count with the ratio held at k0, by the schedule's own counting rule. */
function countedAtInitialRatio(t: VendorTerms, schedule: Schedule): number {
  const { contacts, trueOutcomes } = schedule;
  let total = 0;
  for (let i = 0; i < contacts.length; i++) {
    const live = i + 1 > t.onboardingMonths;
    total += countedOutcomes(live, contacts[i], trueOutcomes[i], t.initialRatio);
  }
  return total;
}

/**
 * The first live month with O < contacts in which the count reached the contacts: there
 * O * k >= contacts, and the schedule's count (never above the contacts) equals them.
 */
function saturatedFromMonth(t: VendorTerms, schedule: Schedule): number | null {
  const { contacts, trueOutcomes, vendorCountedOutcomes } = schedule;
  for (let i = 0; i < contacts.length; i++) {
    const live = i + 1 > t.onboardingMonths;
    if (live && trueOutcomes[i] < contacts[i] && vendorCountedOutcomes[i] === contacts[i])
      return i + 1;
  }
  return null;
}

const EXACT_COUNT = { initialRatio: 1, driftAnnual: 0 };

/** The bid as scheduled against the same bid counting exactly the true outcomes. */
function costOfOvercount(
  option: VendorOption,
  schedule: Schedule,
  demand: DemandSeries,
  discountFactors: ArrayLike<number>,
  scratch: Schedule | undefined,
): Pick<OvercountFigures, 'overcountCost' | 'overcountNpv'> {
  const { initialRatio, driftAnnual } = option.overcount;
  if (initialRatio === 1 && driftAnnual === 0) return { overcountCost: 0, overcountNpv: 0 };
  if (scratch) for (const line of SCHEDULE_FIELDS) scratch[line].fill(0);
  const exact = vendorSchedule({ ...option, overcount: EXACT_COUNT }, demand, scratch).total;
  return {
    overcountCost: sum(schedule.total) - sum(exact),
    overcountNpv: discounted(schedule.total, discountFactors) - discounted(exact, discountFactors),
  };
}

/** The figures of an option that is not a vendor: none of them apply. */
export const NO_OVERCOUNT_FIGURES: Readonly<Record<keyof OvercountFigures, null>> = Object.freeze({
  driftDiscount: null,
  saturatedFromMonth: null,
  overcountCost: null,
  overcountNpv: null,
  priceToAsk: null,
});
