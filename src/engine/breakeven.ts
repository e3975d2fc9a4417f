import { demandSeries } from './demand';
import type { ScenarioModel } from './model';
import { scheduleFor } from './options/schedule-for';
import type { VendorTerms } from './pricing/terms';

/** How far a breakeven is looked for beyond the horizon: the longest horizon a scenario may have. */
export const BREAKEVEN_SEARCH_MONTHS = 240;

/**
 * First month (1-based), from `fromMonth` on, at which cumulative build cost <= cumulative vendor
 * cost (both summed from month 1); null when it never happens within the series.
 */
export function breakevenMonth(
  buildMonthly: ArrayLike<number>,
  vendorMonthly: ArrayLike<number>,
  fromMonth = 1,
): number | null {
  const months = Math.min(buildMonthly.length, vendorMonthly.length);
  let build = 0;
  let vendor = 0;
  for (let m = 0; m < months; m++) {
    build += buildMonthly[m];
    vendor += vendorMonthly[m];
    if (m + 1 >= fromMonth && build <= vendor) return m + 1;
  }
  return null;
}

/**
 * The options' monthly totals with the horizon extended to 240 months, every rule continued
 * (DOMAIN.md "breakeven after the horizon"), each scheduled when first asked for; null for
 * every option when the horizon is already 240 months or a monthly series is shorter than that.
 */
export function extendedTotals(
  scenario: ScenarioModel,
  terms: readonly (VendorTerms | undefined)[],
): (option: number) => Float64Array | null {
  const series = scenario.demand.contactsByMonth;
  if (
    scenario.horizonMonths >= BREAKEVEN_SEARCH_MONTHS ||
    (series !== undefined && series.length < BREAKEVEN_SEARCH_MONTHS)
  )
    return () => null;
  const extended = { ...scenario, horizonMonths: BREAKEVEN_SEARCH_MONTHS };
  const totals = new Map<number, Float64Array>();
  let demand: ReturnType<typeof demandSeries> | undefined;
  return (o) => {
    const known = totals.get(o);
    if (known) return known;
    demand ??= demandSeries(extended);
    const total = scheduleFor(scenario.options[o], demand, undefined, scenario.options, terms[o])
      .total as Float64Array;
    totals.set(o, total);
    return total;
  };
}

/**
 * The first month after the horizon in which a build breaks even against a vendor, both run
 * over 240 months; null when it breaks even within the horizon, never does by month 240, or
 * the extended totals cannot be known.
 */
export function breakevenAfterHorizon(
  horizonMonths: number,
  buildTotal: ArrayLike<number> | null,
  vendorTotal: ArrayLike<number> | null,
): number | null {
  if (!buildTotal || !vendorTotal) return null;
  return breakevenMonth(buildTotal, vendorTotal, horizonMonths + 1);
}
