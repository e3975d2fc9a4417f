import { baselineMonth, residualCost } from '../demand';
import { gainShareFee } from '../gain-share';
import { buildRunCost } from '../options/build';
import { countedOutcomes } from '../options/vendor-month';
import { chargeableUnits } from '../pricing/allowance';
import {
  PRICED_BY_YEAR_TO_DATE_TIERS,
  priceAt,
  unitsBilled,
  vendorTerms,
  type VendorTerms,
} from '../pricing/terms';
import { steadyYearOverage } from '../prepaid';
import type { BuildOption, VendorOption } from '../model';

const MONTHS = 12;

/** One month of the vendor's steady-state year. */
export interface SteadyMonthLines {
  /** Usage before the SLA credit. */
  beforeCredit: number;
  /** Usage owed after the SLA credit, before the cap. */
  owed: number;
  /** Usage charged after the cap. */
  usage: number;
  /** Usage charged in the year so far, this month included. */
  chargedToDate: number;
  gainShare: number;
  /** usage + platform + gainShare + residual + oversight. */
  total: number;
}

/** The lines of a vendor's steady-state year, so a sheet can show them without re-deriving. */
export interface VendorSteadyYearLines {
  trueOutcomes: number;
  vendorCountedOutcomes: number;
  billedUnits: number;
  chargeableUnits: number;
  platform: number;
  residual: number;
  /** What people would cost for every contact: the gain-share baseline. */
  baseline: number;
  oversight: number;
  months: SteadyMonthLines[];
  /** Usage charged over the year. */
  usage: number;
  trueUp: number;
  /** Prepaid credit: the one prepayment and the overage beyond it (0 without prepaid). */
  prepayment: number;
  overage: number;
  total: number;
}

/** Where steadyYearTotal writes its lines when asked: per month (12 entries each), then the year's. */
export interface SteadyYearRecord {
  beforeCredit: Float64Array;
  owed: Float64Array;
  usage: Float64Array;
  chargedToDate: Float64Array;
  gainShare: Float64Array;
  total: Float64Array;
  /** Usage charged over the year. */
  charged: number;
  trueUp: number;
  overage: number;
}

/** A record to pass to steadyYearTotal (reusable: every call overwrites it). */
export function steadyYearRecord(): SteadyYearRecord {
  const buffer = new Float64Array(6 * MONTHS);
  let next = 0;
  const column = () => buffer.subarray(next, (next += MONTHS));
  return {
    beforeCredit: column(),
    owed: column(),
    usage: column(),
    chargedToDate: column(),
    gainShare: column(),
    total: column(),
    charged: 0,
    trueUp: 0,
    overage: 0,
  };
}

/** Chargeable units of a steady-state month at V contacts (live, the overcount k0). */
function steadyChargeable(t: VendorTerms, contactsPerMonth: number): number {
  const V = contactsPerMonth;
  const counted = countedOutcomes(true, V, t.resolutionRate * V, t.initialRatio);
  return chargeableUnits(unitsBilled(t, true, V, counted), t.includedUnitsPerMonth);
}

/** Usage owed after the SLA credit, before the cap. */
function afterCredit(t: VendorTerms, beforeCredit: number): number {
  return beforeCredit - t.slaCreditRate * beforeCredit;
}

/**
 * The usage one month of the steady-state year owes at V contacts (after the SLA credit, before
 * the cap) when its months are alike: terms without year-to-date tiers.
 */
export function steadyMonthOwed(t: VendorTerms, contactsPerMonth: number): number {
  return afterCredit(t, priceAt(t, steadyChargeable(t, contactsPerMonth), 1, 0));
}

/** A steady month's gain-share fee on the usage it is charged (0 without a gain-share). */
function steadyGainShare(
  t: VendorTerms,
  usage: number,
  residual: number,
  baseline: number,
): number {
  return t.hasGainShare
    ? gainShareFee(baseline, usage + t.platformFeeMonthly + residual, t.gainShare)
    : 0;
}

/** A steady month's total: usage + platform + gainShare + residual + oversight. */
function steadyMonthTotal(t: VendorTerms, usage: number, gainShare: number, residual: number) {
  return usage + t.platformFeeMonthly + gainShare + residual + t.oversightMonthly;
}

/**
 * The total of one steady-state year of a vendor bid at V contacts a month (DOMAIN.md,
 * crossover): 12 live months, month-1 human cost, no growth, no drift beyond k0, no escalation,
 * no one-time fee, no phases or price lock, the month-1 class mix; year-to-date tiers accumulate
 * over its 12 months; cap, commitment and prepaid credit applied to that one year. The same month
 * formulas as the schedule; allocates nothing unless `record` is given.
 */
