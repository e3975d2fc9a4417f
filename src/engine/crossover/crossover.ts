import type { BuildOption } from '../model';
import type { VendorTerms } from '../pricing/terms';
import type { Crossings } from './crossings';
import { kinksComplete, steadyYearKinks } from './kinks';
import { crossingsOnLinearPieces } from './linear-pieces';
import { findCrossings } from './sampled-crossings';
import { buildSteadyYear, steadyYearTotal } from './steady-year';

export type { Crossings };

/** The build's amortization for the crossover: its own, else its useful life (DOMAIN.md: the crossover
 * is a steady-state figure and must not move when the horizon does). */
export function amortizationMonthsOf(build: BuildOption): number {
  return build.amortizationMonths ?? build.usefulLifeMonths;
}

/** Where the crossover search stops: 100 x max(month-1 contacts, 1) contacts a month. */
export function crossoverSearchLimit(contactsInMonth1: number): number {
  return 100 * Math.max(contactsInMonth1, 1);
}

/** Closed form for a linear per-outcome price p, equal resolution rates, k0 = 1 and no fees. */
export function linearCrossover(
  price: number,
  resolutionRate: number,
  runFixedMonthly: number,
  marginalPerContact: number,
  buildCost = 0,
  amortizationMonths = 1,
): number | null {
  const marginSaved = price * resolutionRate - marginalPerContact;
  if (!(marginSaved > 0)) return null;
  return (runFixedMonthly + buildCost / amortizationMonths) / marginSaved;
}

/** What a crossover search compares at: the steady-state years' people and build terms, and its limit. */
export interface CrossoverSearch {
  /** Month-1 human cost per contact. */
  humanCostPerContact: number;
  /** Months over which the build cost is spread (amortizationMonthsOf). */
  amortizationMonths: number;
  /** The largest volume searched (crossoverSearchLimit). */
  maxVolume: number;
}

/**
 * Both crossings of a build against a vendor by the steady-state year (DOMAIN.md, crossover): the
 * smallest volume from which the build is cheaper, and the volume above which it stays cheaper.
 * `vendor`: the vendor's terms, read once (vendorTerms). Exact on the linear pieces between the
 * vendor's kinks; sampled and narrowed when they are not all known (thinned package edges).
 */
export function crossoverOf(
  build: BuildOption,
  vendor: VendorTerms,
  search: CrossoverSearch,
): Crossings {
  const { humanCostPerContact, amortizationMonths, maxVolume } = search;
  const buildYear = (v: number) =>
    buildSteadyYear(build, v, humanCostPerContact, amortizationMonths);
  const vendorYear = (v: number) => steadyYearTotal(vendor, v, humanCostPerContact);
  const kinks = steadyYearKinks(vendor, maxVolume, humanCostPerContact);
  return (
    (kinksComplete(vendor, maxVolume)
      ? crossingsOnLinearPieces(buildYear, vendorYear, maxVolume, kinks)
      : null) ?? findCrossings((v) => buildYear(v) - vendorYear(v), maxVolume, kinks)
  );
}
