import { npv } from '../npv';
import { emptySchedule, SCHEDULE_FIELDS, type Schedule } from '../schedule';
import type { BuildOption, SwitchOption, VendorOption } from '../model';
import type { DemandSeries } from './demand-series';
import { vendorSchedule } from './vendor';

// Buy now, switch later (DOMAIN.md): the vendor until month S - 1, evaluated over a horizon of
// S - 1 months; the build paid for throughout and running from S; an exit fee in month S.

/** The switch month S: the option's own, else the build's go-live month, never beyond H + 1. */
export function switchMonthOf(
  option: SwitchOption,
  build: BuildOption,
  horizonMonths: number,
): number {
  return option.switchMonth ?? Math.min(build.buildMonths + 1, horizonMonths + 1);
}

function prefix(values: ArrayLike<number>, months: number): ArrayLike<number> {
  return values instanceof Float64Array
    ? values.subarray(0, months)
    : Array.prototype.slice.call(values, 0, months);
}

/** The vendor part: the vendor option over the S - 1 months it serves. */
export function vendorPart(
  vendor: VendorOption,
  demand: DemandSeries,
  switchMonth: number,
): Schedule {
  const served = switchMonth - 1;
  return vendorSchedule(vendor, {
    contacts: prefix(demand.contacts, served),
    humanCost: prefix(demand.humanCost, served),
    wageFactor: prefix(demand.wageFactor, served),
  });
}

/** total[m] of the switch option, written into out (length H). */
export function switchTotals(
  vendorTotal: ArrayLike<number>,
  build: Schedule,
  switchMonth: number,
  exitFee: number,
  out: Float64Array,
): Float64Array {
  for (let i = 0; i < out.length; i++) {
    const m = i + 1;
    out[i] =
      build.buildSpend[i] +
      (m < switchMonth ? vendorTotal[i] : build.run[i] + build.residual[i]) +
      (m === switchMonth ? exitFee : 0);
  }
  return out;
}

const BUILD_FIELDS_AFTER_SWITCH = Object.freeze([
  'contacts',
  'trueOutcomes',
  'buildSpend',
  'run',
  'residual',
] as const);

/**
 * The switch option month by month, from its vendor part (S - 1 months) and the build's schedule
 * (H); written into `out` when given (zeroed: see emptySchedule).
 */
export function switchSchedule(
  vendor: Schedule,
  build: Schedule,
  switchMonth: number,
  exitFee: number,
  out?: Schedule,
): Schedule {
  const months = build.total.length;
  const s = out ?? emptySchedule(months);
  const served = Math.min(switchMonth - 1, months);
  for (const field of SCHEDULE_FIELDS) s[field].set(vendor[field].subarray(0, served));
  s.buildSpend.set(build.buildSpend);
  for (let i = served; i < months; i++) {
    for (const field of BUILD_FIELDS_AFTER_SWITCH) s[field][i] = build[field][i];
    s.vendorCountedOutcomes[i] = build.trueOutcomes[i];
  }
  if (switchMonth <= months) {
    s.exitFee[switchMonth - 1] = exitFee;
    s.vendorCharges[switchMonth - 1] = exitFee;
  }
  switchTotals(vendor.total, build, switchMonth, exitFee, s.total);
  return s;
}

export interface BestSwitch {
  month: number;
  npv: number;
}

/** The switch month in 1..H+1 with the lowest NPV, the earliest on ties. */
export function bestSwitch(
  vendor: VendorOption,
  build: Schedule,
  demand: DemandSeries,
  exitFee: number,
  discountRateAnnual: number,
): BestSwitch {
  const months = build.total.length;
  const totals = new Float64Array(months);
  let best: BestSwitch = { month: 1, npv: Infinity };
  for (let S = 1; S <= months + 1; S++) {
    const served = vendorPart(vendor, demand, S);
    const value = npv(discountRateAnnual, switchTotals(served.total, build, S, exitFee, totals));
    if (value < best.npv) best = { month: S, npv: value };
  }
  return best;
}
