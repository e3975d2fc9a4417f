import { gainShareFee } from './gain-share';
import { buildRunCost } from './options/build';
import { countedOutcomes, usageBeforeCredit } from './options/vendor-month';
import { chargeableUnits } from './pricing/allowance';
import { slaCredit } from './pricing/sla';
import { billedUnits } from './pricing/units';
import { steadyYearPrepaid } from './prepaid';
import type { BuildOption, VendorOption } from './scenario/schema';

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
 * One steady-state year of a vendor bid at V contacts a month (DOMAIN.md, crossover): 12 live
 * months, month-1 human cost, no growth, no drift beyond k0, no escalation, no one-time fee, no
 * phases or price lock, the month-1 class mix; year-to-date tiers accumulate over its 12 months;
 * cap, commitment and prepaid credit applied to that one year. The same month formulas as the
 * schedule.
 */
export function vendorSteadyYearLines(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
): VendorSteadyYearLines {
  return steadyYear(option, contactsPerMonth, humanCostPerContact, []);
}

/** The lines, with the month lines pushed onto `months` when given (the crossover search needs only totals). */
function steadyYear(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
  months: SteadyMonthLines[] | null,
): VendorSteadyYearLines {
  const { charges, resolutionRate: r } = option;
  const V = contactsPerMonth;
  const outcomes = r * V;
  const counted = countedOutcomes(true, V, outcomes, option.overcount.initialRatio);
  const units = billedUnits(charges, true, V, counted);
  const chargeable = chargeableUnits(units, charges.includedUnitsPerMonth);
  const platform = charges.platformFeeMonthly;
  const residual = (V - outcomes) * humanCostPerContact;
  const baseline = V * humanCostPerContact;
  const cap = charges.annualCap;

  let charged = 0;
  let monthTotals = 0;
  for (let j = 0; j < MONTHS; j++) {
    const u = usageBeforeCredit(charges, units, 1, 1, j * chargeable);
    const owed = u - slaCredit(u, r, true, charges.sla);
    const usage = cap === undefined ? owed : Math.min(owed, cap - charged);
    charged += usage;
    const gainShare = charges.gainShare
      ? gainShareFee(baseline, usage + platform + residual, charges.gainShare.share)
      : 0;
    const total = usage + platform + gainShare + residual + option.oversightMonthly;
    monthTotals += total;
    months?.push({ beforeCredit: u, owed, usage, chargedToDate: charged, gainShare, total });
  }
  const trueUp =
    charges.annualCommit === undefined
      ? 0
      : Math.max(0, charges.annualCommit - (charged + MONTHS * platform));
  const { prepayment, overage } = charges.prepaid
    ? steadyYearPrepaid(charged, charges.prepaid.annualAmount)
    : { prepayment: 0, overage: charged };
  return {
    trueOutcomes: outcomes,
    vendorCountedOutcomes: counted,
    billedUnits: units,
    chargeableUnits: chargeable,
    platform,
    residual,
    baseline,
    oversight: option.oversightMonthly,
    months: months ?? [],
    usage: charged,
    trueUp,
    prepayment: charges.prepaid ? prepayment : 0,
    overage: charges.prepaid ? overage : 0,
    total: monthTotals + trueUp + (charges.prepaid ? prepayment + overage - charged : 0),
  };
}

/** The total of vendorSteadyYearLines: the vendor side of the crossover. */
export function vendorSteadyYear(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
): number {
  return steadyYear(option, contactsPerMonth, humanCostPerContact, null).total;
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
  const residual =
    (contactsPerMonth - option.resolutionRate * contactsPerMonth) * humanCostPerContact;
  const { buildCost } = option;
  const run = buildRunCost(option, contactsPerMonth);
  const amortized = buildCost / amortizationMonths;
  return { run, residual, amortized, total: MONTHS * (run + amortized + residual) };
}

export function buildSteadyYear(
  option: BuildOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
  amortizationMonths: number,
): number {
  return buildSteadyYearLines(option, contactsPerMonth, humanCostPerContact, amortizationMonths)
    .total;
}
