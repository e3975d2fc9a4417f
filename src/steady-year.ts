import { gainShareFee } from './gain-share';
import { buildSteadyMonth } from './build-month';
import { countedOutcomes, usageBeforeCredit } from './options/vendor-month';
import { slaCredit } from './pricing/sla';
import { billedUnits } from './pricing/units';
import type { BuildOption, VendorOption } from './scenario/schema';

const MONTHS = 12;

/**
 * One steady-state year of a vendor bid at V contacts a month (DOMAIN.md, crossover): 12 live
 * months, month-1 human cost, no growth, no drift beyond k0, no escalation, no one-time fee;
 * cap and commitment applied to that one year. The same month formulas as the schedule.
 */
export function vendorSteadyYear(
  option: VendorOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
): number {
  const { charges, resolutionRate: r } = option;
  const V = contactsPerMonth;
  const outcomes = r * V;
  const counted = countedOutcomes(true, V, outcomes, option.overcount.initialRatio);
  const usage = usageBeforeCredit(charges, billedUnits(charges, true, V, counted), 1);
  const owed = usage - slaCredit(usage, r, true, charges.sla);
  const platform = charges.platformFeeMonthly;
  const residual = (V - outcomes) * humanCostPerContact;
  const baseline = V * humanCostPerContact;
  const cap = charges.annualCap;

  let charged = 0;
  let total = 0;
  for (let j = 0; j < MONTHS; j++) {
    const monthUsage = cap === undefined ? owed : Math.min(owed, cap - charged);
    charged += monthUsage;
    const gainShare = charges.gainShare
      ? gainShareFee(baseline, monthUsage + platform + residual, charges.gainShare.share)
      : 0;
    total += monthUsage + platform + gainShare + residual + option.oversightMonthly;
  }
  const trueUp =
    charges.annualCommit === undefined
      ? 0
      : Math.max(0, charges.annualCommit - (charged + MONTHS * platform));
  return total + trueUp;
}

/** One steady-state year of the build: 12 live months plus 12 months of amortized build cost. */
export function buildSteadyYear(
  option: BuildOption,
  contactsPerMonth: number,
  humanCostPerContact: number,
  amortizationMonths: number,
): number {
  const residual =
    (contactsPerMonth - option.resolutionRate * contactsPerMonth) * humanCostPerContact;
  const { runFixedMonthly, marginalPerContact, buildCost } = option;
  return (
    MONTHS *
    (buildSteadyMonth(
      contactsPerMonth,
      runFixedMonthly,
      marginalPerContact,
      buildCost,
      amortizationMonths,
    ) +
      residual)
  );
}
