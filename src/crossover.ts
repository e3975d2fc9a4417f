import type { BuildOption, VendorOption } from './scenario/schema';
import { buildSteadyYear, vendorSteadyYear } from './steady-year';

/** The build's amortization for the crossover: its own, else the scenario horizon. */
export function amortizationMonthsOf(build: BuildOption, horizonMonths: number): number {
  return build.amortizationMonths ?? horizonMonths;
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

/** The scan starts this many halvings below the search limit (2^-30, about 1e-9). */
const SCAN_HALVINGS = 30;
const RELATIVE_TOLERANCE = 1e-12;

/**
 * The smallest V > 0 at which f(V) = build(V) - vendor(V) turns from positive to <= 0. Scans 0
 * and volumes doubling up to maxVolume, then narrows the first bracket. Returns 0 when the build
 * is cheaper at every volume scanned, null when it is never cheaper up to maxVolume.
 */
export function findCrossover(
  difference: (volume: number) => number,
  maxVolume: number,
): number | null {
  let previousVolume = 0;
  let previousDiff = difference(0);
  let sawPositive = previousDiff > 0;
  for (let j = SCAN_HALVINGS; j >= 0; j--) {
    const volume = maxVolume / 2 ** j;
    const diff = difference(volume);
    if (diff > 0) sawPositive = true;
    else if (previousDiff > 0)
      return narrow(difference, previousVolume, previousDiff, volume, diff);
    previousVolume = volume;
    previousDiff = diff;
  }
  return sawPositive ? null : 0;
}

/**
 * Finds where f turns from > 0 to <= 0 inside [lo, hi] (f(lo) > 0 >= f(hi)) by the Illinois
 * variant of regula falsi, which is exact in one step on linear stretches, with bisection
 * steps to keep the bracket shrinking across kinks and jumps.
 */
function narrow(
  f: (v: number) => number,
  lo: number,
  fLo: number,
  hi: number,
  fHi: number,
): number {
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > RELATIVE_TOLERANCE * hi; i++) {
    const secant = lo + ((hi - lo) * fLo) / (fLo - fHi);
    const mid = i % 3 === 2 || !(secant > lo && secant < hi) ? (lo + hi) / 2 : secant;
    const fMid = f(mid);
    if (fMid > 0) {
      lo = mid;
      fLo = fMid;
      if (side === 1) fHi /= 2;
      side = 1;
    } else {
      hi = mid;
      fHi = fMid;
      if (fMid === 0) return mid;
      if (side === -1) fLo /= 2;
      side = -1;
    }
  }
  return hi;
}

/** Crossover volume (contacts per month) of a build against a vendor by the steady-state year. */
export function crossoverVolume(
  build: BuildOption,
  vendor: VendorOption,
  humanCostPerContact: number,
  amortizationMonths: number,
  maxVolume: number,
): number | null {
  return findCrossover(
    (v) =>
      buildSteadyYear(build, v, humanCostPerContact, amortizationMonths) -
      vendorSteadyYear(vendor, v, humanCostPerContact),
    maxVolume,
  );
}