export function steadyYearTotal(
  t: VendorTerms,
  contactsPerMonth: number,
  humanCostPerContact: number,
  record: SteadyYearRecord | null = null,
): number {
  const V = contactsPerMonth;
  const chargeable = steadyChargeable(t, V);
  const residual = residualCost(V, t.resolutionRate * V, humanCostPerContact);
  const baseline = baselineMonth(V, humanCostPerContact);
  const yearToDate = t.pricedBy === PRICED_BY_YEAR_TO_DATE_TIERS;

  let charged = 0;
  let monthTotals = 0;
  if (!yearToDate && record === null) {
    // without year-to-date tiers every month owes the same usage: the months before the cap
    // binds are alike, then one month is charged what the cap leaves and the rest nothing
    const owed = afterCredit(t, priceAt(t, chargeable, 1, 0));
    const cap = t.annualCap;
    const full = t.hasCap && MONTHS * owed > cap ? Math.max(0, Math.floor(cap / owed)) : MONTHS;
    monthTotals =
      full * steadyMonthTotal(t, owed, steadyGainShare(t, owed, residual, baseline), residual);
    if (full < MONTHS) {
      const left = cap - full * owed;
      const none = steadyMonthTotal(t, 0, steadyGainShare(t, 0, residual, baseline), residual);
      monthTotals +=
        steadyMonthTotal(t, left, steadyGainShare(t, left, residual, baseline), residual) +
        (MONTHS - 1 - full) * none;
      charged = cap;
    } else charged = MONTHS * owed;
  } else {
    // month by month: year-to-date tiers, or every month's lines to record
    let beforeCredit = yearToDate ? 0 : priceAt(t, chargeable, 1, 0);
    for (let j = 0; j < MONTHS; j++) {
      if (yearToDate) beforeCredit = priceAt(t, chargeable, 1, j * chargeable);
      const owed = afterCredit(t, beforeCredit);
      const usage = t.hasCap ? Math.min(owed, t.annualCap - charged) : owed;
      charged += usage;
      const gainShare = steadyGainShare(t, usage, residual, baseline);
      const total = steadyMonthTotal(t, usage, gainShare, residual);
      monthTotals += total;
      if (record) {
        record.beforeCredit[j] = beforeCredit;
        record.owed[j] = owed;
        record.usage[j] = usage;
        record.chargedToDate[j] = charged;
        record.gainShare[j] = gainShare;
        record.total[j] = total;
      }
    }
  }
  const platform = t.platformFeeMonthly;
  const trueUp = t.hasCommit ? Math.max(0, t.annualCommit - (charged + MONTHS * platform)) : 0;
  // prepaid: the prepayment and the overage replace the usage charged
  const overage = t.prepaid ? steadyYearOverage(charged, t.prepaidAmount) : 0;
  if (record) {
    record.charged = charged;
    record.trueUp = trueUp;
    record.overage = overage;
  }
  return monthTotals + trueUp + (t.prepaid ? t.prepaidAmount + overage - charged : 0);
}

/** The lines of a vendor's steady-state year (steadyYearTotal's, with every month). */
export function vendorSteadyYearLines(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
): VendorSteadyYearLines {
  return steadyYearLinesOf(vendorTerms(option), contactsPerMonth, humanCostPerContact);
}

/** vendorSteadyYearLines from terms already read. */
export function steadyYearLinesOf(
  t: VendorTerms,
  contactsPerMonth: number,
  humanCostPerContact: number,
): VendorSteadyYearLines {
  const record = steadyYearRecord();
  const total = steadyYearTotal(t, contactsPerMonth, humanCostPerContact, record);
  const months = Array.from(record.total, (monthTotal, j): SteadyMonthLines => ({
    beforeCredit: record.beforeCredit[j],
    owed: record.owed[j],
    usage: record.usage[j],
    chargedToDate: record.chargedToDate[j],
    gainShare: record.gainShare[j],
    total: monthTotal,
  }));
  const V = contactsPerMonth;
  const outcomes = t.resolutionRate * V;
  const counted = countedOutcomes(true, V, outcomes, t.initialRatio);
  const units = unitsBilled(t, true, V, counted);
  return {
    trueOutcomes: outcomes,
    vendorCountedOutcomes: counted,
    billedUnits: units,
    chargeableUnits: chargeableUnits(units, t.includedUnitsPerMonth),
    platform: t.platformFeeMonthly,
    residual: residualCost(V, outcomes, humanCostPerContact),
    baseline: baselineMonth(V, humanCostPerContact),
    oversight: t.oversightMonthly,
    months,
    usage: record.charged,
    trueUp: record.trueUp,
    prepayment: t.prepaid ? t.prepaidAmount : 0,
    overage: record.overage,
    total,
  };
}

/** The total of vendorSteadyYearLines: the vendor side of the crossover. */
export function vendorSteadyYear(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
): number {
  return steadyYearTotal(vendorTerms(option), contactsPerMonth, humanCostPerContact);
}

/** The lines of a build's steady-state year, per month except the year total. */
export interface BuildSteadyYearLines {
  run: number;
  residual: number;
  amortized: number;
  total: number;
}

/** One steady-state year of the build: 12 live months plus 12 months of amortized build cost. */
export function buildSteadyYearLines(
  option: BuildOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
  amortizationMonths: number,
): BuildSteadyYearLines {
  const residual = residualCost(
    contactsPerMonth,
    option.resolutionRate * contactsPerMonth,
    humanCostPerContact,
  );
  const run = buildRunCost(option, contactsPerMonth);
  const amortized = option.buildCost / amortizationMonths;
  return { run, residual, amortized, total: buildYearTotal(run, amortized, residual) };
}

function buildYearTotal(run: number, amortized: number, residual: number): number {
  return MONTHS * (run + amortized + residual);
}

export function buildSteadyYear(
  option: BuildOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
  amortizationMonths: number,
): number {
  // (the lines' total without the object: the crossover search reads it dozens of times)
  return buildYearTotal(
    buildRunCost(option, contactsPerMonth),
    option.buildCost / amortizationMonths,
    residualCost(contactsPerMonth, option.resolutionRate * contactsPerMonth, humanCostPerContact),
  );
}
