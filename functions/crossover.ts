import {
  breakevenMonth,
  buildSteadyMonth,
  linearCrossover,
  DEFAULT_HORIZON_MONTHS,
} from '../src/index';
import { NON_NEGATIVE, numberSeries, optionalNumber, POSITIVE, requiredNumber } from './coerce';
import { invalidNumber, invalidValue, notAvailable } from './errors';
import { guard } from './guard';

/** Amortization when a build cost is given without one: the default horizon of DOMAIN.md. */
export const DEFAULT_AMORTIZATION_MONTHS = DEFAULT_HORIZON_MONTHS;

/**
 * The arguments CROSSOVER and BUILDCOST share, checked in order: a non-negative number first
 * (`lead`: the price, or the contacts), then the build's terms.
 */
function buildArguments(
  lead: string,
  [first, fixed_monthly, marginal, build_cost, amortization_months]: unknown[],
) {
  return {
    lead: requiredNumber(lead, first, NON_NEGATIVE),
    fixed: requiredNumber('fixed_monthly', fixed_monthly, NON_NEGATIVE),
    marginal: requiredNumber('marginal', marginal, NON_NEGATIVE),
    cost: optionalNumber('build_cost', build_cost, 0, NON_NEGATIVE),
    months: optionalNumber(
      'amortization_months',
      amortization_months,
      DEFAULT_AMORTIZATION_MONTHS,
      POSITIVE,
    ),
  };
}

/**
 * Outcomes per month at which building in-house costs the same as paying the vendor per outcome: (fixed_monthly + build_cost / amortization_months) / (price - marginal).
 * @customfunction CROSSOVER
 * @helpurl https://localhost:3000/functions-help.html#crossover
 * @param price Vendor price per outcome.
 * @param fixed_monthly Fixed monthly cost of running the build (team, platform).
 * @param marginal In-house cost per outcome (tokens, infrastructure, review).
 * @param [build_cost] One-time build cost to amortize (default 0).
 * @param [amortization_months] Months over which the build cost is spread (default 36).
 * @returns {number} Outcomes per month at the crossover; #NUM! when price <= marginal.
 */
export function crossover(
  price: unknown,
  fixed_monthly: unknown,
  marginal: unknown,
  build_cost?: unknown,
  amortization_months?: unknown,
) {
  return guard(() => {
    const args = [price, fixed_monthly, marginal, build_cost, amortization_months];
    const { lead: p, fixed, marginal: m, cost, months } = buildArguments('price', args);
    const volume = linearCrossover(p, 1, fixed, m, cost, months);
    if (volume === null)
      throw invalidNumber(
        `no crossover: price (${p}) must exceed marginal (${m}) for building to pay off at some volume`,
      );
    return volume;
  });
}

/**
 * One steady-state month of in-house cost: fixed_monthly + marginal x contacts + build_cost / amortization_months.
 * @customfunction BUILDCOST
 * @helpurl https://localhost:3000/functions-help.html#buildcost
 * @param contacts Contacts (or outcomes) handled in the month.
 * @param fixed_monthly Fixed monthly cost of running the build.
 * @param marginal In-house cost per contact.
 * @param [build_cost] One-time build cost to amortize (default 0).
 * @param [amortization_months] Months over which the build cost is spread (default 36).
 * @returns {number} The month's in-house cost.
 */
export function buildCost(
  contacts: unknown,
  fixed_monthly: unknown,
  marginal: unknown,
  build_cost?: unknown,
  amortization_months?: unknown,
) {
  return guard(() => {
    const month = buildArguments('contacts', [
      contacts,
      fixed_monthly,
      marginal,
      build_cost,
      amortization_months,
    ]);
    return buildSteadyMonth(month.lead, {
      runFixedMonthly: month.fixed,
      marginalPerContact: month.marginal,
      buildCost: month.cost,
      amortizationMonths: month.months,
    });
  });
}

/**
 * First month at which cumulative build cost is at or below cumulative vendor cost.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/functions-help.html#breakeven
 * @param build_monthly The build option's cost per month (one row or column).
 * @param vendor_monthly The vendor option's cost per month, as many months.
 * @returns {number} The breakeven month (1 = the first); #N/A when the build never catches up.
 */
export function breakeven(build_monthly: unknown[][], vendor_monthly: unknown[][]) {
  return guard(() => {
    const build = numberSeries('build_monthly', build_monthly).values;
    const vendor = numberSeries('vendor_monthly', vendor_monthly).values;
    if (build.length !== vendor.length)
      throw invalidValue(
        `build_monthly has ${build.length} months but vendor_monthly has ${vendor.length}; give the same months`,
      );
    const month = breakevenMonth(build, vendor);
    if (month === null)
      throw notAvailable(`the build never breaks even within the ${build.length} months given`);
    return month;
  });
}
