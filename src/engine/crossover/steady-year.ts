import { commitmentShortfall } from '../commitment';
import { baselineMonth, residualCost } from '../demand';
import { baselinePerContactAt, gainShareOnSavings, gainShareSavings } from '../gain-share';
import { buildRunCost } from '../options/build';
import { chargedUsage, countedOutcomes, monthCredit } from '../options/vendor-month';
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

/**
 * Where steadyYearTotal writes what it worked out, when asked: per month (12 entries each) what
 * the crossover's kinks read, the other lines of each month when a sheet is to show them, then the
 * year's.
 */
export interface SteadyYearRecord {
  /** Usage each month owes after the SLA credit, before the cap. */
  owed: number[];
  /** What each month saves against people: the gain-share's base (with or without a gain-share). */
  savings: number[];
  /** The other lines of each month (steadyYearLinesOf); null when not asked for. */
  lines: SteadyMonthRecord | null;
  /** Usage charged over the year. */
  charged: number;
  /** Usage and platform fees over the year: the spend counted toward the commitment. */
  counted: number;
  trueUp: number;
  overage: number;
}

/** The lines of each month of a steady-state year, 12 entries each. */
export interface SteadyMonthRecord {
  beforeCredit: number[];
  usage: number[];
  chargedToDate: number[];
  gainShare: number[];
  total: number[];
}

/** A record to pass to steadyYearTotal (every call overwrites it), with each month's lines or not. */
export function steadyYearRecord(withLines = false): SteadyYearRecord {
  // (array literals: V8 copies them far faster than it fills a new Array)
  const column = () => [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  return {
    owed: column(),
    savings: column(),
    lines: withLines
      ? {
          beforeCredit: column(),
          usage: column(),
          chargedToDate: column(),
          gainShare: column(),
          total: column(),
        }
      : null,
    charged: 0,
    counted: 0,
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

/**
 * The total of one steady-state year of a vendor bid at V contacts a month (DOMAIN.md,
 * crossover): 12 live months, month-1 human cost, no growth, no drift beyond k0, no escalation,
 * no one-time fee, no phases or price lock, the month-1 class mix; year-to-date tiers accumulate
 * over its 12 months; cap, commitment and prepaid credit applied to that one year. The month
 * formulas are the schedule's (vendor-month.ts, cap, commitment, prepaid, gain-share); its lines
 * are written into `record` when one is given.
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
  const baseline = baselineMonth(
    V,
    baselinePerContactAt(t.gainShareBaselinePerContact, humanCostPerContact, 1),
  );
  const { platformFeeMonthly: platform, oversightMonthly: oversight, hasGainShare } = t;
  // without year-to-date tiers every month owes the same usage: priced once
  const yearToDate = t.pricedBy === PRICED_BY_YEAR_TO_DATE_TIERS;
  const alikePrice = yearToDate ? 0 : priceAt(t, chargeable, 1, 0);
  // without a cap or year-to-date tiers the 12 months are alike: one month's lines stand for all
  // 12; alike months are added as one product, as the build's year is, so that a tie of the two
  // years is exact (a sum of 12 equal months rounds otherwise, and the tie would read as crossings)
  const repeats = yearToDate || t.hasCap ? 1 : MONTHS;
  let charged = 0;
  let counted = 0;
  let monthTotals = 0;
  let alike = 0;
  let alikeTotal = NaN;
  for (let j = 0; j < MONTHS; j += repeats) {
    const beforeCredit = yearToDate ? priceAt(t, chargeable, 1, j * chargeable) : alikePrice;
    const owed = beforeCredit - monthCredit(t, true, beforeCredit);
    const chargedBefore = charged;
    const usage = chargedUsage(t, owed, chargedBefore);
    charged += repeats * usage;
    counted += repeats * (usage + platform);
    const savings = gainShareSavings(baseline, usage + platform + residual);
    const gainShare = hasGainShare ? gainShareOnSavings(savings, t.gainShare) : 0;
    const total = usage + platform + gainShare + residual + oversight;
    if (total === alikeTotal) alike += repeats;
    else {
      if (alike > 0) monthTotals += alike * alikeTotal;
      alike = repeats;
      alikeTotal = total;
    }
    if (record)
      for (let k = j; k < j + repeats; k++) {
        record.owed[k] = owed;
        record.savings[k] = savings;
        const lines = record.lines;
        if (lines) {
          lines.beforeCredit[k] = beforeCredit;
          lines.usage[k] = usage;
          lines.chargedToDate[k] = chargedBefore + (k - j + 1) * usage;
          lines.gainShare[k] = gainShare;
          lines.total[k] = total;
        }
      }
  }
  monthTotals += alike * alikeTotal;
  const trueUp = t.hasCommit ? commitmentShortfall(t.annualCommit, counted) : 0;
  // prepaid: the prepayment and the overage replace the usage charged
  const overage = t.prepaid ? steadyYearOverage(charged, t.prepaidAmount) : 0;
  if (record) {
    record.charged = charged;
    record.counted = counted;
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
  const record = steadyYearRecord(true);
  const lines = record.lines!;
  const total = steadyYearTotal(t, contactsPerMonth, humanCostPerContact, record);
  const months = lines.total.map((monthTotal, j): SteadyMonthLines => ({
    beforeCredit: lines.beforeCredit[j],
    owed: record.owed[j],
    usage: lines.usage[j],
    chargedToDate: lines.chargedToDate[j],
    gainShare: lines.gainShare[j],
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
    baseline: baselineMonth(
      V,
      baselinePerContactAt(t.gainShareBaselinePerContact, humanCostPerContact, 1),
    ),
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
